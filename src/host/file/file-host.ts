/**
 * WorkbookHost over an .xlsx file held in memory: the browser preview, the CLI and the tests.
 * Cells live twice — in the Grid the checks read (MemoryHost) and in the loaded ExcelJS workbook —
 * so saveXlsx writes the edits into the original file and keeps formatting, merges and every
 * untouched cell. Settings live in a custom XML part of the package (settings-part.ts), never in a sheet.
 */
import type ExcelJS from 'exceljs';
import type { EditRecord, Highlight } from '../../core/ports/workbook-host';
import { parseA1 } from '../../core/grid';
import type { CellEdit, CellLocation } from '../../core/rules/types';
import { MemoryHost } from '../memory/memory-host';
import { displayNumber } from './number-format';
import { loadWorkbook, workbookToGrid } from './xlsx-reader';
import { readPackageSettings, writePackageSettings } from './settings-part';
import { captureCell, restoreCell, writeEdit, type CellContent } from './xlsx-writer';
import { openZipParts } from './zip-parts';

/** What changed, so a view can redraw only when it matters to it. */
export type FileHostChange = 'cells' | 'highlights' | 'settings';

export class FileHost extends MemoryHost {
  override readonly kind = 'file';
  private readonly workbook: ExcelJS.Workbook;
  private readonly settingKeys = new Set<string>();
  /** Exact workbook contents replaced by each applied record, for a lossless revert. */
  private readonly replaced = new Map<string, CellContent[]>();
  private readonly changeHandlers = new Set<(change: FileHostChange) => void>();
  private edited = false;

  private constructor(workbook: ExcelJS.Workbook, name?: string) {
    super(workbookToGrid(workbook, name));
    this.workbook = workbook;
  }

  /** Rejects with UnreadableWorkbookError (Chinese message) when the bytes are not an .xlsx workbook. */
  static async fromBytes(data: ArrayBuffer | Uint8Array, name?: string): Promise<FileHost> {
    const workbook = await loadWorkbook(data);
    const host = new FileHost(workbook, name);
    for (const [key, value] of await readPackageSettings(await openZipParts(data))) await host.setSetting(key, value);
    return host;
  }

  override async applyEdits(edits: CellEdit[], label: string): Promise<EditRecord> {
    // The grid checks every sheet and address first and throws (changing nothing) on a bad one.
    const record = await super.applyEdits(edits, label);
    const before = edits.map((edit) => captureCell(this.workbook, edit));
    for (const edit of edits) writeEdit(this.workbook, edit);
    this.keepFormats(edits);
    this.replaced.set(record.id, before);
    this.edited = true;
    this.emit('cells');
    return record;
  }

  override async revert(record: EditRecord): Promise<void> {
    const before = this.replaced.get(record.id);
    if (!before) throw new Error(`撤销失败：“${record.label}”不是在当前打开的工作簿中执行的修改。`);
    await super.revert(record);
    for (const content of [...before].reverse()) restoreCell(this.workbook, content);
    this.keepFormats(before);
    this.replaced.delete(record.id);
    this.emit('cells');
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
    this.settingKeys.add(key);
    this.emit('settings');
  }

  /** Subscribe to changes of cells, highlights or settings; returns the unsubscribe function. */
  onChange(handler: (change: FileHostChange) => void): () => void {
    this.changeHandlers.add(handler);
    return () => this.changeHandlers.delete(handler);
  }

  /** The workbook with every applied edit and the current settings, as .xlsx bytes. */
  async saveXlsx(): Promise<Uint8Array> {
    // Cached results of formulas that depend on edited cells are stale until Excel recalculates.
    if (this.edited) this.workbook.calcProperties.fullCalcOnLoad = true;
    const bytes = new Uint8Array((await this.workbook.xlsx.writeBuffer()) as ArrayBuffer);
    if (this.settingKeys.size === 0) return bytes;
    const settings = new Map<string, unknown>();
    for (const key of this.settingKeys) settings.set(key, await this.getSetting(key));
    const parts = await openZipParts(bytes);
    await writePackageSettings(parts, settings);
    return parts.toBytes();
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
    for (const handler of this.changeHandlers) handler(change);
  }
}
