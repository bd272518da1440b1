/**
 * The custom functions see what the pane sees: catalogs the user imported (kept in the shared runtime's
 * local storage) and the workbook's chosen catalogs.
 */
import { importCatalogFromRows } from '../core/catalog/import';
import { IMPORTED_CATALOGS_KEY, SELECTED_CATALOGS_SETTING } from '../core/settings';

class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

const storage = new Map<string, string>();
const settings = new Map<string, unknown>();

beforeAll(() => {
  Object.assign(globalThis, {
    localStorage: { getItem: (key: string) => storage.get(key) ?? null, setItem: (key: string, value: string) => void storage.set(key, value) },
    Office: { context: { document: { settings: { get: (key: string) => settings.get(key) ?? null } } } },
    CustomFunctions: { Error: CustomFunctionError, ErrorCode: { notAvailable: '#N/A', invalidValue: '#VALUE!' } },
  });
});

function importCity(code: string, name: string) {
  const result = importCatalogFromRows(
    [
      ['代码', '名称'],
      [code, name],
    ],
    { id: 'imported-city', title: '某市政府购买服务指导性目录', file: 'city.csv' },
  );
  storage.set(IMPORTED_CATALOGS_KEY, JSON.stringify([result.catalog]));
}

describe('BUDGET.GPS.NAME / CODE with an imported catalog', () => {
  it('answers from a catalog imported after the functions loaded, by id or as the workbook’s choice', async () => {
    const { purchaseName, purchaseCode } = await import('./functions');
    await expect(purchaseName('B0701', 'imported-city')).rejects.toMatchObject({ code: '#VALUE!' });
    importCity('Z0101', '城市绿化养护服务');
    await expect(purchaseName('Z0101', 'imported-city')).resolves.toBe('城市绿化养护服务');
    settings.set(SELECTED_CATALOGS_SETTING, ['imported-city']);
    await expect(purchaseCode('城市绿化养护服务')).resolves.toBe('Z0101');
    importCity('Z0102', '道路清扫服务');
    await expect(purchaseName('Z0102')).resolves.toBe('道路清扫服务');
  });
});
