/**
 * An Excel for ExcelHost tests, written from the Office.js reference and the debug build of office.js
 * rather than from the adapter's assumptions:
 * - a property read before load() + sync() throws PropertyNotLoaded; load() loads only what it names
 *   (no argument: every scalar property); a null object's properties read as undefined;
 * - every member above ExcelApi 1.1 throws ApiNotFound below its requirement set (table read from the
 *   debug build, see api-sets.ts); loading such a property fails the sync;
 * - requests run at sync() in the order they were queued; when one fails the sync rejects, the requests
 *   before it stay applied (as in Excel), the rest are dropped and none of the batch's loads resolve;
 * - written strings are parsed as typed text (excel-input.ts); Range.text is the formatted text;
 *   getUsedRange(valuesOnly) ignores format-only cells only when asked;
 * - a response over the payload limit (5 MB, Excel on the web) fails with ResponsePayloadSizeLimitExceeded;
 * - bindings follow their cells when rows are inserted (insertRows), as Excel's range bindings do;
 * - custom XML parts (ExcelApi 1.5) are found by the namespace of their root element; a ClientResult's
 *   value read before its sync throws ValueNotLoaded.
 */
import { columnIndex, columnLetters, toA1 } from '../../../core/grid';
import type { ExcelEnv } from '../env';
import { apiSetTable, latestVersion, versionKey } from './api-sets';
import { enter, EXCEL_ERRORS, formatValue, fromR1C1, shiftRows, toR1C1 } from './excel-input';

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
/** Excel on the web refuses requests and responses over 5 MB. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface FakeCell {
  /** The cell's value; an Excel error is its text ("#REF!") with `error: true`; '' with a fill = format only. */
  value: string | number | boolean;
  formula?: string;
  format?: string;
  fill?: string;
  error?: boolean;
  /** Text entered with a leading apostrophe (Excel's prefix character). */
  prefixed?: boolean;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  merges?: string[];
  protected?: boolean;
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  hiddenRows?: number[];
  hiddenColumns?: number[];
}

export interface FakeExcelOptions {
  /** ExcelApi requirement set of the simulated Excel: "1.4", "1.9", … or "latest" (default). */
  level?: string;
  /** Largest response of one sync, in characters of JSON. */
  payloadLimit?: number;
  workbookName?: string;
}

interface Area {
  sheet: FakeSheet;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

type ChangeEvent = { address: string; worksheetId: string; source: string; triggerSource?: string; changeType: string };

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message = code,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

/** One queued request; `deliver` runs only when the whole sync succeeds. `write`: it changes cell contents or formats. */
interface Request {
  run(): { deliver?: () => void; size?: number; cells?: number } | void;
  write?: boolean;
}

export class FakeExcel {
  /** Number of context.sync() calls. */
  syncs = 0;
  /** Largest number of cells whose values were loaded in one sync. */
  maxCellsPerSync = 0;
  /** Cells whose values were loaded, over all syncs. */
  loadedCells = 0;
  readonly settings = new Map<string, unknown>();
  selection: { sheet: string; address: string };
  readonly level: string;
  readonly payloadLimit: number;
  readonly bindings = new Map<string, { sheet: FakeSheet; area: Omit<Area, 'sheet'> } | { invalid: true }>();
  /** The workbook's custom XML parts (the file's customXml/item*.xml), as Excel lists them. */
  readonly customXmlParts: Array<{ id: string; xml: string }> = [];
  /** Selection handlers registered through the common API (DocumentSelectionChanged). */
  readonly documentHandlers: Array<() => void> = [];
  readonly selectionHandlers = new Set<() => Promise<unknown>>();
  readonly changeHandlers = new Set<(event: ChangeEvent) => Promise<unknown>>();
  private failures: Array<{ code: string; afterWrites: number }> = [];
  private queue: Request[] = [];
  readonly workbookName: string;

  constructor(
    public sheets: FakeSheet[],
    options: FakeExcelOptions = {},
  ) {
    this.level = !options.level || options.level === 'latest' ? latestVersion() : options.level;
    this.payloadLimit = options.payloadLimit ?? WEB_PAYLOAD_LIMIT;
    this.workbookName = options.workbookName ?? '测试工作簿.xlsx';
    this.selection = { sheet: sheets[0]?.name ?? '', address: 'A1' };
  }

  supports(version: string): boolean {
    return versionKey(version) <= versionKey(this.level);
  }

  env(): ExcelEnv {
    return {
      run: async (batch) => batch(new FakeContext(this) as unknown as Excel.RequestContext),
      supports: (version) => this.supports(version),
      settings: {
        get: (key: string) => this.settings.get(key) ?? null,
        set: (key: string, value: unknown) => void this.settings.set(key, structuredClone(value)),
        remove: (key: string) => void this.settings.delete(key),
        saveAsync: (callback?: (result: Office.AsyncResult<void>) => void) => callback?.({ status: 'succeeded' } as unknown as Office.AsyncResult<void>),
      } as unknown as ExcelEnv['settings'],
      document: {
        addHandlerAsync: (_type: unknown, handler: () => void) => void this.documentHandlers.push(handler),
        removeHandlerAsync: (_type: unknown, options: { handler: () => void }) => {
          const index = this.documentHandlers.indexOf(options.handler);
          if (index >= 0) this.documentHandlers.splice(index, 1);
        },
      } as unknown as ExcelEnv['document'],
      removeHandler: async (registration) => {
        (registration as unknown as { remove(): void }).remove();
        await this.sync();
      },
    };
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.name === name);
  }

  cell(sheet: string, address: string): FakeCell | undefined {
    return this.sheet(sheet)?.cells.get(address);
  }

  /** The next syncs that carry writes fail with `code` after `afterWrites` of their writes ran, once per call. */
  failWrites(code: string, afterWrites = 1): void {
    this.failures.push({ code, afterWrites });
  }

  /** The user selects a range: the selection events fire. */
  async select(sheet: string, address: string): Promise<void> {
    this.selection = { sheet, address };
    for (const handler of this.documentHandlers) handler();
    await Promise.all([...this.selectionHandlers].map((handler) => handler()));
  }

  /** The user types into a cell: the value is entered as typed and onChanged fires. */
  async userEdit(sheet: string, address: string, input: string): Promise<void> {
    const target = this.requireSheet(sheet);
    writeEntered(target, address, input);
    const event = { address, worksheetId: sheet, source: 'Local', triggerSource: 'Unknown', changeType: 'RangeEdited' };
    await Promise.all([...this.changeHandlers].map((handler) => handler(event)));
  }

  /** The user inserts `count` rows before 0-based row `at`: cells, merges, hidden rows and bindings move down. */
  insertRows(sheetName: string, at: number, count: number): void {
    const sheet = this.requireSheet(sheetName);
    const moved = new Map<string, FakeCell>();
    for (const [a1, cell] of sheet.cells) {
      const { row, col } = parseCell(a1);
      moved.set(row >= at ? toA1(row + count, col) : a1, cell.formula ? { ...cell, formula: shiftRows(cell.formula, at, count) } : cell);
    }
    sheet.cells = moved;
    sheet.hiddenRows = sheet.hiddenRows?.map((row) => (row >= at ? row + count : row));
    sheet.merges = sheet.merges?.map((merge) => {
      const area = parseAddress(sheet, merge);
      return area ? areaA1({ ...area, top: area.top >= at ? area.top + count : area.top, bottom: area.bottom >= at ? area.bottom + count : area.bottom }) : merge;
    });
    for (const binding of this.bindings.values()) {
      if ('invalid' in binding || binding.sheet !== sheet) continue;
      if (binding.area.top >= at) binding.area.top += count;
      if (binding.area.bottom >= at) binding.area.bottom += count;
    }
  }

  requireSheet(name: string): FakeSheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new OfficeError('ItemNotFound');
    return sheet;
  }

  /** ApiNotFound, as office.js throws it when the member's requirement set is missing. */
  checkApi(member: string): void {
    const needed = apiSetTable().get(member);
    if (needed !== undefined && needed > versionKey(this.level)) {
      throw new OfficeError('ApiNotFound', `The method or property ${member} is not available in ExcelApi ${this.level}.`);
    }
  }

  enqueue(request: Request): void {
    this.queue.push(request);
  }

  async sync(): Promise<void> {
    this.syncs += 1;
    const requests = this.queue;
    this.queue = [];
    const deliveries: Array<() => void> = [];
    let size = 0;
    let cells = 0;
    let writes = 0;
    const failure = requests.some((request) => request.write) ? this.failures.shift() : undefined;
    await Promise.resolve();
    for (const request of requests) {
      if (request.write && failure && writes >= failure.afterWrites) throw new OfficeError(failure.code);
      const result = request.run();
      if (request.write) writes += 1;
      if (result?.deliver) deliveries.push(result.deliver);
      size += result?.size ?? 0;
      cells += result?.cells ?? 0;
    }
    if (failure) throw new OfficeError(failure.code);
    if (size > this.payloadLimit) throw new OfficeError('ResponsePayloadSizeLimitExceeded');
    this.maxCellsPerSync = Math.max(this.maxCellsPerSync, cells);
    this.loadedCells += cells;
    for (const deliver of deliveries) deliver();
  }
}

/** A proxy object: loads, property reads and writes behave as office.js client objects do. */
abstract class ClientObject {
  protected readonly loaded = new Map<string, unknown>();
  private isNull = false;
  protected abstract readonly typeName: string;
  /** Scalar properties, loaded by load() without arguments. */
  protected abstract readonly scalars: string[];

  constructor(protected readonly excel: FakeExcel) {}

  load(option?: string | string[] | { select?: string | string[] }): this {
    const names = loadNames(option) ?? this.scalars.filter((name) => this.supported(name));
    const scalars: string[] = [];
    for (const name of names) {
      const [head, ...rest] = name.split('/');
      if (rest.length) this.navigate(head).load(rest.join('/'));
      else scalars.push(head);
    }
    if (scalars.length) {
      this.excel.enqueue({
        run: () => {
          for (const name of scalars) {
            if (!this.scalars.includes(name) && name !== 'isNullObject') throw new OfficeError('InvalidArgument', `Unknown property ${this.typeName}.${name}`);
            if (!this.supported(name)) throw new OfficeError('ApiNotFound', `${this.typeName}.${name} needs a later ExcelApi`);
          }
          const isNull = this.resolvesToNull();
          const values = scalars.map((name) => (name === 'isNullObject' ? isNull : isNull ? undefined : this.read(name)));
          return {
            deliver: () => {
              // Any load of an …OrNullObject tells whether it is null.
              this.isNull = isNull;
              this.loaded.set('isNullObject', isNull);
              scalars.forEach((name, index) => this.loaded.set(name, values[index]));
            },
            size: JSON.stringify(values).length,
            cells: scalars.includes('values') && !isNull ? this.cellCount() : 0,
          };
        },
      });
    }
    return this;
  }

  get isNullObject(): boolean {
    return this.get('isNullObject');
  }

  protected supported(name: string): boolean {
    const needed = apiSetTable().get(`${this.typeName}.${name}`);
    return needed === undefined || needed <= versionKey(this.excel.level);
  }

  protected get<T>(name: string): T {
    if (!this.loaded.has(name) && !this.isNull) {
      throw new OfficeError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    this.excel.checkApi(`${this.typeName}.${name}`);
    return this.loaded.get(name) as T;
  }

  protected set(name: string, value: unknown): void {
    this.excel.checkApi(`${this.typeName}.${name}`);
    this.loaded.set(name, value);
    this.excel.enqueue({ write: true, run: () => this.write(name, value) });
  }

  protected resolvesToNull(): boolean {
    return false;
  }

  protected cellCount(): number {
    return 0;
  }

  protected navigate(name: string): ClientObject {
    throw new OfficeError('InvalidArgument', `${this.typeName} has no navigation property ${name}`);
  }

  protected abstract read(name: string): unknown;

  protected write(name: string, _value: unknown): void {
    throw new OfficeError('InvalidArgument', `${this.typeName}.${name} is read-only`);
  }
}

function loadNames(option?: string | string[] | { select?: string | string[] }): string[] | undefined {
  const raw = typeof option === 'object' && !Array.isArray(option) ? option.select : option;
  if (raw === undefined) return undefined;
  return (Array.isArray(raw) ? raw : raw.split(',')).map((name) => name.trim()).filter(Boolean);
}

class FakeContext {
  readonly workbook: FakeWorkbook;
  constructor(private readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(excel);
  }
  sync(): Promise<void> {
    return this.excel.sync();
  }
}

class FakeWorkbook extends ClientObject {
  protected readonly typeName = 'Workbook';
  protected readonly scalars = ['name'];
  readonly worksheets: FakeWorksheetCollection;
  readonly bindings: FakeBindingCollection;

  constructor(excel: FakeExcel) {
    super(excel);
    this.worksheets = new FakeWorksheetCollection(excel);
    this.bindings = new FakeBindingCollection(excel);
  }

  get customXmlParts(): FakeCustomXmlPartCollection {
    this.excel.checkApi('Workbook.customXmlParts');
    return new FakeCustomXmlPartCollection(this.excel);
  }

  get name(): string {
    return this.get('name');
  }

  getSelectedRange(): FakeRange {
    return new FakeRange(this.excel, () => {
      const sheet = this.excel.requireSheet(this.excel.selection.sheet);
      return requireArea(sheet, this.excel.selection.address);
    });
  }

  protected read(): unknown {
    return this.excel.workbookName;
  }
}

class FakeWorksheetCollection extends ClientObject {
  protected readonly typeName = 'WorksheetCollection';
  protected readonly scalars: string[] = [];
  private itemsLoaded?: FakeWorksheet[];

  get items(): FakeWorksheet[] {
    if (!this.itemsLoaded) throw new OfficeError('PropertyNotLoaded', "The property 'items' is not available.");
    return this.itemsLoaded;
  }

  override load(option?: string | string[] | { select?: string | string[] }): this {
    const names = (loadNames(option) ?? ['name']).map((name) => name.replace(/^items\//, ''));
    const items = this.excel.sheets.map((sheet) => new FakeWorksheet(this.excel, () => sheet));
    for (const item of items) item.load(names);
    this.excel.enqueue({ run: () => ({ deliver: () => void (this.itemsLoaded = items) }) });
    return this;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.excel, () => this.excel.requireSheet(name));
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    this.excel.checkApi('WorksheetCollection.getItemOrNullObject');
    return new FakeWorksheet(this.excel, () => this.excel.sheet(name) ?? null);
  }

  add(name: string): FakeWorksheet {
    const sheet: FakeSheet = { name, cells: new Map() };
    this.excel.enqueue({
      write: true,
      run: () => {
        if (this.excel.sheet(name)) throw new OfficeError('ItemAlreadyExists');
        this.excel.sheets.push(sheet);
      },
    });
    return new FakeWorksheet(this.excel, () => sheet);
  }

  get onSelectionChanged() {
    this.excel.checkApi('WorksheetCollection.onSelectionChanged');
    return eventSource(this.excel, this.excel.selectionHandlers);
  }

  get onChanged() {
    this.excel.checkApi('WorksheetCollection.onChanged');
    return eventSource(this.excel, this.excel.changeHandlers);
  }

  protected read(): unknown {
    return undefined;
  }
}

function eventSource<H>(excel: FakeExcel, handlers: Set<H>) {
  return {
    add(handler: H) {
      excel.enqueue({ run: () => void handlers.add(handler) });
      return {
        remove: () => excel.enqueue({ run: () => void handlers.delete(handler) }),
      };
    },
  };
}

class FakeWorksheet extends ClientObject {
  protected readonly typeName = 'Worksheet';
  protected readonly scalars = ['name', 'visibility', 'position', 'id'];

  constructor(
    excel: FakeExcel,
    private readonly resolve: () => FakeSheet | null,
  ) {
    super(excel);
  }

  get name(): string {
    return this.get('name');
  }

  get visibility(): string {
    return this.get('visibility');
  }

  get protection(): FakeProtection {
    this.excel.checkApi('Worksheet.protection');
    return new FakeProtection(this.excel, () => this.sheet());
  }

  activate(): void {
    this.excel.enqueue({
      run: () => {
        this.excel.selection = { sheet: this.sheet().name, address: 'A1' };
      },
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.excel, () => {
      const sheet = this.sheet();
      return address === undefined ? { sheet, top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } : requireArea(sheet, address);
    });
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.excel, () => {
      const area = usedArea(this.sheet(), Boolean(valuesOnly));
      if (!area) return { sheet: this.sheet(), top: 0, left: 0, bottom: 0, right: 0 };
      return area;
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.excel.checkApi('Worksheet.getUsedRangeOrNullObject');
    return new FakeRange(this.excel, () => usedArea(this.sheet(), Boolean(valuesOnly)) ?? null);
  }

  protected override resolvesToNull(): boolean {
    return this.resolve() === null;
  }

  private sheet(): FakeSheet {
    const sheet = this.resolve();
    if (!sheet) throw new OfficeError('ItemNotFound');
    return sheet;
  }

  protected read(name: string): unknown {
    const sheet = this.sheet();
    if (name === 'name' || name === 'id') return sheet.name;
    if (name === 'visibility') return sheet.visibility ?? 'Visible';
    return this.excel.sheets.indexOf(sheet);
  }
}

class FakeProtection extends ClientObject {
  protected readonly typeName = 'WorksheetProtection';
  protected readonly scalars = ['protected'];
  constructor(
    excel: FakeExcel,
    private readonly sheet: () => FakeSheet,
  ) {
    super(excel);
  }
  get protected(): boolean {
    return this.get('protected');
  }
  protected read(): unknown {
    return Boolean(this.sheet().protected);
  }
}

const RANGE_SCALARS = [
  'address',
  'addressLocal',
  'cellCount',
  'columnCount',
  'columnIndex',
  'rowCount',
  'rowIndex',
  'columnHidden',
  'rowHidden',
  'hidden',
  'formulas',
  'formulasR1C1',
  'numberFormat',
  'text',
  'values',
  'valueTypes',
  'hyperlink',
];

class FakeRange extends ClientObject {
  protected readonly typeName = 'Range';
  protected readonly scalars = RANGE_SCALARS;

  constructor(
    excel: FakeExcel,
    /** The cells at sync time; null for a null object. */
    readonly resolve: () => Area | null,
  ) {
    super(excel);
  }

  get address(): string {
    return this.get('address');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get rowHidden(): boolean | null {
    return this.get('rowHidden');
  }
  get columnHidden(): boolean | null {
    return this.get('columnHidden');
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  set values(values: unknown[][]) {
    this.set('values', values);
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  set formulas(formulas: unknown[][]) {
    this.set('formulas', formulas);
  }
  get formulasR1C1(): unknown[][] {
    return this.get('formulasR1C1');
  }
  set formulasR1C1(formulas: unknown[][]) {
    this.set('formulasR1C1', formulas);
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  set numberFormat(formats: unknown[][]) {
    this.set('numberFormat', formats);
  }
  get text(): string[][] {
    return this.get('text');
  }
  get valueTypes(): string[][] {
    return this.get('valueTypes');
  }
  get hyperlink(): unknown {
    return this.get('hyperlink');
  }
  set hyperlink(link: unknown) {
    this.set('hyperlink', link);
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.excel, this);
  }

  area(): Area {
    const area = this.resolve();
    if (!area) throw new OfficeError('InvalidReference', 'The range is a null object');
    return area;
  }

  select(): void {
    this.excel.enqueue({
      run: () => {
        const area = this.area();
        this.excel.selection = { sheet: area.sheet.name, address: areaA1(area) };
      },
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived((area) => ({ ...area, top: area.top + row, left: area.left + column, bottom: area.top + row, right: area.left + column }));
  }

  getRow(row: number): FakeRange {
    return this.derived((area) => ({ ...area, top: area.top + row, bottom: area.top + row }));
  }

  getColumn(column: number): FakeRange {
    return this.derived((area) => ({ ...area, left: area.left + column, right: area.left + column }));
  }

  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    this.excel.checkApi('Range.getIntersectionOrNullObject');
    return new FakeRange(this.excel, () => {
      const area = this.resolve();
      const with_ = typeof other === 'string' ? area && requireArea(area.sheet, other) : other.resolve();
      if (!area || !with_) return null;
      const cut = {
        sheet: area.sheet,
        top: Math.max(area.top, with_.top),
        left: Math.max(area.left, with_.left),
        bottom: Math.min(area.bottom, with_.bottom),
        right: Math.min(area.right, with_.right),
      };
      return cut.top > cut.bottom || cut.left > cut.right ? null : cut;
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.excel.checkApi('Range.getUsedRangeOrNullObject');
    return new FakeRange(this.excel, () => {
      const area = this.resolve();
      const used = area && usedArea(area.sheet, Boolean(valuesOnly), area);
      return used ?? null;
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.excel.checkApi('Range.getMergedAreasOrNullObject');
    return new FakeRangeAreas(this.excel, () => {
      const area = this.area();
      const merges = (area.sheet.merges ?? []).map((merge) => requireArea(area.sheet, merge)).filter((merge) => overlaps(merge, area));
      // Excel refuses to list the merged areas of a range with more than 512 of them.
      if (merges.length > 512) throw new OfficeError('GeneralException');
      return merges.length ? merges : null;
    });
  }

  protected override resolvesToNull(): boolean {
    return this.resolve() === null;
  }

  protected override cellCount(): number {
    const area = this.area();
    return (area.bottom - area.top + 1) * (area.right - area.left + 1);
  }

  protected read(name: string): unknown {
    const area = this.area();
    const { sheet } = area;
    const grid = (read: (cell: FakeCell | undefined) => unknown) => eachCell(area, (a1) => read(sheet.cells.get(a1)));
    switch (name) {
      case 'address':
      case 'addressLocal':
        return `${sheetPrefix(sheet.name)}!${areaA1(area)}`;
      case 'rowIndex':
        return area.top;
      case 'columnIndex':
        return area.left;
      case 'rowCount':
        return area.bottom - area.top + 1;
      case 'columnCount':
        return area.right - area.left + 1;
      case 'cellCount':
        return this.cellCount();
      case 'rowHidden':
        return allOrNone(area.top, area.bottom, sheet.hiddenRows);
      case 'columnHidden':
        return allOrNone(area.left, area.right, sheet.hiddenColumns);
      case 'hidden': {
        const rows = allOrNone(area.top, area.bottom, sheet.hiddenRows);
        const cols = allOrNone(area.left, area.right, sheet.hiddenColumns);
        return rows === true || cols === true ? true : rows === false && cols === false ? false : null;
      }
      case 'values':
        return grid((cell) => (isEmpty(cell) ? '' : cell!.value));
      case 'formulas':
        return grid((cell) => (isEmpty(cell) ? '' : (cell!.formula ?? cell!.value)));
      case 'formulasR1C1':
        return eachCell(area, (a1) => {
          const cell = sheet.cells.get(a1);
          if (isEmpty(cell)) return '';
          const { row, col } = parseCell(a1);
          return cell!.formula ? toR1C1(cell!.formula, row, col) : cell!.value;
        });
      case 'numberFormat':
        return grid((cell) => cell?.format ?? 'General');
      case 'text':
        return grid((cell) => (isEmpty(cell) ? '' : cell!.error ? String(cell!.value) : formatValue(cell!.value, cell!.format)));
      case 'valueTypes':
        return grid((cell) => (isEmpty(cell) ? 'Empty' : cell!.error ? 'Error' : typeof cell!.value === 'number' ? 'Double' : typeof cell!.value === 'boolean' ? 'Boolean' : 'String'));
      case 'hyperlink':
        return {};
      default:
        throw new OfficeError('InvalidArgument', `Range.${name}`);
    }
  }

  protected override write(name: string, value: unknown): void {
    const area = this.area();
    if (area.sheet.protected) throw new OfficeError('AccessDenied');
    if (name === 'hyperlink') {
      const link = value as { textToDisplay?: string; documentReference?: string };
      eachCell(area, (a1) => area.sheet.cells.set(a1, { ...area.sheet.cells.get(a1), value: link.textToDisplay ?? link.documentReference ?? '' }));
      return;
    }
    const rows = value as unknown[][];
    if (!Array.isArray(rows) || rows.length !== area.bottom - area.top + 1 || rows.some((row) => !Array.isArray(row) || row.length !== area.right - area.left + 1)) {
      throw new OfficeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`);
    }
    eachCell(area, (a1, r, c) => {
      const input = rows[r][c];
      if (input === null || input === undefined) return;
      if (name === 'numberFormat') {
        area.sheet.cells.set(a1, { value: '', ...area.sheet.cells.get(a1), format: String(input) });
        return;
      }
      if (typeof input === 'number' || typeof input === 'boolean') {
        area.sheet.cells.set(a1, { ...keepFormat(area.sheet.cells.get(a1)), value: input });
        return;
      }
      const text = String(input);
      if (name === 'formulasR1C1' && text.startsWith('=')) {
        const { row, col } = parseCell(a1);
        writeEntered(area.sheet, a1, fromR1C1(text, row, col));
      } else writeEntered(area.sheet, a1, text);
    });
  }

  private derived(change: (area: Area) => Area): FakeRange {
    return new FakeRange(this.excel, () => {
      const next = change(this.area());
      if (next.bottom >= MAX_ROWS || next.right >= MAX_COLUMNS || next.top < 0 || next.left < 0) throw new OfficeError('InvalidArgument');
      return next;
    });
  }
}

class FakeRangeAreas extends ClientObject {
  protected readonly typeName = 'RangeAreas';
  protected readonly scalars = ['address', 'areaCount'];
  constructor(
    excel: FakeExcel,
    private readonly resolve: () => Area[] | null,
  ) {
    super(excel);
  }
  get address(): string {
    return this.get('address');
  }
  protected override resolvesToNull(): boolean {
    return this.resolve() === null;
  }
  protected read(name: string): unknown {
    const areas = this.resolve() ?? [];
    return name === 'areaCount' ? areas.length : areas.map((area) => `${sheetPrefix(area.sheet.name)}!${areaA1(area)}`).join(',');
  }
}

class FakeRangeFormat extends ClientObject {
  protected readonly typeName = 'RangeFormat';
  protected readonly scalars = ['columnWidth', 'rowHeight', 'wrapText'];
  constructor(
    excel: FakeExcel,
    private readonly range: FakeRange,
  ) {
    super(excel);
  }
  get fill(): FakeRangeFill {
    return new FakeRangeFill(this.excel, this.range);
  }
  get font(): FakeRangeFont {
    return new FakeRangeFont(this.excel, this.range);
  }
  autofitColumns(): void {
    this.excel.checkApi('RangeFormat.autofitColumns');
    this.excel.enqueue({ run: () => void this.range.area() });
  }
  protected override navigate(name: string): ClientObject {
    if (name === 'fill') return this.fill;
    if (name === 'font') return this.font;
    return super.navigate(name);
  }
  protected read(): unknown {
    return null;
  }
}

class FakeRangeFill extends ClientObject {
  protected readonly typeName = 'RangeFill';
  protected readonly scalars = ['color', 'pattern', 'patternColor', 'patternTintAndShade', 'tintAndShade'];
  constructor(
    excel: FakeExcel,
    private readonly range: FakeRange,
  ) {
    super(excel);
  }
  get color(): string {
    return this.get('color');
  }
  set color(color: string) {
    this.set('color', color);
  }
  get pattern(): string {
    return this.get('pattern');
  }
  clear(): void {
    this.excel.enqueue({
      write: true,
      run: () => {
        const area = this.range.area();
        eachCell(area, (a1) => {
          const cell = area.sheet.cells.get(a1);
          if (!cell) return;
          const { fill: _fill, ...rest } = cell;
          if (isEmpty(rest as FakeCell) && !rest.format) area.sheet.cells.delete(a1);
          else area.sheet.cells.set(a1, rest as FakeCell);
        });
      },
    });
  }
  protected read(name: string): unknown {
    const area = this.range.area();
    const fills = new Set(eachCell(area, (a1) => area.sheet.cells.get(a1)?.fill).flat());
    const only = fills.size === 1 ? [...fills][0] : null;
    if (name === 'pattern') return only === null ? null : only ? 'Solid' : 'None';
    if (name === 'color') return only === null ? null : (only ?? '#FFFFFF');
    return null;
  }
  protected override write(name: string, value: unknown): void {
    const area = this.range.area();
    if (name !== 'color') super.write(name, value);
    eachCell(area, (a1) => area.sheet.cells.set(a1, { value: '', ...area.sheet.cells.get(a1), fill: String(value) }));
  }
}

class FakeRangeFont extends ClientObject {
  protected readonly typeName = 'RangeFont';
  protected readonly scalars = ['bold', 'color', 'italic', 'name', 'size'];
  constructor(
    excel: FakeExcel,
    private readonly range: FakeRange,
  ) {
    super(excel);
  }
  set bold(bold: boolean) {
    this.set('bold', bold);
  }
  protected read(): unknown {
    return false;
  }
  protected override write(): void {
    this.range.area();
  }
}

class FakeBindingCollection extends ClientObject {
  protected readonly typeName = 'BindingCollection';
  protected readonly scalars = ['count'];
  private itemsLoaded?: FakeBinding[];

  get items(): FakeBinding[] {
    if (!this.itemsLoaded) throw new OfficeError('PropertyNotLoaded', "The property 'items' is not available.");
    return this.itemsLoaded;
  }

  override load(option?: string | string[] | { select?: string | string[] }): this {
    const names = (loadNames(option) ?? ['id', 'type']).map((name) => name.replace(/^items\//, ''));
    this.excel.enqueue({
      run: () => {
        const items = [...this.excel.bindings.keys()].map((id) => new FakeBinding(this.excel, () => id));
        return {
          deliver: () => {
            for (const item of items) item.preload(names);
            this.itemsLoaded = items;
          },
        };
      },
    });
    return this;
  }

  add(range: FakeRange, bindingType: string, id: string): FakeBinding {
    this.excel.checkApi('BindingCollection.add');
    this.excel.enqueue({
      run: () => {
        if (bindingType !== 'Range') throw new OfficeError('InvalidArgument');
        const { sheet, ...area } = range.area();
        this.excel.bindings.set(id, { sheet, area });
      },
    });
    return new FakeBinding(this.excel, () => id);
  }

  getItem(id: string): FakeBinding {
    return new FakeBinding(this.excel, () => {
      if (!this.excel.bindings.has(id)) throw new OfficeError('ItemNotFound');
      return id;
    });
  }

  getItemOrNullObject(id: string): FakeBinding {
    this.excel.checkApi('BindingCollection.getItemOrNullObject');
    return new FakeBinding(this.excel, () => (this.excel.bindings.has(id) ? id : null));
  }

  protected read(): unknown {
    return this.excel.bindings.size;
  }
}

class FakeBinding extends ClientObject {
  protected readonly typeName = 'Binding';
  protected readonly scalars = ['id', 'type'];

  constructor(
    excel: FakeExcel,
    private readonly resolve: () => string | null,
  ) {
    super(excel);
  }

  get id(): string {
    return this.get('id');
  }

  /** Items of a loaded collection arrive with their properties. */
  preload(names: string[]): void {
    const id = this.resolve();
    for (const name of names) this.loaded.set(name, name === 'id' ? id : 'Range');
  }

  getRange(): FakeRange {
    return new FakeRange(this.excel, () => {
      const id = this.resolve();
      const binding = id === null ? undefined : this.excel.bindings.get(id);
      if (!binding) throw new OfficeError('ItemNotFound');
      if ('invalid' in binding) throw new OfficeError('InvalidBinding');
      return { sheet: binding.sheet, ...binding.area };
    });
  }

  delete(): void {
    this.excel.checkApi('Binding.delete');
    this.excel.enqueue({
      run: () => {
        const id = this.resolve();
        if (id !== null) this.excel.bindings.delete(id);
      },
    });
  }

  protected override resolvesToNull(): boolean {
    return this.resolve() === null;
  }

  protected read(name: string): unknown {
    return name === 'id' ? this.resolve() : 'Range';
  }
}

/** OfficeExtension.ClientResult: its value arrives with the sync that ran its request. */
class FakeClientResult<T> {
  private loaded = false;
  private result?: T;

  get value(): T {
    if (!this.loaded)
      throw new OfficeError(
        'ValueNotLoaded',
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
      );
    return this.result as T;
  }

  deliver(value: T): void {
    this.loaded = true;
    this.result = value;
  }
}

/** The namespace of a part's root element, which is what Excel lists it under. */
function rootNamespace(xml: string): string {
  const root = /^\uFEFF?(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<([\w.-]+)(?::([\w.-]+))?([^>]*)>/.exec(xml);
  if (!root) return '';
  const prefix = root[2] === undefined ? undefined : root[1];
  const declaration = new RegExp(`\\sxmlns${prefix ? `:${prefix}` : ''}="([^"]*)"`).exec(root[3]);
  return declaration?.[1] ?? '';
}

class FakeCustomXmlPartCollection extends ClientObject {
  protected readonly typeName = 'CustomXmlPartCollection';
  protected readonly scalars: string[] = [];

  getByNamespace(namespaceUri: string): FakeCustomXmlPartScopedCollection {
    return new FakeCustomXmlPartScopedCollection(this.excel, namespaceUri);
  }

  protected read(): unknown {
    return undefined;
  }
}

class FakeCustomXmlPartScopedCollection extends ClientObject {
  protected readonly typeName = 'CustomXmlPartScopedCollection';
  protected readonly scalars: string[] = [];
  private itemsLoaded?: FakeCustomXmlPart[];

  constructor(
    excel: FakeExcel,
    private readonly namespaceUri: string,
  ) {
    super(excel);
  }

  get items(): FakeCustomXmlPart[] {
    if (!this.itemsLoaded) throw new OfficeError('PropertyNotLoaded', "The property 'items' is not available.");
    return this.itemsLoaded;
  }

  override load(option?: string | string[] | { select?: string | string[] }): this {
    const names = (loadNames(option) ?? ['id', 'namespaceUri']).map((name) => name.replace(/^items\/?/, '')).filter(Boolean);
    this.excel.enqueue({
      run: () => {
        const items = this.excel.customXmlParts.filter((part) => rootNamespace(part.xml) === this.namespaceUri).map((part) => new FakeCustomXmlPart(this.excel, part.id));
        return {
          deliver: () => {
            for (const item of items) item.preload(names.length ? names : ['id', 'namespaceUri']);
            this.itemsLoaded = items;
          },
        };
      },
    });
    return this;
  }

  protected read(): unknown {
    return undefined;
  }
}

class FakeCustomXmlPart extends ClientObject {
  protected readonly typeName = 'CustomXmlPart';
  protected readonly scalars = ['id', 'namespaceUri'];

  constructor(
    excel: FakeExcel,
    private readonly partId: string,
  ) {
    super(excel);
  }

  get id(): string {
    return this.get('id');
  }

  /** Items of a loaded collection arrive with their properties. */
  preload(names: string[]): void {
    for (const name of names) this.loaded.set(name, this.read(name));
  }

  getXml(): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.excel.enqueue({
      run: () => {
        const part = this.excel.customXmlParts.find((candidate) => candidate.id === this.partId);
        if (!part) throw new OfficeError('ItemNotFound');
        return { deliver: () => result.deliver(part.xml), size: part.xml.length };
      },
    });
    return result;
  }

  protected read(name: string): unknown {
    const part = this.excel.customXmlParts.find((candidate) => candidate.id === this.partId);
    return name === 'id' ? this.partId : rootNamespace(part?.xml ?? '');
  }
}

function writeEntered(sheet: FakeSheet, a1: string, input: string): void {
  const before = sheet.cells.get(a1);
  const entered = enter(input, before?.format);
  const kept = keepFormat(before);
  switch (entered.kind) {
    case 'empty':
      if (kept.fill || kept.format) sheet.cells.set(a1, { ...kept, value: '' });
      else sheet.cells.delete(a1);
      return;
    case 'text':
      sheet.cells.set(a1, { ...kept, value: entered.text, ...(entered.prefixed ? { prefixed: true } : {}) });
      return;
    case 'number':
      sheet.cells.set(a1, { ...kept, value: entered.value, ...(entered.format && !kept.format ? { format: entered.format } : {}) });
      return;
    case 'boolean':
      sheet.cells.set(a1, { ...kept, value: entered.value });
      return;
    case 'error':
      sheet.cells.set(a1, { ...kept, value: entered.value, error: true });
      return;
    case 'formula': {
      const result = evaluate(entered.formula);
      sheet.cells.set(a1, { ...kept, formula: entered.formula, value: result, ...(typeof result === 'string' && EXCEL_ERRORS.includes(result) ? { error: true } : {}) });
    }
  }
}

/** The few formulas the fake computes; anything else shows #NAME? like an unknown name would. */
function evaluate(formula: string): string | number {
  const body = formula.slice(1).trim();
  const hyperlink = /^HYPERLINK\(\s*"(?:[^"]|"")*"\s*,\s*"((?:[^"]|"")*)"\s*\)$/i.exec(body);
  if (hyperlink) return hyperlink[1].replace(/""/g, '"');
  const literal = /^"((?:[^"]|"")*)"$/.exec(body);
  if (literal) return literal[1].replace(/""/g, '"');
  const number = Number(body);
  return body !== '' && Number.isFinite(number) ? number : '#NAME?';
}

function keepFormat(cell: FakeCell | undefined): Pick<FakeCell, 'fill' | 'format'> {
  return { ...(cell?.fill ? { fill: cell.fill } : {}), ...(cell?.format ? { format: cell.format } : {}) };
}

function isEmpty(cell: FakeCell | undefined): boolean {
  return !cell || (cell.value === '' && !cell.formula);
}

function eachCell<T>(area: Area, visit: (a1: string, r: number, c: number) => T): T[][] {
  const rows: T[][] = [];
  for (let r = 0; r <= area.bottom - area.top; r++) {
    const row: T[] = [];
    for (let c = 0; c <= area.right - area.left; c++) row.push(visit(toA1(area.top + r, area.left + c), r, c));
    rows.push(row);
  }
  return rows;
}

function usedArea(sheet: FakeSheet, valuesOnly: boolean, within?: Area): Area | undefined {
  let used: Area | undefined;
  for (const [a1, cell] of sheet.cells) {
    if (valuesOnly && isEmpty(cell)) continue;
    const { row, col } = parseCell(a1);
    if (within && (row < within.top || row > within.bottom || col < within.left || col > within.right)) continue;
    used = used
      ? { sheet, top: Math.min(used.top, row), left: Math.min(used.left, col), bottom: Math.max(used.bottom, row), right: Math.max(used.right, col) }
      : { sheet, top: row, left: col, bottom: row, right: col };
  }
  return used;
}

function allOrNone(from: number, to: number, hidden: number[] = []): boolean | null {
  const count = hidden.filter((index) => index >= from && index <= to).length;
  return count === 0 ? false : count === to - from + 1 ? true : null;
}

function overlaps(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function parseCell(a1: string): { row: number; col: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!match) throw new Error(`fake cell key ${a1}`);
  return { row: Number(match[2]) - 1, col: columnIndex(match[1]) };
}

/** "C9", "A1:F38", "$A$1", "A:C" (whole columns), "5:7" (whole rows); undefined beyond the sheet. */
function parseAddress(sheet: FakeSheet, address: string): Area | undefined {
  const [start, end = start] = address.replace(/\$/g, '').toUpperCase().split(':');
  const columns = /^([A-Z]{1,3})$/;
  const rows = /^(\d{1,7})$/;
  if (columns.test(start) && columns.test(end)) {
    const [a, b] = [columnIndex(start), columnIndex(end)];
    return a >= 0 && b >= 0 && Math.max(a, b) < MAX_COLUMNS ? { sheet, top: 0, bottom: MAX_ROWS - 1, left: Math.min(a, b), right: Math.max(a, b) } : undefined;
  }
  if (rows.test(start) && rows.test(end)) {
    const [a, b] = [Number(start) - 1, Number(end) - 1];
    return a >= 0 && b >= 0 && Math.max(a, b) < MAX_ROWS ? { sheet, left: 0, right: MAX_COLUMNS - 1, top: Math.min(a, b), bottom: Math.max(a, b) } : undefined;
  }
  const cell = /^([A-Z]{1,3})(\d{1,7})$/;
  const [s, e] = [cell.exec(start), cell.exec(end)];
  if (!s || !e) return undefined;
  const [top, bottom, left, right] = [Number(s[2]) - 1, Number(e[2]) - 1, columnIndex(s[1]), columnIndex(e[1])];
  if ([top, bottom, left, right].some((n) => n < 0) || Math.max(top, bottom) >= MAX_ROWS || Math.max(left, right) >= MAX_COLUMNS) return undefined;
  return { sheet, top: Math.min(top, bottom), bottom: Math.max(top, bottom), left: Math.min(left, right), right: Math.max(left, right) };
}

function requireArea(sheet: FakeSheet, address: string): Area {
  const area = parseAddress(sheet, address);
  if (!area) throw new OfficeError('InvalidArgument', `The argument is invalid or missing: ${address}`);
  return area;
}

function areaA1(area: Omit<Area, 'sheet'>): string {
  if (area.top === 0 && area.bottom === MAX_ROWS - 1) return `${columnLetters(area.left)}:${columnLetters(area.right)}`;
  if (area.left === 0 && area.right === MAX_COLUMNS - 1) return `${area.top + 1}:${area.bottom + 1}`;
  const start = toA1(area.top, area.left);
  const end = toA1(area.bottom, area.right);
  return start === end ? start : `${start}:${end}`;
}

/** Excel quotes a sheet name in addresses unless it is a plain name (letters, digits, _ and ., not starting with a digit). */
function sheetPrefix(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A sheet of `rows` × `cols` numbers with a title row; cell (r, c) holds r * 100 + c. */
export function numberSheet(name: string, rows: number, cols: number): FakeSheet {
  const cells = new Map<string, FakeCell>([['A1', { value: `${name}标题` }]]);
  for (let r = 1; r < rows; r++) for (let c = 0; c < cols; c++) cells.set(toA1(r, c), { value: r * 100 + c, format: '0.00' });
  return { name, cells };
}
