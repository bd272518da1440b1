/**
 * A small Excel for ExcelHost tests: cells live in plain arrays; every Range the host asks for is an
 * office-addin-mock OfficeMockObject, so reading a property before load + sync fails as in Excel.
 * context.sync() counts calls, resolves loads and applies the writes queued since the last sync.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { isValidError } from 'office-addin-mock/lib/possibleErrors';
import { parseRangeA1, toA1 } from '../../../core/grid';
import type { ExcelEnv } from '../env';

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  format?: string;
  fill?: string;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  merges?: string[];
  protected?: boolean;
}

interface Tracked {
  mock: Record<string, unknown>;
  sheet: FakeSheet;
  address: string;
  seen: Map<string, unknown>;
}

export class FakeExcel {
  syncs = 0;
  /** Largest number of cells loaded in one sync, to check the payload plan. */
  maxCellsPerSync = 0;
  settings = new Map<string, unknown>();
  selection = { sheet: '', address: 'A1' };
  /** When set, the next sync that carries writes fails with this Office error code after applying the first write. */
  failWritesWith?: string;
  /** Handlers the host registered for Excel events, to fire them from tests. */
  readonly selectionHandlers: Array<() => Promise<void>> = [];
  readonly changeHandlers: Array<(event: { address: string; triggerSource?: string }) => Promise<void>> = [];
  /** Handlers registered through the common API (DocumentSelectionChanged). */
  readonly documentHandlers: Array<() => void> = [];
  private tracked: Tracked[] = [];
  private pendingError?: string;
  private loadedCells = 0;

  constructor(
    public sheets: FakeSheet[],
    private readonly versions = ['1.2', '1.7', '1.9', '1.13'],
  ) {
    this.selection.sheet = sheets[0]?.name ?? '';
  }

  env(): ExcelEnv {
    return {
      run: async (batch) => batch(this.context() as unknown as Excel.RequestContext),
      supports: (version) => this.versions.includes(version),
      settings: {
        get: (key: string) => this.settings.get(key) ?? null,
        set: (key: string, value: unknown) => void this.settings.set(key, structuredClone(value)),
        remove: (key: string) => void this.settings.delete(key),
        saveAsync: (callback?: (result: Office.AsyncResult<void>) => void) => callback?.({ status: 'succeeded' } as unknown as Office.AsyncResult<void>),
      } as unknown as ExcelEnv['settings'],
      removeHandler: async () => undefined,
      document: {
        addHandlerAsync: (_type: unknown, handler: () => void) => void this.documentHandlers.push(handler),
        removeHandlerAsync: () => undefined,
      } as unknown as ExcelEnv['document'],
    };
  }

  cell(sheet: string, address: string): FakeCell | undefined {
    return this.sheet(sheet)?.cells.get(address);
  }

  private sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.name === name);
  }

  private context() {
    const worksheets = {
      items: [] as unknown[],
      load: () => {
        worksheets.items = this.sheets.map((sheet) => this.worksheet(sheet));
      },
      getItem: (name: string) => {
        const sheet = this.sheet(name);
        if (!sheet) {
          this.pendingError = 'ItemNotFound';
          return this.worksheet({ name, cells: new Map() });
        }
        return this.worksheet(sheet);
      },
      add: (name: string) => {
        const sheet: FakeSheet = { name, cells: new Map() };
        this.sheets.push(sheet);
        return this.worksheet(sheet);
      },
      onSelectionChanged: { add: (handler: () => Promise<void>) => (this.selectionHandlers.push(handler), { remove: () => undefined }) },
      onChanged: {
        add: (handler: (event: { address: string; triggerSource?: string }) => Promise<void>) => (this.changeHandlers.push(handler), { remove: () => undefined }),
      },
    };
    return {
      workbook: {
        name: '测试工作簿.xlsx',
        load: () => undefined,
        worksheets,
        getSelectedRange: () => this.range(this.sheet(this.selection.sheet) as FakeSheet, this.selection.address, true),
      },
      sync: () => this.sync(),
    };
  }

  private worksheet(sheet: FakeSheet) {
    return {
      name: sheet.name,
      visibility: 'Visible',
      protection: this.track(new OfficeMockObject({ protected: Boolean(sheet.protected) }), sheet, ''),
      activate: () => {
        this.selection.sheet = sheet.name;
      },
      getUsedRangeOrNullObject: () => {
        const bounds = usedBounds(sheet);
        return this.track(
          new OfficeMockObject(
            bounds
              ? { isNullObject: false, rowIndex: bounds.top, columnIndex: bounds.left, rowCount: bounds.bottom - bounds.top + 1, columnCount: bounds.right - bounds.left + 1 }
              : { isNullObject: true, rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 },
          ),
          sheet,
          '',
        );
      },
      getRange: (address?: string) => {
        if (address === undefined) {
          return {
            getMergedAreasOrNullObject: () => {
              if ((sheet.merges?.length ?? 0) > 512) this.pendingError = 'GeneralException';
              return this.track(
                new OfficeMockObject({ isNullObject: !sheet.merges?.length, address: (sheet.merges ?? []).map((merge) => `${sheet.name}!${merge}`).join(', ') }),
                sheet,
                '',
              );
            },
          };
        }
        return this.range(sheet, address, false);
      },
    };
  }

  private range(sheet: FakeSheet, address: string, withAddress: boolean) {
    const area = parseRangeA1(address);
    if (!area) throw new Error(`bad address ${address}`);
    const grid = (read: (cell: FakeCell | undefined) => unknown) =>
      Array.from({ length: area.bottom - area.top + 1 }, (_, r) =>
        Array.from({ length: area.right - area.left + 1 }, (_, c) => read(sheet.cells.get(toA1(area.top + r, area.left + c)))),
      );
    const first = sheet.cells.get(toA1(area.top, area.left));
    const mock = new OfficeMockObject({
      ...(withAddress ? { address: `${sheet.name}!${address}` } : {}),
      values: grid((cell) => cell?.value ?? ''),
      formulas: grid((cell) => cell?.formula ?? cell?.value ?? ''),
      numberFormat: grid((cell) => cell?.format ?? 'General'),
      text: grid((cell) => (cell ? String(cell.value) : '')),
      valueTypes: grid((cell) => (cell === undefined ? 'Empty' : typeof cell.value === 'number' ? 'Double' : 'String')),
      format: {
        fill: {
          color: first?.fill ?? '#FFFFFF',
          pattern: first?.fill ? 'Solid' : 'None',
          clear: function (this: Record<string, unknown>) {
            this.cleared = true;
          },
        },
        font: { bold: false },
        autofitColumns: () => undefined,
      },
      hyperlink: {},
      select: () => {
        this.selection = { sheet: sheet.name, address };
      },
    });
    const cellCount = (area.bottom - area.top + 1) * (area.right - area.left + 1);
    const originalLoad = mock.load.bind(mock);
    (mock as unknown as { load: (props: string) => unknown }).load = (props: string) => {
      if (props.includes('values')) this.loadedCells += cellCount;
      return originalLoad(props);
    };
    this.track(mock, sheet, address);
    this.track((mock as unknown as { format: { fill: OfficeMockObject } }).format.fill, sheet, address);
    return mock;
  }

  private track<T extends OfficeMockObject>(mock: T, sheet: FakeSheet, address: string): T {
    const record = mock as unknown as Record<string, unknown>;
    this.tracked.push({ mock: record, sheet, address, seen: new Map(['values', 'formulas', 'color', 'hyperlink'].map((key) => [key, record[key]])) });
    return mock;
  }

  private async sync(): Promise<void> {
    this.syncs += 1;
    this.maxCellsPerSync = Math.max(this.maxCellsPerSync, this.loadedCells);
    this.loadedCells = 0;
    if (this.pendingError) {
      const code = this.pendingError;
      this.pendingError = undefined;
      throw Object.assign(new Error(code), { code });
    }
    let writes = 0;
    for (const item of this.tracked) {
      writes += this.applyWrites(item);
      if (this.failWritesWith && writes > 0) {
        const code = this.failWritesWith;
        this.failWritesWith = undefined;
        // Excel drops the rest of a failed batch.
        this.tracked = [];
        throw Object.assign(new Error(code), { code });
      }
    }
    for (const item of this.tracked) await (item.mock as unknown as OfficeMockObject).sync();
    // office-addin-mock resolves loaded properties in callbacks it does not await.
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (const item of this.tracked) for (const key of item.seen.keys()) item.seen.set(key, item.mock[key]);
  }

  private applyWrites({ mock, sheet, address, seen }: Tracked): number {
    let writes = 0;
    const area = address ? parseRangeA1(address) : undefined;
    if (!area) return 0;
    const each = (write: (cell: FakeCell | undefined, a1: string, r: number, c: number) => void) => {
      for (let r = 0; r <= area.bottom - area.top; r++) for (let c = 0; c <= area.right - area.left; c++) {
        const a1 = toA1(area.top + r, area.left + c);
        write(sheet.cells.get(a1), a1, r, c);
      }
    };
    const written = (key: string) => mock[key] !== seen.get(key) && !isValidError(mock[key] as string);
    if (written('values')) {
      const values = mock.values as unknown[][];
      each((cell, a1, r, c) => (values[r][c] === '' ? sheet.cells.delete(a1) : sheet.cells.set(a1, { ...cell, value: values[r][c] as string, formula: undefined })));
      writes += 1;
    }
    if (written('formulas')) {
      const formulas = mock.formulas as string[][];
      each((cell, a1, r, c) => sheet.cells.set(a1, { ...cell, value: cell?.value ?? 0, formula: formulas[r][c] }));
      writes += 1;
    }
    if ('color' in mock && written('color')) {
      each((cell, a1) => sheet.cells.set(a1, { value: '', ...cell, fill: mock.color as string }));
      writes += 1;
    }
    if (mock.cleared) {
      each((cell, a1) => cell && sheet.cells.set(a1, { ...cell, fill: undefined }));
      mock.cleared = false;
      writes += 1;
    }
    return writes;
  }
}

function usedBounds(sheet: FakeSheet) {
  let bounds: { top: number; left: number; bottom: number; right: number } | undefined;
  for (const a1 of sheet.cells.keys()) {
    const at = parseRangeA1(a1);
    if (!at) continue;
    bounds = bounds
      ? { top: Math.min(bounds.top, at.top), left: Math.min(bounds.left, at.left), bottom: Math.max(bounds.bottom, at.bottom), right: Math.max(bounds.right, at.right) }
      : at;
  }
  return bounds;
}

/** A sheet of `rows` × `cols` numbers with a title row; cell (r, c) holds r * 100 + c. */
export function numberSheet(name: string, rows: number, cols: number): FakeSheet {
  const cells = new Map<string, FakeCell>([['A1', { value: `${name}标题` }]]);
  for (let r = 1; r < rows; r++) for (let c = 0; c < cols; c++) cells.set(toA1(r, c), { value: r * 100 + c, format: '0.00' });
  return { name, cells };
}
