/** A host-neutral snapshot of workbook cells. Plain data so it can cross worker threads and JSON. */

export type CellValue = string | number | boolean | null;

export interface GridCell {
  /** Raw value as the host reports it (number, text, boolean) or null when empty. */
  v: CellValue;
  /** Displayed text when it differs from String(v) (number formats, dates). */
  t?: string;
  /** Formula without evaluation, e.g. "=SUM(C7:C9)". */
  f?: string;
  /** Number format code, when the host reports one. */
  nf?: string;
  /** Error value such as "#REF!" when the cell holds an error. */
  err?: string;
  /** Where the cell was printed, when the grid was read from a PDF. */
  src?: CellSource;
}

/** A 1-based page and the box on it, in points from the page's top-left corner. */
export interface CellSource {
  page: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** 0-based inclusive rectangle. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface GridSheet {
  name: string;
  /** rows[r][c]; rows and rows' arrays may be ragged or sparse (undefined/null = empty). */
  rows: Array<Array<GridCell | null | undefined> | null | undefined>;
  merges: CellRange[];
  hiddenRows?: number[];
  hiddenCols?: number[];
  hidden?: boolean;
}

export interface Grid {
  sheets: GridSheet[];
  /** File name or workbook name, for reports. */
  name?: string;
}

/** A cell position inside a workbook: 0-based row and column. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}
