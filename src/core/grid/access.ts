import type { CellRange, CellValue, GridCell, GridSheet } from './types';

export function cellAt(sheet: GridSheet, row: number, col: number): GridCell | undefined {
  return sheet.rows[row]?.[col] ?? undefined;
}

/** What the user sees, trimmed: the displayed text when known, numbers as text, errors as "#REF!". */
export function cellText(sheet: GridSheet, row: number, col: number): string {
  const cell = cellAt(sheet, row, col);
  if (!cell) return '';
  if (cell.err) return cell.err;
  if (cell.t !== undefined) return cell.t.trim();
  if (cell.v === null) return '';
  if (typeof cell.v === 'boolean') return cell.v ? 'TRUE' : 'FALSE';
  return String(cell.v).trim();
}

export function isCellEmpty(sheet: GridSheet, row: number, col: number): boolean {
  return cellText(sheet, row, col) === '';
}

/** The merged area covering a cell, if any. */
export function mergedAreaAt(sheet: GridSheet, row: number, col: number): CellRange | undefined {
  return sheet.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/** Rectangle from A1 to the last non-empty cell; undefined for an empty sheet. */
export function usedBounds(sheet: GridSheet): CellRange | undefined {
  let bottom = -1;
  let right = -1;
  let top = Infinity;
  let left = Infinity;
  sheet.rows.forEach((cells, r) => {
    cells?.forEach((cell, c) => {
      if (!cell || (cell.v === null && !cell.err && !cell.f)) return;
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
      top = Math.min(top, r);
      left = Math.min(left, c);
    });
  });
  if (bottom < 0) return undefined;
  return { top, left, bottom, right };
}

export function isRowHidden(sheet: GridSheet, row: number): boolean {
  return sheet.hiddenRows?.includes(row) ?? false;
}

export function isColumnHidden(sheet: GridSheet, col: number): boolean {
  return sheet.hiddenCols?.includes(col) ?? false;
}

/** A sheet from plain values, for tests: null and '' become empty cells. */
export function gridFromRows(name: string, rows: CellValue[][], merges: CellRange[] = []): GridSheet {
  return {
    name,
    rows: rows.map((values) => values.map((v) => (v === null || v === '' ? null : { v }))),
    merges,
  };
}

/**
 * Tab-separated text (as the seed documents and clipboard pastes are) → a sheet of text cells.
 * Every line is a row, blank lines included, so row numbers match the text's line numbers.
 */
export function gridFromTsv(sheetName: string, text: string): GridSheet {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return gridFromRows(
    sheetName,
    lines.map((line) => line.split('\t').map((field) => field.trim())),
  );
}
