/**
 * WorkbookHost over Office.js. Reading takes 2 + ⌈cells / SYNC_CELLS⌉ syncs whatever the number of
 * sheets or rows (3 for a normal budget workbook; see read-grid.ts). Every change is one batch of
 * writes preceded by one read of what it replaces, so it can be undone and rolled back if Excel refuses
 * part of it.
 *
 * Cells the add-in changed or highlighted are anchored by Excel range bindings (ExcelApi 1.3): a binding
 * moves with its cell when the user inserts or deletes rows and columns, where an A1 address would then
 * name another cell; bindings are invisible in the workbook (unlike named ranges) and survive closing the
 * pane, which the saved highlight fills need. Undo also compares each cell with what the edit wrote
 * (in R1C1 form, which does not change when the cell moves) and leaves the cells the user changed since.
 */
import { isOnSheet, parseA1, parseRangeA1, toA1, type CellValue, type Grid } from '../../core/grid';
import {
  KEPT_REASON,
  type CellSnapshot,
  type EditRecord,
  type Highlight,
  type ReadOptions,
  type ReportSheetRow,
  type RevertOutcome,
  type SelectedRange,
  type SelectionInfo,
  type WorkbookHost,
} from '../../core/ports/workbook-host';
import type { CellEdit, CellLocation, Severity } from '../../core/findings';
import { HIGHLIGHT_FILLS_SETTING } from '../../core/settings';
import { parseSettingsXml, SETTINGS_NAMESPACE } from '../../core/settings/xml';
import { officeEnv, type ExcelEnv } from './env';
import { ExcelHostError, toHostError } from './errors';
import { MAX_READ_CELLS, readGridIn } from './read-grid';
import { splitAddress } from './read-plan';
import { typedValue } from './typed-values';

/** Light fills in the spirit of Excel's own "bad / neutral" cell styles. */
export const HIGHLIGHT_COLORS: Record<Severity, string> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };
/** A highlight of a huge range would mean thousands of saved fills; only its first cells are marked. */
const MAX_CELLS_PER_HIGHLIGHT = 200;
/** Change events for cells this host wrote arrive after the sync; ignore them for this long. */
const OWN_WRITE_WINDOW_MS = 3000;
/** A catalog import reads at most this many cells of the selection. */
export const MAX_SELECTED_CELLS = 200_000;
const EDIT_ANCHOR = 'budgetAssistant.edit.';
const HIGHLIGHT_ANCHOR = 'budgetAssistant.mark.';
const RANGE_BINDING = 'Range' as Excel.BindingType;

/** A cell's fill before it was highlighted: `none` when it had no fill at all. */
type SavedFill = { color: string } | { none: true };

interface Write extends CellLocation {
  value?: CellValue;
  formula?: string;
}

/** An edited cell: its binding, what the edit left in it and what it held before, both in R1C1 form. */
interface Anchor {
  id: string;
  after: unknown;
  before: unknown;
}

export interface ExcelHostOptions {
  /** Cells a read may load at most (MAX_READ_CELLS). */
  maxReadCells?: number;
}

let recordCounter = 0;
let markCounter = 0;

export class ExcelHost implements WorkbookHost {
  readonly kind = 'excel';
  private readonly ownWrites = new Map<string, number>();
  private readonly anchors = new Map<string, Anchor[]>();
  /** Undo journals do not outlive the pane: edit bindings of other sessions are removed at the first edit. */
  private readonly session = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  private staleAnchorsRemoved = false;
  private readonly selectionListeners = new Set<(selection: SelectionInfo) => void>();
  private stopSelectionSource?: () => void;
  private paneVisible = true;
  private selectionRead?: Promise<void>;
  private fileSettingsRead?: Promise<Map<string, unknown>>;
  private selectionAgain = false;

  constructor(
    private readonly env: ExcelEnv = officeEnv(),
    private readonly options: ExcelHostOptions = {},
  ) {}

  async readGrid(options: ReadOptions = {}): Promise<Grid> {
    options.signal?.throwIfAborted();
    try {
      return await this.env.run((context) => readGridIn(context, this.env, options, this.options.maxReadCells ?? MAX_READ_CELLS));
    } catch (error) {
      throw toHostError(error, '读取工作簿');
    }
  }

  async applyEdits(edits: CellEdit[], label: string): Promise<EditRecord> {
    recordCounter += 1;
    const id = `excel-edit-${Date.now()}-${recordCounter}`;
    const writes = edits.map((edit) => ({ sheet: edit.sheet, cell: edit.cell, ...(edit.formula !== undefined ? { formula: edit.formula } : { value: edit.value ?? null }) }));
    const { previous, anchors } = await this.write(writes, '修改单元格', `${EDIT_ANCHOR}${this.session}.${recordCounter}.`);
    this.anchors.set(id, anchors);
    return { id, label, edits, previous, appliedAt: Date.now() };
  }

  async revert(record: EditRecord): Promise<RevertOutcome> {
    const anchors = this.anchors.get(record.id);
    const action = `撤销“${record.label}”`;
    if (!anchors) throw new ExcelHostError(`${action}失败：这项修改不是在本次打开的任务窗格中执行的，无法撤销。`);
    const outcome = await this.run(action, async (context) => {
      const ranges = await resolveBindings(
        context,
        anchors.map((anchor) => anchor.id),
        'address,formulasR1C1,numberFormat',
      );
      const kept: RevertOutcome['kept'] = [];
      const restore: Array<{ range: Excel.Range; anchor: Anchor; location: CellLocation }> = [];
      anchors.forEach((anchor, index) => {
        const range = ranges.get(anchor.id);
        const edit = record.edits[index];
        const location = range && splitAddress(range.address);
        if (!range || !location) kept.push({ sheet: edit.sheet, cell: edit.cell, reason: KEPT_REASON.deleted });
        else if (range.formulasR1C1[0]?.[0] !== anchor.after) kept.push({ sheet: location.sheet, cell: location.range, reason: KEPT_REASON.changed });
        else restore.push({ range, anchor, location: { sheet: location.sheet, cell: location.range } });
      });
      // Restore in reverse, so a cell written twice ends with what it held first.
      const changes = restore.reverse().map(({ range, anchor, location }) => ({ range, location, content: anchor.before, now: anchor.after }));
      // The bindings go after the writes that find the cells through them.
      await this.commit(context, changes, action, () => anchors.forEach((anchor) => ranges.get(anchor.id) && context.workbook.bindings.getItem(anchor.id).delete()));
      return { restored: restore.length, kept };
    });
    this.anchors.delete(record.id);
    return outcome;
  }

  async selectCell(location: CellLocation): Promise<void> {
    await this.run('定位单元格', async (context) => {
      const sheet = context.workbook.worksheets.getItem(location.sheet);
      sheet.activate();
      sheet.getRange(location.cell).select();
      await context.sync();
    });
  }

  /** The selection's address and the value of its first cell: one cell whatever was selected. */
  async getSelection(): Promise<SelectionInfo | undefined> {
    return this.run('读取选中的单元格', async (context) => {
      const range = context.workbook.getSelectedRange().load('address');
      const first = range.getCell(0, 0).load('values');
      await context.sync();
      const split = splitAddress(range.address);
      return split ? { sheet: split.sheet, cell: split.range, value: officeValue(first.values[0]?.[0]) } : undefined;
    });
  }

  /** The selection cut to its non-empty block, so selecting whole columns reads only their values. */
  async getSelectedRange(): Promise<SelectedRange | undefined> {
    return this.run('读取选中的区域', async (context) => {
      const selected = context.workbook.getSelectedRange().load('address');
      const used = selected.getUsedRangeOrNullObject(true).load('address,rowCount,columnCount');
      await context.sync();
      const where = splitAddress(selected.address);
      if (!where) return undefined;
      if (used.isNullObject) return { sheet: where.sheet, cell: where.range, values: [] };
      const cells = used.rowCount * used.columnCount;
      if (cells > MAX_SELECTED_CELLS) {
        throw new ExcelHostError(`读取选中的区域失败：选中的区域中有约 ${cells} 个单元格的内容，超过 ${MAX_SELECTED_CELLS} 个。请只选中目录所在的区域后再试。`);
      }
      const block = splitAddress(used.address) ?? where;
      const values = context.workbook.worksheets.getItem(block.sheet).getRange(block.range).load('values');
      await context.sync();
      return { sheet: block.sheet, cell: block.range, values: values.values.map((row) => row.map(officeValue)) };
    });
  }

  async highlight(cells: Highlight[]): Promise<void> {
    const saved = this.savedFills();
    const targets = new Map(
      cells.flatMap((highlight) => expandCells(highlight).map((cell) => ({ sheet: highlight.sheet, cell, severity: highlight.severity }))).map((target) => [cellKey(target), target]),
    );
    const withPattern = this.env.supports('1.9');
    await this.run('标记单元格', async (context) => {
      const marked = await resolveBindings(context, Object.keys(saved), 'address');
      const already = new Set([...marked.values()].flatMap((range) => (range ? [addressKey(range.address)] : [])));
      const range = (target: CellLocation) => context.workbook.worksheets.getItem(target.sheet).getRange(target.cell);
      const fresh = [...targets.values()]
        .filter((target) => !already.has(cellKey(target)))
        .map((target) => ({ target, fill: range(target).format.fill.load(withPattern ? 'color,pattern' : 'color') }));
      await context.sync();
      fresh.forEach(({ target, fill }) => {
        // Before ExcelApi 1.9 there is no pattern: white is taken for "no fill".
        const none = withPattern ? fill.pattern === 'None' : /^#FFFFFF$/i.test(fill.color);
        markCounter += 1;
        const id = `${HIGHLIGHT_ANCHOR}${this.session}.${markCounter}`;
        saved[id] = none ? { none: true } : { color: fill.color };
        context.workbook.bindings.add(range(target), RANGE_BINDING, id);
      });
      for (const target of targets.values()) range(target).format.fill.color = HIGHLIGHT_COLORS[target.severity];
      await context.sync();
    });
    await this.setSetting(HIGHLIGHT_FILLS_SETTING, saved);
  }

  async clearHighlights(): Promise<void> {
    const saved = this.savedFills();
    const ids = Object.keys(saved);
    if (!ids.length) return;
    await this.run('清除标记', async (context) => {
      const ranges = await resolveBindings(context, ids, 'address');
      for (const [id, range] of ranges) {
        if (!range) continue;
        const fill = saved[id];
        if ('none' in fill) range.format.fill.clear();
        else range.format.fill.color = fill.color;
        context.workbook.bindings.getItem(id).delete();
      }
      await context.sync();
    });
    await this.setSetting(HIGHLIGHT_FILLS_SETTING, {});
  }

  /** The add-in's own settings first; a key it has not saved here yet is looked up in the file's settings part. */
  async getSetting<T>(key: string): Promise<T | undefined> {
    const value = this.env.settings.get(key) as T | null | undefined;
    if (value !== null && value !== undefined) return value;
    return (await this.fileSettings()).get(key) as T | undefined;
  }

  async setSetting<T>(key: string, value: T): Promise<void> {
    this.env.settings.set(key, value);
    await new Promise<void>((resolve, reject) =>
      this.env.settings.saveAsync((result) =>
        result.status === Office.AsyncResultStatus.Failed ? reject(new ExcelHostError(`保存设置失败：${result.error?.message ?? '未知原因'}。请确认工作簿可编辑后再试。`)) : resolve(),
      ),
    );
  }

  /**
   * Excel is asked for selection events only while a listener exists and reads nothing while the pane
   * is hidden; bursts of events lead to one read at a time, the last selection always read.
   */
  onSelectionChanged(handler: (selection: SelectionInfo) => void): () => void {
    this.selectionListeners.add(handler);
    if (this.selectionListeners.size === 1) this.startSelectionSource();
    return () => {
      if (!this.selectionListeners.delete(handler) || this.selectionListeners.size) return;
      this.stopSelectionSource?.();
      this.stopSelectionSource = undefined;
    };
  }

  onCellsChanged(handler: () => void): (() => void) | undefined {
    if (!this.env.supports('1.9')) return undefined;
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
        // Quoted cell text such as "=HYPERLINK(…)" or "@SUM(…)" stays text.
        sheet.getRange(`A1:${toA1(rows.length - 1, width - 1)}`).values = rows.map((row) => Array.from({ length: width }, (_, col) => typedValue(row.values[col] ?? '')));
        sheet.getRange(`A1:${toA1(0, width - 1)}`).format.font.bold = true;
      }
      rows.forEach((row, index) => {
        if (!row.link) return;
        const target = `${quoteSheet(row.link.sheet)}!${row.link.cell}`;
        const text = row.values[0] ?? target;
        const cell = sheet.getRange(toA1(index, 0));
        if (this.env.supports('1.7')) cell.hyperlink = { documentReference: target, textToDisplay: text };
        else cell.formulas = [[`=HYPERLINK("#${target.replace(/"/g, '""')}","${text.replace(/"/g, '""')}")`]];
      });
      sheet.getRange(`A1:${toA1(0, width - 1)}`).format.autofitColumns();
      sheet.activate();
      await context.sync();
      return name;
    });
  }

  /**
   * One read of what the cells hold (which also fails, changing nothing, on a missing sheet, a
   * protected sheet or cell-edit mode), then all writes, their bindings and a read of what Excel made
   * of them in one sync.
   */
  private async write(writes: Write[], action: string, anchorPrefix: string): Promise<{ previous: CellSnapshot[]; anchors: Anchor[] }> {
    for (const write of writes) {
      const at = parseA1(write.cell);
      if (!at || !isOnSheet(at)) throw new ExcelHostError(`${action}失败：单元格地址“${write.cell}”无效或超出工作表范围（最大为 XFD1048576），修改未执行。`);
    }
    return this.run(action, async (context) => {
      const sheets = context.workbook.worksheets;
      const names = [...new Set(writes.map((write) => write.sheet))];
      const protections = names.map((name) => ({ name, protection: sheets.getItem(name).protection.load('protected') }));
      const range = (location: CellLocation) => sheets.getItem(location.sheet).getRange(location.cell);
      const before = writes.map((write) => range(write).load('values,formulas,formulasR1C1,numberFormat'));
      const stale = this.staleAnchorsRemoved ? undefined : context.workbook.bindings.load('items/id');
      await context.sync();
      const locked = protections.filter(({ protection }) => protection.protected).map(({ name }) => name);
      if (locked.length) {
        throw new ExcelHostError(`${action}失败：工作表“${locked.join('”“')}”受保护，修改未执行。请在“审阅 › 撤消工作表保护”后再试。`, 'AccessDenied');
      }
      for (const binding of stale?.items ?? []) if (binding.id.startsWith(EDIT_ANCHOR) && !binding.id.startsWith(`${EDIT_ANCHOR}${this.session}.`)) binding.delete();
      this.staleAnchorsRemoved = true;
      const previous = writes.map((write, index) => snapshot(write, before[index]));
      const changes = writes.map((write, index) => ({
        range: range(write),
        location: write,
        content: write.formula ?? typedValue(write.value ?? '', before[index].numberFormat[0]?.[0]),
        formulaA1: write.formula !== undefined,
        now: before[index].formulasR1C1[0]?.[0],
      }));
      writes.forEach((write, index) => context.workbook.bindings.add(range(write), RANGE_BINDING, `${anchorPrefix}${index}`));
      const after = await this.commit(context, changes, action, () => writes.map((write) => range(write).load('formulasR1C1')));
      return {
        previous,
        anchors: writes.map((_, index) => ({ id: `${anchorPrefix}${index}`, after: after[index].formulasR1C1[0]?.[0], before: restoringContent(before[index]) })),
      };
    });
  }

  /**
   * Writes each change, queues `thenLoad` (reads of what Excel made of the writes) and syncs. If Excel
   * rejects the batch part-way, every cell is set back to what it held (`now`); if that fails too, the
   * error names the cells that may be half-changed.
   */
  private async commit<T>(
    context: Excel.RequestContext,
    changes: Array<{ range: Excel.Range; location: CellLocation; content: unknown; now: unknown; formulaA1?: boolean }>,
    action: string,
    thenLoad: () => T = () => undefined as T,
  ): Promise<T> {
    this.markOwnWrites(changes.map((change) => change.location));
    for (const change of changes) setContent(change.range, change.content, change.formulaA1);
    const loaded = thenLoad();
    try {
      await context.sync();
      return loaded;
    } catch (error) {
      const failure = toHostError(error, action);
      for (const change of changes) setContent(change.range, change.now);
      try {
        await context.sync();
      } catch (rollback) {
        const cells = changes.map(({ location }) => `${location.sheet}!${location.cell}`).join('、');
        throw new ExcelHostError(
          `${failure.message.replace(/。?$/, '。')}恢复原值时也出错（${toHostError(rollback, '恢复').message.replace(/^恢复失败：/, '')}），以下单元格可能已被部分修改：${cells}。请逐一检查这些单元格。`,
          failure.code,
        );
      }
      throw failure;
    }
  }

  private async run<T>(action: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.env.run(batch);
    } catch (error) {
      throw toHostError(error, action);
    }
  }

  /**
   * Settings the browser page or the command line saved in the workbook file: its custom XML part in
   * SETTINGS_NAMESPACE (ignores with their reasons, catalogs, template). Read once, in two syncs, where
   * ExcelApi 1.5 offers custom XML parts; earlier Excel sees only the add-in's own settings. A part that
   * cannot be read is treated as absent: the pane works on without it.
   */
  private fileSettings(): Promise<Map<string, unknown>> {
    if (!this.env.supports('1.5')) return Promise.resolve(new Map());
    this.fileSettingsRead ??= this.run('读取工作簿设置', async (context) => {
      const parts = context.workbook.customXmlParts.getByNamespace(SETTINGS_NAMESPACE);
      parts.load('items/id');
      await context.sync();
      if (!parts.items.length) return new Map<string, unknown>();
      const xml = parts.items[0].getXml();
      await context.sync();
      return parseSettingsXml(xml.value);
    }).catch(() => new Map<string, unknown>());
    return this.fileSettingsRead;
  }

  private savedFills(): Record<string, SavedFill> {
    const saved = (this.env.settings.get(HIGHLIGHT_FILLS_SETTING) as Record<string, SavedFill> | null) ?? {};
    // Fills saved by versions that keyed them by address cannot be placed again after rows moved: dropped.
    return Object.fromEntries(Object.entries(saved).filter(([id]) => id.startsWith(HIGHLIGHT_ANCHOR)));
  }

  private startSelectionSource(): void {
    const notify = () => this.readSelectionForListeners();
    const stopEvents = this.env.supports('1.9') ? this.subscribe((context) => context.workbook.worksheets.onSelectionChanged.add(async () => notify())) : this.subscribeDocument(notify);
    const stopVisibility = this.env.onPaneVisibility?.((visible) => {
      this.paneVisible = visible;
      if (visible) notify();
    });
    this.stopSelectionSource = () => {
      stopEvents();
      stopVisibility?.();
    };
  }

  private readSelectionForListeners(): void {
    if (!this.paneVisible || !this.selectionListeners.size) return;
    if (this.selectionRead) {
      this.selectionAgain = true;
      return;
    }
    this.selectionRead = this.getSelection()
      .then(
        (selection) => {
          if (selection) for (const listener of this.selectionListeners) listener(selection);
        },
        () => undefined,
      )
      .finally(() => {
        this.selectionRead = undefined;
        if (this.selectionAgain) {
          this.selectionAgain = false;
          this.readSelectionForListeners();
        }
      });
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

  private markOwnWrites(locations: CellLocation[]): void {
    const until = Date.now() + OWN_WRITE_WINDOW_MS;
    for (const location of locations) this.ownWrites.set(location.cell.toUpperCase(), until);
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

/**
 * The current ranges of bindings, in one sync; if that fails (a binding whose cells were deleted),
 * each binding on its own, so the broken ones come back as undefined.
 */
async function resolveBindings(context: Excel.RequestContext, ids: string[], properties: string): Promise<Map<string, Excel.Range | undefined>> {
  if (!ids.length) return new Map();
  const load = (id: string) => context.workbook.bindings.getItem(id).getRange().load(properties);
  const all = ids.map(load);
  try {
    await context.sync();
    return new Map(ids.map((id, index) => [id, all[index]]));
  } catch {
    const found = new Map<string, Excel.Range | undefined>();
    for (const id of ids) {
      const range = load(id);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- after a failed batch, one sync per binding tells which are gone.
      const resolved = await context.sync().then(
        () => range,
        () => undefined,
      );
      found.set(id, resolved);
    }
    return found;
  }
}

/** A cell's content as written back: a formula in R1C1 (valid wherever the cell moved), or its value as text-safe input. */
function restoringContent(range: Excel.Range): unknown {
  const r1c1 = range.formulasR1C1[0]?.[0];
  if (typeof r1c1 === 'string' && r1c1.startsWith('=')) return r1c1;
  return typedValue(officeValue(range.values[0]?.[0]) ?? '', range.numberFormat[0]?.[0]);
}

/** Office.js reads null in `values` as "leave unchanged"; "" empties the cell. A1 formulas only for new edits. */
function setContent(range: Excel.Range, content: unknown, formulaA1 = false): void {
  if (typeof content === 'string' && content.startsWith('=')) {
    if (formulaA1) range.formulas = [[content]];
    else range.formulasR1C1 = [[content]];
  } else range.values = [[(content ?? '') as CellValue]];
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

function cellKey(location: CellLocation): string {
  return `${location.sheet}\u0000${location.cell}`;
}

function addressKey(address: string): string {
  const split = splitAddress(address);
  return split ? cellKey({ sheet: split.sheet, cell: split.range }) : address;
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function freeSheetName(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base} (${n})`)) return `${base} (${n})`;
}
