/**
 * WorkbookHost over Office.js. Reading takes 2 + ⌈cells / SYNC_CELLS⌉ syncs whatever the number of
 * sheets or rows (3 for a normal budget workbook); every change is one batch of writes preceded by
 * one read of what it replaces, so it can be undone and rolled back if Excel refuses part of it.
 */
import { parseA1, parseRangeA1, toA1, type CellRange, type CellValue, type Grid, type GridSheet } from '../../core/grid';
import type {
  CellSnapshot,
  EditRecord,
  Highlight,
  ReadOptions,
  ReportSheetRow,
  RevertResult,
  SelectionInfo,
  WorkbookHost,
} from '../../core/ports/workbook-host';
import type { CellEdit, CellLocation, Severity } from '../../core/rules/types';
import { toGridCell } from './cells';
import { officeEnv, type ExcelEnv } from './env';
import { ExcelHostError, toHostError } from './errors';
import { batchChunks, parseAreas, planChunks, splitAddress, type UsedArea } from './read-plan';

/** Where the original fills of highlighted cells are kept, so they survive closing the pane. */
export const HIGHLIGHT_FILLS_SETTING = 'budgetAssistant.highlightFills';
/** Light fills in the spirit of Excel's own "bad / neutral" cell styles. */
export const HIGHLIGHT_COLORS: Record<Severity, string> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };
/** A highlight of a huge range would mean thousands of saved fills; only its first cells are marked. */
const MAX_CELLS_PER_HIGHLIGHT = 200;
/** Change events for cells this host wrote arrive after the sync; ignore them for this long. */
const OWN_WRITE_WINDOW_MS = 3000;

/** A cell's fill before it was highlighted: `none` when it had no fill at all. */
type SavedFill = { color: string } | { none: true };

interface Write extends CellLocation {
  value?: CellValue;
  formula?: string;
}

let recordCounter = 0;

export class ExcelHost implements WorkbookHost {
  readonly kind = 'excel';
  private readonly ownWrites = new Map<string, number>();

  constructor(private readonly env: ExcelEnv = officeEnv()) {}

  async readGrid(options: ReadOptions = {}): Promise<Grid> {
    const { signal, onProgress } = options;
    signal?.throwIfAborted();
    try {
      return await this.env.run(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load('items/name,items/visibility');
        if (this.env.supports('1.7')) context.workbook.load('name');
        await context.sync();
        signal?.throwIfAborted();
        const items = worksheets.items;
        // Values only: cells that merely carry borders or fills would enlarge the ranges to read.
        const loadUsed = () => items.map((sheet) => sheet.getUsedRangeOrNullObject(true).load('isNullObject,rowIndex,columnIndex,rowCount,columnCount'));
        let used = loadUsed();
        let merged = this.env.supports('1.13') ? items.map((sheet) => sheet.getRange().getMergedAreasOrNullObject().load('isNullObject,address')) : [];
        try {
          await context.sync();
        } catch (error) {
          // Excel refuses merged areas beyond 512 in a sheet: read the cells without them.
          if (!merged.length) throw error;
          used = loadUsed();
          merged = [];
          await context.sync();
        }
        signal?.throwIfAborted();
        const areas: UsedArea[] = used.flatMap((range, sheet) =>
          range.isNullObject
            ? []
            : [{ sheet, range: { top: range.rowIndex, left: range.columnIndex, bottom: range.rowIndex + range.rowCount - 1, right: range.columnIndex + range.columnCount - 1 } }],
        );
        const sheets: GridSheet[] = items.map((sheet, index) => ({
          name: sheet.name,
          rows: [],
          merges: merged[index] && !merged[index].isNullObject ? parseAreas(merged[index].address) : [],
          ...(sheet.visibility !== 'Visible' ? { hidden: true } : {}),
        }));
        const batches = batchChunks(planChunks(areas));
        onProgress?.({ done: 0, total: batches.length });
        for (const [done, batch] of batches.entries()) {
          const loaded = batch.map((chunk) => ({
            chunk,
            range: items[chunk.sheet].getRange(chunk.address).load('values,formulas,numberFormat,text,valueTypes'),
          }));
          await context.sync();
          signal?.throwIfAborted();
          for (const { chunk, range } of loaded) fillRows(sheets[chunk.sheet], chunk.range, range);
          onProgress?.({ done: done + 1, total: batches.length });
        }
        return { sheets, ...(this.env.supports('1.7') && context.workbook.name ? { name: context.workbook.name } : {}) };
      });
    } catch (error) {
      throw toHostError(error, '读取工作簿');
    }
  }

  async applyEdits(edits: CellEdit[], label: string): Promise<EditRecord> {
    const previous = await this.write(
      edits.map((edit) => ({ sheet: edit.sheet, cell: edit.cell, ...(edit.formula !== undefined ? { formula: edit.formula } : { value: edit.value ?? null }) })),
      '修改单元格',
    );
    recordCounter += 1;
    return { id: `excel-edit-${Date.now()}-${recordCounter}`, label, edits, previous, appliedAt: Date.now() };
  }

  async revert(record: EditRecord): Promise<RevertResult> {
    await this.write(
      [...record.previous].reverse().map((snap) => ({ sheet: snap.sheet, cell: snap.cell, ...(snap.formula ? { formula: snap.formula } : { value: snap.value }) })),
      `撤销“${record.label}”`,
    );
    return { kept: [] };
  }

  async selectCell(location: CellLocation): Promise<void> {
    await this.run('定位单元格', async (context) => {
      const sheet = context.workbook.worksheets.getItem(location.sheet);
      sheet.activate();
      sheet.getRange(location.cell).select();
      await context.sync();
    });
  }

  async getSelection(): Promise<SelectionInfo | undefined> {
    return this.run('读取选中的单元格', async (context) => {
      const range = context.workbook.getSelectedRange().load('address,values');
      await context.sync();
      const split = splitAddress(range.address);
      return split ? { sheet: split.sheet, cell: split.range, value: officeValue(range.values[0]?.[0]) } : undefined;
    });
  }

  async getSelectedValues(): Promise<CellValue[][]> {
    return this.run('读取选中的区域', async (context) => {
      const range = context.workbook.getSelectedRange().load('values');
      await context.sync();
      return range.values.map((row) => row.map(officeValue));
    });
  }

  async highlight(cells: Highlight[]): Promise<void> {
    const saved = this.savedFills();
    const targets = cells.flatMap((highlight) => expandCells(highlight).map((cell) => ({ sheet: highlight.sheet, cell, severity: highlight.severity })));
    const withPattern = this.env.supports('1.9');
    await this.run('标记单元格', async (context) => {
      const unsaved = new Map(targets.filter((target) => !(fillKey(target) in saved)).map((target) => [fillKey(target), target]));
      const fresh = [...unsaved.values()].map((target) => ({ target, fill: context.workbook.worksheets.getItem(target.sheet).getRange(target.cell).format.fill.load(withPattern ? 'color,pattern' : 'color') }));
      await context.sync();
      for (const { target, fill } of fresh) saved[fillKey(target)] = fill.pattern === 'None' || (!withPattern && /^#FFFFFF$/i.test(fill.color)) ? { none: true } : { color: fill.color };
      for (const target of targets) context.workbook.worksheets.getItem(target.sheet).getRange(target.cell).format.fill.color = HIGHLIGHT_COLORS[target.severity];
      await context.sync();
    });
    await this.setSetting(HIGHLIGHT_FILLS_SETTING, saved);
  }

  async clearHighlights(): Promise<void> {
    const saved = this.savedFills();
    const entries = Object.entries(saved);
    if (!entries.length) return;
    await this.run('清除标记', async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const present = new Set(sheets.items.map((sheet) => sheet.name));
      for (const [key, fill] of entries) {
        const location = splitAddress(key);
        if (!location || !present.has(location.sheet)) continue;
        const format = sheets.getItem(location.sheet).getRange(location.range).format.fill;
        if ('none' in fill) format.clear();
        else format.color = fill.color;
      }
      await context.sync();
    });
    await this.setSetting(HIGHLIGHT_FILLS_SETTING, {});
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    const value = this.env.settings.get(key) as T | null | undefined;
    return value ?? undefined;
  }

  async setSetting<T>(key: string, value: T): Promise<void> {
    this.env.settings.set(key, value);
    await new Promise<void>((resolve, reject) =>
      this.env.settings.saveAsync((result) =>
        result.status === Office.AsyncResultStatus.Failed ? reject(new ExcelHostError(`保存设置失败：${result.error?.message ?? '未知原因'}。请确认工作簿可编辑后再试。`)) : resolve(),
      ),
    );
  }

  onSelectionChanged(handler: (selection: SelectionInfo) => void): () => void {
    let active = true;
    const notify = () => {
      void this.getSelection().then(
        (selection) => active && selection && handler(selection),
        () => undefined,
      );
    };
    const stop = this.env.supports('1.9')
      ? this.subscribe((context) => context.workbook.worksheets.onSelectionChanged.add(async () => notify()))
      : this.subscribeDocument(notify);
    return () => {
      active = false;
      stop();
    };
  }

  onCellsChanged(handler: () => void): () => void {
    if (!this.env.supports('1.9')) return () => undefined;
    return this.subscribe((context) =>
      context.workbook.worksheets.onChanged.add(async (event) => {
        if (event.triggerSource === 'ThisLocalAddin' || this.isOwnWrite(event.address)) return;
        handler();
      }),
    );
  }

  async writeReportSheet(baseName: string, rows: ReportSheetRow[]): Promise<string> {
    const width = Math.max(1, ...rows.map((row) => row.values.length));
    return this.run('写入审核报告', async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const name = freeSheetName(baseName, new Set(sheets.items.map((sheet) => sheet.name)));
      const sheet = sheets.add(name);
      if (rows.length) {
        sheet.getRange(`A1:${toA1(rows.length - 1, width - 1)}`).values = rows.map((row) => Array.from({ length: width }, (_, col) => row.values[col] ?? ''));
        sheet.getRange(`A1:${toA1(0, width - 1)}`).format.font.bold = true;
      }
      rows.forEach((row, index) => {
        if (!row.link) return;
        const target = `${quoteSheet(row.link.sheet)}!${row.link.cell}`;
        const cell = sheet.getRange(toA1(index, 0));
        if (this.env.supports('1.7')) cell.hyperlink = { documentReference: target, textToDisplay: row.values[0] ?? target };
        else cell.formulas = [[`=HYPERLINK("#${target.replace(/"/g, '""')}","${(row.values[0] ?? target).replace(/"/g, '""')}")`]];
      });
      sheet.getRange(`A1:${toA1(0, width - 1)}`).format.autofitColumns();
      sheet.activate();
      await context.sync();
      return name;
    });
  }

  /**
   * One read of what the cells hold (which also fails, changing nothing, on a missing sheet, a
   * protected sheet or cell-edit mode), then all writes in one sync. If Excel still rejects the
   * write batch part-way, the cells read first are put back so nothing stays half-applied.
   */
  private async write(writes: Write[], action: string): Promise<CellSnapshot[]> {
    for (const write of writes) {
      if (!parseA1(write.cell)) throw new ExcelHostError(`${action}失败：单元格地址“${write.cell}”无效，修改未执行。`);
    }
    return this.run(action, async (context) => {
      const sheets = context.workbook.worksheets;
      const names = [...new Set(writes.map((write) => write.sheet))];
      const protections = names.map((name) => ({ name, protection: sheets.getItem(name).protection.load('protected') }));
      const before = writes.map((write) => sheets.getItem(write.sheet).getRange(write.cell).load('values,formulas'));
      await context.sync();
      const locked = protections.filter(({ protection }) => protection.protected).map(({ name }) => name);
      if (locked.length) {
        throw new ExcelHostError(`${action}失败：工作表“${locked.join('”“')}”受保护，修改未执行。请在“审阅 › 撤消工作表保护”后再试。`, 'AccessDenied');
      }
      const previous: CellSnapshot[] = writes.map((write, index) => snapshot(write, before[index]));
      this.markOwnWrites(writes);
      for (const write of writes) setCell(sheets.getItem(write.sheet).getRange(write.cell), write);
      try {
        await context.sync();
      } catch (error) {
        for (const snap of previous) setCell(sheets.getItem(snap.sheet).getRange(snap.cell), snap);
        await context.sync().catch(() => undefined);
        throw error;
      }
      return previous;
    });
  }

  private async run<T>(action: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.env.run(batch);
    } catch (error) {
      throw toHostError(error, action);
    }
  }

  private savedFills(): Record<string, SavedFill> {
    return { ...((this.env.settings.get(HIGHLIGHT_FILLS_SETTING) as Record<string, SavedFill> | null) ?? {}) };
  }

  private subscribe(register: (context: Excel.RequestContext) => OfficeExtension.EventHandlerResult<unknown>): () => void {
    const registration = this.env.run(async (context) => {
      const result = register(context);
      await context.sync();
      return result;
    });
    return () => {
      void registration.then((result) => this.env.removeHandler(result)).catch(() => undefined);
    };
  }

  private subscribeDocument(notify: () => void): () => void {
    const document = this.env.document;
    if (!document) return () => undefined;
    document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, notify);
    return () => document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler: notify });
  }

  private markOwnWrites(writes: Write[]): void {
    const until = Date.now() + OWN_WRITE_WINDOW_MS;
    for (const write of writes) this.ownWrites.set(write.cell.toUpperCase(), until);
  }

  /** Change events name cells without the sheet; a recent own write of every cell is enough. */
  private isOwnWrite(address: string): boolean {
    const range = parseRangeA1(address);
    if (!range) return false;
    const now = Date.now();
    for (let row = range.top; row <= range.bottom; row++) {
      for (let col = range.left; col <= range.right; col++) {
        if ((this.ownWrites.get(toA1(row, col)) ?? 0) < now) return false;
      }
    }
    return true;
  }
}

function fillRows(sheet: GridSheet, area: CellRange, range: Excel.Range): void {
  for (let r = 0; r <= area.bottom - area.top; r++) {
    const cells = (sheet.rows[area.top + r] ??= []);
    for (let c = 0; c <= area.right - area.left; c++) {
      const cell = toGridCell({
        value: range.values[r]?.[c],
        formula: range.formulas[r]?.[c],
        numberFormat: range.numberFormat[r]?.[c],
        text: range.text[r]?.[c],
        valueType: range.valueTypes[r]?.[c],
      });
      if (cell) cells[area.left + c] = cell;
    }
  }
}

function snapshot(location: CellLocation, range: Excel.Range): CellSnapshot {
  const formula = range.formulas[0]?.[0];
  return {
    sheet: location.sheet,
    cell: location.cell,
    value: officeValue(range.values[0]?.[0]),
    ...(typeof formula === 'string' && formula.startsWith('=') ? { formula } : {}),
  };
}

function setCell(range: Excel.Range, write: Write): void {
  // Office.js reads null in `values` as "leave unchanged"; "" empties the cell.
  if (write.formula) range.formulas = [[write.formula]];
  else range.values = [[asTyped(write.value ?? '')]];
}

/**
 * Excel parses written text as if typed: "06" would become 6 and "=…" a formula. A leading
 * apostrophe keeps such text as text, as it does when typed.
 */
function asTyped(value: CellValue): CellValue {
  return typeof value === 'string' && /^(=|0\d|[+-]?\d+(\.\d+)?[eE]\d)/.test(value) ? `'${value}` : value;
}

function officeValue(value: unknown): CellValue {
  if (value === '' || value === undefined || value === null) return null;
  return typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' ? value : String(value);
}

/** Single cells of a highlight; a large range contributes its first cells only. */
function expandCells(location: CellLocation): string[] {
  const range = parseRangeA1(location.cell);
  if (!range) return [];
  const cells: string[] = [];
  for (let row = range.top; row <= range.bottom && cells.length < MAX_CELLS_PER_HIGHLIGHT; row++) {
    for (let col = range.left; col <= range.right && cells.length < MAX_CELLS_PER_HIGHLIGHT; col++) cells.push(toA1(row, col));
  }
  return cells;
}

function fillKey(location: CellLocation): string {
  return `${quoteSheet(location.sheet)}!${location.cell}`;
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function freeSheetName(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base} (${n})`)) return `${base} (${n})`;
}
