/** The one door between the UI and a workbook. Implemented by ExcelHost, FileHost and MemoryHost. */
import type { CellValue, Grid } from '../grid';
import type { CellEdit, CellLocation, Severity } from '../findings';

export interface ReadProgress {
  /** Units of work done and total (e.g. row chunks). */
  done: number;
  total: number;
}

export interface ReadOptions {
  onProgress?(progress: ReadProgress): void;
  signal?: AbortSignal;
}

/** What a cell held before an edit, so the edit can be undone exactly. */
export interface CellSnapshot extends CellLocation {
  value: CellValue;
  formula?: string;
}

/** An applied batch of edits and what it replaced. */
export interface EditRecord {
  id: string;
  /** Chinese description, e.g. "修复：表3 C9". */
  label: string;
  edits: CellEdit[];
  previous: CellSnapshot[];
  appliedAt: number;
}

/** Why an undo left a cell as it is now, in Chinese (shown to the user). */
export const KEPT_REASON = {
  /** The cell no longer holds what the edit wrote: the user (or a later edit) changed it since. */
  changed: '修复后又被修改',
  /** The cell is gone (its row, column or sheet was deleted since). */
  deleted: '单元格已被删除',
} as const;

/** A cell an undo left alone, where it is now (rows may have been inserted since), and why. */
export interface KeptCell extends CellLocation {
  reason: (typeof KEPT_REASON)[keyof typeof KEPT_REASON];
}

/** What an undo did, the same for every host: how many cells it set back and which it left, and why. */
export interface RevertOutcome {
  restored: number;
  kept: KeptCell[];
}

/** The non-empty part of the selection: where it is and its values. */
export interface SelectedRange extends CellLocation {
  values: CellValue[][];
}

export interface Highlight extends CellLocation {
  severity: Severity;
  /** The finding in words, for hosts that can show it at the cell (the browser page's tooltip and status bar). */
  message?: string;
}

export interface SelectionInfo extends CellLocation {
  value: CellValue;
}

/** One row of the 审核报告 sheet; `link` turns the row's first cell into a hyperlink to that cell. */
export interface ReportSheetRow {
  values: string[];
  link?: CellLocation;
}

export interface WorkbookHost {
  readonly kind: 'excel' | 'file' | 'memory';
  /** Read every sheet's used range into a Grid. */
  readGrid(options?: ReadOptions): Promise<Grid>;
  /** Apply a batch at once; rejects (with a Chinese message) and changes nothing if any edit fails. */
  applyEdits(edits: CellEdit[], label: string): Promise<EditRecord>;
  /**
   * Restore the cells of a record to their previous values and formulas. A cell that no longer holds
   * what the record wrote (the user changed it since) is left as it is and listed in `kept`; a restore
   * that fails rejects with a Chinese message naming any cell that may be half-changed.
   */
  revert(record: EditRecord): Promise<RevertOutcome>;
  selectCell(location: CellLocation): Promise<void>;
  getSelection(): Promise<SelectionInfo | undefined>;
  /** The selection's non-empty block and its values in one read (for importing a catalog from a range). */
  getSelectedRange(): Promise<SelectedRange | undefined>;
  highlight(cells: Highlight[]): Promise<void>;
  clearHighlights(): Promise<void>;
  /** Per-workbook settings (chosen catalogs, profile, ignored findings with their reasons). */
  getSetting<T>(key: string): Promise<T | undefined>;
  setSetting<T>(key: string, value: T): Promise<void>;
  /** Subscribe to selection changes; returns the unsubscribe function. */
  onSelectionChanged(handler: (selection: SelectionInfo) => void): () => void;
  /**
   * Optional: subscribe to cell changes made by the user (the host's own edits are not reported),
   * so the pane can say its findings are out of date and knows when its snapshot of the cells is.
   * Returns the unsubscribe function, or undefined when the host cannot tell (Excel before ExcelApi
   * 1.9): the pane then reads the cells again before it plans a write.
   */
  onCellsChanged?(handler: () => void): (() => void) | undefined;
  /**
   * Optional: write rows (the first is the header) into a new worksheet named like `baseName`
   * ("审核报告", or "审核报告 (2)" when taken); returns the name used.
   */
  writeReportSheet?(baseName: string, rows: ReportSheetRow[]): Promise<string>;
}
