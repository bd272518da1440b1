/**
 * One <c> element: what an existing one holds (style, formula kind) and a new one written from an
 * edit. Text goes in as an inline string so the shared string table stays as it was; text that looks
 * like a formula stays text; numbers keep their shortest exact decimal form; the cell keeps its style.
 */
import { attribute, decodeXml, elementEnd, escapeXml, findStartTag, readStartTag, type StartTag } from './xml';

/** Excel's limits: longer text or formulas make Excel repair the file. */
export const MAX_CELL_TEXT = 32767;
export const MAX_FORMULA_LENGTH = 8192;

export class PatchRefusedError extends Error {}

export interface CellFormula {
  /** "shared", "array", "dataTable" or undefined for a normal formula. */
  type?: string;
  ref?: string;
  si?: string;
  /** Formula text (decoded); empty for a cell that uses a shared formula of another cell. */
  text: string;
  tag: StartTag;
  end: number;
}

export interface ExistingCell {
  tag: StartTag;
  style?: string;
  formula?: CellFormula;
}

export function inspectCell(xml: string): ExistingCell {
  const tag = readStartTag(xml, 0);
  const style = attribute(tag, 's');
  const f = tag.selfClosing ? undefined : findStartTag(xml, 'f', tag.end);
  if (!f) return { tag, style };
  const end = elementEnd(xml, f);
  const text = f.selfClosing ? '' : decodeXml(xml.slice(f.end, end - f.name.length - 3));
  return { tag, style, formula: { type: attribute(f, 't'), ref: attribute(f, 'ref'), si: attribute(f, 'si'), text, tag: f, end } };
}

export interface CellContent {
  value?: string | number | null;
  /** With or without the leading "=". */
  formula?: string;
}

/** A new <c> element for `address` holding `content`, styled like the cell it replaces. */
export function renderCell(prefix: string, address: string, content: CellContent, style: string | undefined): string {
  const name = (local: string) => `${prefix}${local}`;
  const open = (type?: string) => `<${name('c')} r="${address}"${style !== undefined ? ` s="${escapeXml(style)}"` : ''}${type ? ` t="${type}"` : ''}`;
  if (content.formula !== undefined) {
    const formula = content.formula.replace(/^=/, '');
    if (!formula.trim()) throw new PatchRefusedError(`${address}：公式为空，修改未执行。`);
    if (formula.length > MAX_FORMULA_LENGTH) throw new PatchRefusedError(`${address}：公式超过 Excel 的 ${MAX_FORMULA_LENGTH} 个字符上限，修改未执行。`);
    return `${open()}><${name('f')}>${escapeXml(formula)}</${name('f')}></${name('c')}>`;
  }
  const value = content.value ?? null;
  if (value === null || value === '') return `${open()}/>`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new PatchRefusedError(`${address}：数值“${value}”无效，修改未执行。`);
    return `${open()}><${name('v')}>${String(value)}</${name('v')}></${name('c')}>`;
  }
  if (value.length > MAX_CELL_TEXT) throw new PatchRefusedError(`${address}：文本超过 Excel 单元格 ${MAX_CELL_TEXT} 个字符的上限，修改未执行。`);
  const space = /^\s|\s$|\n|\t/.test(value) ? ' xml:space="preserve"' : '';
  return `${open('inlineStr')}><${name('is')}><${name('t')}${space}>${escapeXstring(value)}</${name('t')}></${name('is')}></${name('c')}>`;
}

/**
 * Text as an OOXML string: XML-escaped, characters XML cannot carry written as _xHHHH_, and a literal
 * "_xHHHH_" protected so that Excel does not read it as an escape.
 */
export function escapeXstring(text: string): string {
  const protectedText = text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
  // eslint-disable-next-line no-control-regex -- XML cannot hold these characters: they are written as _xHHHH_ escapes.
  const encoded = protectedText.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  return escapeXml(encoded).replace(/\r/g, '&#13;');
}
