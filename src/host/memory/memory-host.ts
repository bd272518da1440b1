/**
 * WorkbookHost over an in-memory Grid. Used by tests, and as the base of FileHost.
 * Edits are applied to the host's own grid; readGrid returns a deep copy so callers cannot mutate it.
 */
import type { CellValue, Grid, GridCell, GridSheet } from '../../core/grid';
import { isOnSheet, parseA1, parseRangeA1 } from '../../core/grid';
import {
  KEPT_REASON,
  type CellSnapshot,
  type EditRecord,
  type Highlight,
  type ReadOptions,
  type RevertOutcome,
  type SelectedRange,
  type SelectionInfo,
  type WorkbookHost,
} from '../../core/ports/workbook-host';
import type { CellEdit, CellLocation } from '../../core/findings';

let recordCounter = 0;

export class MemoryHost implements WorkbookHost {
  readonly kind: 'memory' | 'file' = 'memory';
  protected grid: Grid;
  private settings = new Map<string, unknown>();
  private selection: CellLocation | undefined;
  private selectionHandlers = new Set<(s: SelectionInfo) => void>();
  highlights: Highlight[] = [];
  /** Every call that changed cells, for tests and the preview grid. */
  readonly calls: string[] = [];

  constructor(grid: Grid) {
    this.grid = structuredClone(grid);
  }

  async readGrid(options?: ReadOptions): Promise<Grid> {
    options?.signal?.throwIfAborted();
    options?.onProgress?.({ done: this.grid.sheets.length, total: this.grid.sheets.length });
    return structuredClone(this.grid);
  }

  /** The live grid, read-only by convention (preview grid view renders from it). */
  peekGrid(): Grid {
    return this.grid;
  }

  async applyEdits(edits: CellEdit[], label: string): Promise<EditRecord> {
    const targets = this.checkTargets(edits);
    const previous: CellSnapshot[] = targets.map(({ edit, sheet, pos }) => {
      const cell = sheet.rows[pos.row]?.[pos.col];
      return { sheet: edit.sheet, cell: edit.cell, value: cell?.v ?? null, ...(cell?.f ? { formula: cell.f } : {}) };
    });
    for (const { edit, sheet, pos } of targets) writeCell(sheet, pos.row, pos.col, writtenCell(edit));
    this.calls.push(`apply:${edits.length}`);
    recordCounter += 1;
    return { id: `edit-${recordCounter}`, label, edits, previous, appliedAt: Date.now() };
  }

  /** Restores the record's cells, except those changed since it was applied: they are left and listed. */
  async revert(record: EditRecord): Promise<RevertOutcome> {
    return this.restore(record, this.changedSince(record));
  }

  /** Every edit's sheet and address, checked before anything changes; throws a Chinese message on the first bad one. */
  protected checkTargets(edits: CellEdit[]): Array<{ edit: CellEdit; sheet: GridSheet; pos: { row: number; col: number } }> {
    return edits.map((edit) => ({ edit, sheet: this.requireSheet(edit.sheet), pos: this.requireCell(edit) }));
  }

  /** Cells of the record that no longer hold what it wrote (the last write to a cell counts). */
  protected changedSince(record: EditRecord): CellLocation[] {
    const written = new Map(record.edits.map((edit) => [`${edit.sheet}!${edit.cell}`, edit]));
    return [...written.values()].filter((edit) => {
      const pos = this.requireCell(edit);
      const cell = this.requireSheet(edit.sheet).rows[pos.row]?.[pos.col];
      return !sameContent(cell, writtenCell(edit));
    });
  }

  /** Restores the record's cells except `kept`, which the user changed since: they are listed with that reason. */
  protected restore(record: EditRecord, kept: CellLocation[]): RevertOutcome {
    const skip = new Set(kept.map((location) => `${location.sheet}!${location.cell}`));
    let restored = 0;
    for (const snap of [...record.previous].reverse()) {
      if (skip.has(`${snap.sheet}!${snap.cell}`)) continue;
      restored += 1;
      const sheet = this.requireSheet(snap.sheet);
      const pos = this.requireCell(snap);
      writeCell(sheet, pos.row, pos.col, snap.formula ? { v: snap.value, f: snap.formula } : { v: snap.value });
    }
    this.calls.push(`revert:${record.id}`);
    return { restored, kept: kept.map(({ sheet, cell }) => ({ sheet, cell, reason: KEPT_REASON.changed })) };
  }

  async selectCell(location: CellLocation): Promise<void> {
    this.requireSheet(location.sheet);
    this.selection = location;
    const info = this.selectionInfo(location);
    for (const handler of this.selectionHandlers) handler(info);
  }

  async getSelection(): Promise<SelectionInfo | undefined> {
    return this.selection ? this.selectionInfo(this.selection) : undefined;
  }

  async getSelectedRange(): Promise<SelectedRange | undefined> {
    if (!this.selection) return undefined;
    const sheet = this.requireSheet(this.selection.sheet);
    const range = parseRangeA1(this.selection.cell);
    if (!range) return undefined;
    const out: CellValue[][] = [];
    for (let r = range.top; r <= range.bottom; r++) {
      const row: CellValue[] = [];
      for (let c = range.left; c <= range.right; c++) row.push(sheet.rows[r]?.[c]?.v ?? null);
      out.push(row);
    }
    return { ...this.selection, values: out };
  }

  async highlight(cells: Highlight[]): Promise<void> {
    this.highlights = [...this.highlights, ...cells];
  }

  async clearHighlights(): Promise<void> {
    this.highlights = [];
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    return this.settings.get(key) as T | undefined;
  }

  async setSetting<T>(key: string, value: T): Promise<void> {
    this.settings.set(key, structuredClone(value));
  }

  onSelectionChanged(handler: (selection: SelectionInfo) => void): () => void {
    this.selectionHandlers.add(handler);
    return () => this.selectionHandlers.delete(handler);
  }

  private selectionInfo(location: CellLocation): SelectionInfo {
    const sheet = this.requireSheet(location.sheet);
    const pos = parseRangeA1(location.cell);
    const value = pos ? (sheet.rows[pos.top]?.[pos.left]?.v ?? null) : null;
    return { ...location, value };
  }

  protected requireSheet(name: string): GridSheet {
    const sheet = this.grid.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`找不到工作表“${name}”，修改未执行。`);
    return sheet;
  }

  protected requireCell(location: CellLocation): { row: number; col: number } {
    const pos = parseA1(location.cell);
    if (!pos) throw new Error(`单元格地址“${location.cell}”无效，修改未执行。`);
    if (!isOnSheet(pos)) throw new Error(`单元格地址“${location.cell}”超出 Excel 工作表范围（最大 XFD1048576），修改未执行。`);
    return pos;
  }
}

function writtenCell(edit: CellEdit): GridCell {
  return edit.formula !== undefined ? { v: null, f: edit.formula } : { v: edit.value ?? null };
}

/** Same value and formula; number formats and displayed text do not count. */
function sameContent(cell: GridCell | null | undefined, expected: GridCell): boolean {
  const value = cell?.v ?? null;
  if (expected.f !== undefined) return normalizeFormula(cell?.f) === normalizeFormula(expected.f);
  return cell?.f === undefined && (value === expected.v || (value === '' && expected.v === null) || (value === null && expected.v === ''));
}

function normalizeFormula(formula: string | undefined): string | undefined {
  return formula === undefined ? undefined : `=${formula.replace(/^=/, '')}`;
}

function writeCell(sheet: GridSheet, row: number, col: number, cell: GridCell): void {
  while (sheet.rows.length <= row) sheet.rows.push([]);
  const cells = (sheet.rows[row] ??= []);
  while (cells.length <= col) cells.push(null);
  cells[col] = cell;
}
