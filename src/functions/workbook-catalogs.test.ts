/**
 * BUDGET.GPS.NAME / CODE without a catalog argument answer from the workbook's catalogs first — chosen
 * for it, else inferred from its text — and label an answer only another catalog has. Expected names
 * are read from the bundled catalogs, never typed from memory.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SELECTED_CATALOGS_SETTING } from '../core/settings';
import { catalogLabel } from '../core/catalog/lookup';
import type { Catalog } from '../core/catalog/types';
import type { Grid } from '../core/grid';
import { loadBundledCatalogs } from '../data';
import { readXlsx } from '../host/file/xlsx-reader';
import { workbookGrid } from './workbook-grid';

jest.mock('./workbook-grid', () => ({ workbookGrid: jest.fn() }));
const mockedGrid = workbookGrid as jest.MockedFunction<typeof workbookGrid>;

class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

const settings = new Map<string, unknown>();
let all: Catalog[];
let shanxiWorkbook: Grid;

const byId = (id: string) => all.find((catalog) => catalog.id === id)!;
const nameIn = (id: string, code: string) => byId(id).entries.find((entry) => entry.code === code)?.name;

beforeAll(async () => {
  Object.assign(globalThis, {
    localStorage: { getItem: () => null, setItem: () => undefined },
    Office: { context: { document: { settings: { get: (key: string) => settings.get(key) ?? null } } } },
    CustomFunctions: { Error: CustomFunctionError, ErrorCode: { notAvailable: '#N/A', invalidValue: '#VALUE!' } },
  });
  all = await loadBundledCatalogs();
  shanxiWorkbook = await readXlsx(readFileSync(path.join(__dirname, '../../test/fixtures/泽州县财政局-2026-部门预算公开-A.xlsx')));
});

beforeEach(() => {
  settings.clear();
  mockedGrid.mockReset();
});

describe('custom functions rank the workbook’s catalogs first', () => {
  // B1105 is a different service in the two catalogs; 焦作 comes first in the bundled order.
  const CODE = 'B1105';

  it('names a code from the catalogs the workbook’s text points at (山西), not from the first bundled one', async () => {
    const { purchaseName, purchaseCode } = await import('./functions');
    expect(nameIn('jiaozuo-2023', CODE)).not.toBe(nameIn('shanxi-b-2023', CODE));
    mockedGrid.mockResolvedValue(undefined);
    await expect(purchaseName(CODE)).resolves.toBe(nameIn('jiaozuo-2023', CODE));
    mockedGrid.mockResolvedValue(shanxiWorkbook);
    await expect(purchaseName(CODE)).resolves.toBe(nameIn('shanxi-b-2023', CODE));
    await expect(purchaseCode(nameIn('shanxi-b-2023', CODE)!)).resolves.toBe(CODE);
  });

  it('labels an answer that only another catalog has with that catalog’s name', async () => {
    const { purchaseName } = await import('./functions');
    const shanxiCodes = new Set([...byId('shanxi-b-2023').entries, ...byId('shanxi-dept-2023').entries].map((entry) => entry.code));
    const elsewhere = byId('jiaozuo-2023').entries.find((entry) => entry.code && !shanxiCodes.has(entry.code))!;
    mockedGrid.mockResolvedValue(shanxiWorkbook);
    await expect(purchaseName(elsewhere.code)).resolves.toBe(`${elsewhere.name}（${catalogLabel(byId('jiaozuo-2023'))}）`);
  });

  it('takes the chosen catalogs before anything inferred, without reading the workbook', async () => {
    const { purchaseName } = await import('./functions');
    settings.set(SELECTED_CATALOGS_SETTING, ['jiaozuo-2023']);
    await expect(purchaseName(CODE)).resolves.toBe(nameIn('jiaozuo-2023', CODE));
    expect(mockedGrid).not.toHaveBeenCalled();
    await expect(purchaseName(CODE, 'shanxi-b-2023')).resolves.toBe(nameIn('shanxi-b-2023', CODE));
  });
});
