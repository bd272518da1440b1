/**
 * What Excel makes of text written through Range.values or Range.formulas: the same parse as text typed
 * into a cell (Excel JavaScript API, "Set values or formulas": a string is interpreted as if entered in
 * the cell, so "06" becomes 6, "=…" a formula; a leading apostrophe or the Text number format "@" keeps
 * text). And how a value is shown (Range.text) under the common number formats.
 */

export const EXCEL_ERRORS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!'];

export type Entered =
  | { kind: 'empty' }
  | { kind: 'text'; text: string; prefixed: boolean }
  | { kind: 'number'; value: number; format?: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; value: string }
  | { kind: 'formula'; formula: string };

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E\uFF0C\uFF05\uFF0B\uFF0D]/g;

/** The interpretation of one written string; `cellFormat` is the cell's number format before the write. */
export function enter(input: string, cellFormat = 'General'): Entered {
  if (input === '') return { kind: 'empty' };
  if (input.startsWith("'")) return { kind: 'text', text: input.slice(1), prefixed: true };
  if (cellFormat === '@') return { kind: 'text', text: input, prefixed: false };
  if (input.length > 1 && input.startsWith('=')) return { kind: 'formula', formula: input };
  const upper = input.trim().toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'boolean', value: upper === 'TRUE' };
  if (EXCEL_ERRORS.includes(upper)) return { kind: 'error', value: upper };
  const number = parseNumber(input);
  if (number) return number;
  const date = parseDate(input.trim());
  if (date !== undefined) return { kind: 'number', value: date, format: 'yyyy/m/d' };
  // Lotus-style entry: +, - and @ start a formula (Excel adds the "=").
  if (input.length > 1 && /^[+-]/.test(input)) return { kind: 'formula', formula: `=${input}` };
  if (input.length > 1 && input.startsWith('@')) return { kind: 'formula', formula: `=${input.slice(1)}` };
  return { kind: 'text', text: input, prefixed: false };
}

function parseNumber(input: string): Entered | undefined {
  let text = input.trim().replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  let sign = 1;
  if (/^\(.*\)$/.test(text)) {
    sign = -1;
    text = text.slice(1, -1);
  }
  const match = /^([+-])?[$¥￥]?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?(%)?$/.exec(text);
  if (!match) return undefined;
  let value = Number(match[2].replace(/,/g, '')) * (match[3] ? 10 ** Number(match[3]) : 1);
  if (match[1] === '-') sign = -sign;
  if (match[4]) value /= 100;
  const format = match[4] ? '0%' : match[2].includes(',') ? '#,##0' : undefined;
  return { kind: 'number', value: sign * value, ...(format ? { format } : {}) };
}

/** "2024-01-31", "2024/1/31", "1/31", "2024年1月31日", "1月31日" → Excel serial (1900 system). */
function parseDate(text: string): number | undefined {
  const full = /^(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?$/.exec(text);
  const short = /^(\d{1,2})[-/月](\d{1,2})日?$/.exec(text);
  if (!full && !short) return undefined;
  const [year, month, day] = full ? [Number(full[1]), Number(full[2]), Number(full[3])] : [2024, Number(short![1]), Number(short![2])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** Range.text of a value under a number format (the formats budget workbooks use; others show as General). */
export function formatValue(value: string | number | boolean, format = 'General'): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const section = format.split(';')[value < 0 && format.includes(';') ? 1 : 0] ?? format;
  const shown = value < 0 && format.includes(';') ? -value : value;
  if (/[yd]/i.test(section) && !/[#0]/.test(section)) return formatDate(shown, section);
  const pattern = /^(#,##)?0(\.(0+))?(%)?$/.exec(section.replace(/_.|\\.|"[^"]*"/g, '').trim());
  if (!pattern) return general(value);
  const scaled = pattern[4] ? shown * 100 : shown;
  const fixed = scaled.toFixed(pattern[3]?.length ?? 0);
  const grouped = pattern[1] ? fixed.replace(/^(-?\d+)/, (digits) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')) : fixed;
  return `${grouped}${pattern[4] ?? ''}`;
}

function general(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  if (Math.abs(value) >= 1e11 || (value !== 0 && Math.abs(value) < 1e-9))
    return value
      .toExponential(5)
      .toUpperCase()
      .replace(/E([+-])(\d)$/, 'E$10$2');
  return String(Number(value.toPrecision(10)));
}

function formatDate(serial: number, format: string): string {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000);
  const parts: Record<string, string> = {
    yyyy: String(date.getUTCFullYear()),
    mm: String(date.getUTCMonth() + 1).padStart(2, '0'),
    m: String(date.getUTCMonth() + 1),
    dd: String(date.getUTCDate()).padStart(2, '0'),
    d: String(date.getUTCDate()),
  };
  return format.replace(/"([^"]*)"|\\(.)/g, '$1$2').replace(/yyyy|mm|m|dd|d/g, (token) => parts[token]);
}

/** A1 references in a formula (outside string literals), each replaced by `change`. */
function mapRefs(formula: string, change: (ref: { colAbs: boolean; col: number; rowAbs: boolean; row: number }) => string): string {
  return formula.replace(/"(?:[^"]|"")*"|(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(])/g, (whole, colAbs: string, letters: string, rowAbs: string, digits: string) => {
    if (letters === undefined) return whole;
    let col = 0;
    for (const ch of letters) col = col * 26 + ch.charCodeAt(0) - 64;
    return change({ colAbs: colAbs === '$', col: col - 1, rowAbs: rowAbs === '$', row: Number(digits) - 1 });
  });
}

/** "=SUM(C5:C9)" in C10 → "=SUM(R[-5]C:R[-1]C)": the form that does not change when the cell moves. */
export function toR1C1(formula: string, row: number, col: number): string {
  return mapRefs(formula, (ref) => {
    const r = ref.rowAbs ? `R${ref.row + 1}` : ref.row === row ? 'R' : `R[${ref.row - row}]`;
    const c = ref.colAbs ? `C${ref.col + 1}` : ref.col === col ? 'C' : `C[${ref.col - col}]`;
    return `${r}${c}`;
  });
}

export function fromR1C1(formula: string, row: number, col: number): string {
  return formula.replace(/"(?:[^"]|"")*"|R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?/g, (whole, r?: string, c?: string) => {
    if (whole.startsWith('"')) return whole;
    const part = (spec: string | undefined, here: number) =>
      spec === undefined ? { abs: false, at: here } : spec.startsWith('[') ? { abs: false, at: here + Number(spec.slice(1, -1)) } : { abs: true, at: Number(spec) - 1 };
    const rr = part(r, row);
    const cc = part(c, col);
    let letters = '';
    for (let n = cc.at + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    return `${cc.abs ? '$' : ''}${letters}${rr.abs ? '$' : ''}${rr.at + 1}`;
  });
}

/** References to rows at or below `at` move down by `count`, as when rows are inserted. */
export function shiftRows(formula: string, at: number, count: number): string {
  return mapRefs(formula, (ref) => {
    let letters = '';
    for (let n = ref.col + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    return `${ref.colAbs ? '$' : ''}${letters}${ref.rowAbs ? '$' : ''}${(ref.row >= at ? ref.row + count : ref.row) + 1}`;
  });
}
