/**
 * WorkbookHost over an .xlsx file held in memory: the browser preview, the CLI and the tests.
 * Cells live twice — in the Grid the checks read (MemoryHost) and in the original package, patched
 * cell by cell (patch/patch-xlsx) — and change together or not at all: a batch is first patched into
 * a new package (which refuses a bad target), then written to the grid. Saving writes the patched
 * package: every part the edits did not touch stays byte for byte, and a workbook without changes
 * saves as its original bytes. Settings live in a custom XML part found by its namespace (settings-part),
 * never in a sheet, and are written by the same patching: only that part and its entries change.
 */
import type ExcelJS from 'exceljs';
import type { EditRecord, Highlight, RevertOutcome } from '../../core/ports/workbook-host';
import { parseA1, type Grid } from '../../core/grid';
import type { CellEdit, CellLocation } from '../../core/findings';
import { MemoryHost } from '../memory/memory-host';
import { convertedWorkbook } from './grid-writer';
import { displayNumber } from './number-format';
import { readSettings, sameSettings, withSettings } from './package-parts';
import { patchPackage, restoreCells, type CellChange } from './patch/patch-xlsx';
import { readPackage, writePackage, type XlsxPackage } from './xlsx-package';
import { loadPackage, workbookToGrid } from './xlsx-reader';

/** What changed, so a view can redraw only when it matters to it. */
export type FileHostChange = 'cells' | 'highlights' | 'settings';

export class FileHost extends MemoryHost {
  override readonly kind = 'file';
  /** Settings as they are now, kept here too so that hasChanges can answer at once (before the page unloads). */
  private readonly currentSettings = new Map<string, unknown>();
  private changeCount = 0;
  /** The cells each applied record changed in the package, for an exact undo. */
  private readonly changes = new Map<string, CellChange[]>();
  private readonly changeHandlers = new Set<(change: FileHostChange) => void>();
  private pkg: XlsxPackage;

  private constructor(
    private readonly original: Uint8Array,
    private readonly originalPkg: XlsxPackage,
    /** The workbook as read, for the number formats of cells (empty styled cells included). */
    private readonly workbook: ExcelJS.Workbook,
    private readonly originalSettings: Map<string, unknown>,
    name?: string,
    /** The cells when known already: a PDF's grid keeps where each cell was printed. */
    grid: Grid = workbookToGrid(workbook, name),
  ) {
    super(grid);
    this.pkg = originalPkg;
  }

  /** Rejects with UnreadableWorkbookError (Chinese message) when the bytes are not an .xlsx workbook. */
  static async fromBytes(data: ArrayBuffer | Uint8Array, name?: string): Promise<FileHost> {
    const original = data instanceof Uint8Array ? data : new Uint8Array(data);
    const { pkg, workbook } = await loadPackage(original);
    const settings = readSettings(pkg);
    const host = new FileHost(original, pkg, workbook, settings, name);
    for (const [key, value] of settings) await host.setSetting(key, value);
    return host;
  }

  /**
   * A PDF turned into sheets. There is no original package to patch: the workbook is written fresh
   * from the grid, once, as `convert` and 「另存为 Excel 工作簿」 write it (convertedWorkbook), and that
   * new package stands in for the original — edits patch it and saving without edits gives it as written.
   */
  static async fromGrid(grid: Grid, name?: string): Promise<FileHost> {
    const { workbook, bytes } = await convertedWorkbook(grid);
    return new FileHost(bytes, readPackage(bytes), workbook, new Map(), name, grid);
  }

  override async applyEdits(edits: CellEdit[], label: string): Promise<EditRecord> {
    this.checkTargets(edits);
    const patched = patchPackage(this.pkg, edits);
    const record = await super.applyEdits(edits, label);
    this.pkg = patched.package;
    this.changes.set(record.id, patched.changes);
    this.keepFormats(edits);
    this.emit('cells');
    return record;
  }

  override async revert(record: EditRecord): Promise<RevertOutcome> {
    const changes = this.changes.get(record.id);
    if (!changes) throw new Error(`撤销失败：“${record.label}”不是在当前打开的工作簿中执行的修改。`);
    const changed = this.changedSince(record);
    const skip = new Set(changed.map((location) => `${location.sheet}!${location.cell}`));
    const restored = restoreCells(
      this.pkg,
      changes.filter((change) => !skip.has(`${change.sheet}!${change.cell}`)),
    );
    const edited = new Set(record.edits.map((edit) => `${edit.sheet}!${edit.cell}`));
    const keptInFile = restored.kept.filter((change) => edited.has(`${change.sheet}!${change.cell}`));
    const result = this.restore(record, [...changed, ...keptInFile]);
    this.pkg = restored.package;
    this.keepFormats(record.previous);
    this.changes.delete(record.id);
    this.emit('cells');
    return result;
  }

  override async highlight(cells: Highlight[]): Promise<void> {
    await super.highlight(cells);
    this.emit('highlights');
  }

  override async clearHighlights(): Promise<void> {
    await super.clearHighlights();
    this.emit('highlights');
  }

  override async setSetting<T>(key: string, value: T): Promise<void> {
    await super.setSetting(key, value);
    this.currentSettings.set(key, structuredClone(value));
    this.emit('settings');
  }

  /** Subscribe to changes of cells, highlights or settings; returns the unsubscribe function. */
  onChange(handler: (change: FileHostChange) => void): () => void {
    this.changeHandlers.add(handler);
    return () => this.changeHandlers.delete(handler);
  }

  /** Whether the cells or settings differ from the file as opened. */
  hasChanges(): boolean {
    return this.pkg !== this.originalPkg || !sameSettings(this.currentSettings, this.originalSettings);
  }

  /** Goes up with every change of cells or settings, so a caller can tell whether anything changed since it saved. */
  get revision(): number {
    return this.changeCount;
  }

  /** The original file with every applied edit and the current settings, as .xlsx bytes. */
  async saveXlsx(): Promise<Uint8Array> {
    const pkg = sameSettings(this.currentSettings, this.originalSettings) ? this.pkg : withSettings(this.pkg, this.currentSettings);
    return pkg === this.originalPkg ? this.original : writePackage(pkg);
  }

  /** Written cells keep the number format of their workbook cell, and show their value in it as a fresh read would. */
  private keepFormats(locations: CellLocation[]): void {
    for (const location of locations) {
      const pos = parseA1(location.cell);
      const cell = pos ? this.grid.sheets.find((s) => s.name === location.sheet)?.rows[pos.row]?.[pos.col] : undefined;
      const numFmt = this.workbook.getWorksheet(location.sheet)?.getCell(location.cell).numFmt;
      if (!cell || !numFmt || numFmt === 'General') continue;
      cell.nf = numFmt;
      const text = typeof cell.v === 'number' ? displayNumber(cell.v, numFmt) : undefined;
      if (text !== undefined && text !== String(cell.v)) cell.t = text;
    }
  }

  private emit(change: FileHostChange): void {
    if (change !== 'highlights') this.changeCount += 1;
    for (const handler of this.changeHandlers) handler(change);
  }
}
