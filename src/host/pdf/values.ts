/**
 * Cell text from a PDF → the grid cell the .xlsx reader would give for the same published cell:
 * amounts become numbers with the number format that shows them as printed ("2,976,800",
 * "1,097,073.43", "22.91"), codes and everything else stay text.
 */
import type { GridCell } from '../../core/grid';
import { displayNumber } from '../file/number-format';

const PLAIN_NUMBER = /^-?(\d{1,3}(,\d{3})+|\d+)(\.(\d+))?$/;
/** Header words of code columns: their digits are codes ("201", "05"), not amounts. */
const CODE_HEADER = /^[类款项]$|编码|代码|编号/;

export function isCodeHeader(text: string): boolean {
  return CODE_HEADER.test(text.replace(/\s+/g, ''));
}

export function toGridCell(text: string, codeColumn: boolean): GridCell {
  const normalized = text.replace(/[−－]/g, '-').replace(/\s+/g, '');
  const match = PLAIN_NUMBER.exec(normalized);
  if (!match || codeColumn || /^-?0\d/.test(normalized)) return { v: text };
  const value = Number(normalized.replace(/,/g, ''));
  if (!Number.isFinite(value)) return { v: text };
  const decimals = match[4]?.length ?? 0;
  const grouped = normalized.includes(',');
  if (!grouped && decimals === 0) return { v: value };
  const nf = `${grouped ? '#,##0' : '0'}${decimals ? `.${'0'.repeat(decimals)}` : ''}`;
  const shown = displayNumber(value, nf);
  return { v: value, ...(shown !== undefined && shown !== String(value) ? { t: shown } : {}), nf };
}
