/** One Office.js cell (value, formula, number format, text, value type) as a GridCell. */
import type { CellValue, GridCell } from '../../core/grid';

export interface OfficeCell {
  value: unknown;
  formula: unknown;
  numberFormat: unknown;
  text: unknown;
  valueType: unknown;
}

export function toGridCell({ value, formula, numberFormat, text, valueType }: OfficeCell): GridCell | null {
  const f = typeof formula === 'string' && formula.startsWith('=') ? { f: formula } : {};
  if (valueType === 'Empty' || ((value === '' || value === null || value === undefined) && !f.f)) return null;
  const nf = typeof numberFormat === 'string' && numberFormat !== 'General' ? { nf: numberFormat } : {};
  if (valueType === 'Error') return { v: null, err: String(value), ...f, ...nf };
  const v = toValue(value);
  const shown = typeof text === 'string' && text !== String(v ?? '') ? { t: text } : {};
  return { v, ...shown, ...f, ...nf };
}

function toValue(value: unknown): CellValue {
  if (value === '' || value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}
