import type { CellRange, CellRef } from './types';

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "AA" → 26. Returns -1 for anything that is not column letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function refToA1(ref: Pick<CellRef, 'row' | 'col'>): string {
  return toA1(ref.row, ref.col);
}

/** "C9" or "$C$9" → {row: 8, col: 2}; undefined when malformed. */
export function parseA1(a1: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m) return undefined;
  const col = columnIndex(m[1]);
  const row = Number(m[2]) - 1;
  if (col < 0 || row < 0) return undefined;
  return { row, col };
}

export function rangeToA1(range: CellRange): string {
  const start = toA1(range.top, range.left);
  const end = toA1(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}

/** "A1:F38" or "C9" → range; undefined when malformed. */
export function parseRangeA1(text: string): CellRange | undefined {
  const [a, b = a] = text.split(':');
  const start = parseA1(a);
  const end = parseA1(b);
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/** Excel's sheet size: A1:XFD1048576. */
export const MAX_SHEET_ROWS = 1048576;
export const MAX_SHEET_COLS = 16384;

/** Whether a 0-based position lies on an Excel sheet. */
export function isOnSheet(pos: { row: number; col: number }): boolean {
  return pos.row >= 0 && pos.row < MAX_SHEET_ROWS && pos.col >= 0 && pos.col < MAX_SHEET_COLS;
}
