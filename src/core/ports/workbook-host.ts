/** The one door between the UI and a workbook. Implemented by ExcelHost, FileHost and MemoryHost. */
import type { CellValue, Grid } from '../grid';
import type { CellEdit, CellLocation, Severity } from '../rules/types';

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

export interface Highlight extends CellLocation {
  severity: Severity;
}

export interface SelectionInfo extends CellLocation {
  value: CellValue;
}

export interface WorkbookHost {
  readonly kind: 'excel' | 'file' | 'memory';
  /** Read every sheet's used range into a Grid. */
  readGrid(options?: ReadOptions): Promise<Grid>;
  /** Apply a batch at once; rejects (with a Chinese message) and changes nothing if any edit fails. */
  applyEdits(edits: CellEdit[], label: string): Promise<EditRecord>;
  /** Restore the cells of a record to their previous values and formulas. */
  revert(record: EditRecord): Promise<void>;
  selectCell(location: CellLocation): Promise<void>;
  getSelection(): Promise<SelectionInfo | undefined>;
  /** Values of the current selection (for importing a catalog from a range). */
  getSelectedValues(): Promise<CellValue[][]>;
  highlight(cells: Highlight[]): Promise<void>;
  clearHighlights(): Promise<void>;
  /** Per-workbook settings (chosen catalogs, profile, dismissed findings). */
  getSetting<T>(key: string): Promise<T | undefined>;
  setSetting<T>(key: string, value: T): Promise<void>;
  /** Subscribe to selection changes; returns the unsubscribe function. */
  onSelectionChanged(handler: (selection: SelectionInfo) => void): () => void;
}
