/**
 * Excel parses every string written through Range.values as if typed into the cell: "2010601" and "06"
 * become numbers, "=…", "+…", "-…" and "@…" formulas, "TRUE" a boolean, "1/2" a date. Text is
 * written as text by Excel's own means, a leading apostrophe (the prefix character, not part of the
 * value); cells formatted as Text ("@") take strings as they are.
 */
import type { CellValue } from '../../core/grid';

const MONTH_WORD = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** The value to write so the cell holds exactly `value`. */
export function typedValue(value: CellValue, numberFormat?: unknown): CellValue {
  if (typeof value !== 'string' || value === '' || numberFormat === '@') return value;
  return keptAsTyped(value) ? value : `'${value}`;
}

/**
 * Text Excel leaves alone: it starts with a Han character or a Latin letter and is neither a boolean
 * nor a month word (a date). Anything else is written with the apostrophe, which is always safe.
 */
function keptAsTyped(text: string): boolean {
  return /^[\p{Script=Han}A-Za-z]/u.test(text) && !/^(true|false)$/i.test(text.trim()) && !MONTH_WORD.test(text);
}
