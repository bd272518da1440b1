/**
 * What BUDGET.NAME/CODE and BUDGET.GPS.NAME/CODE answer on the bundled catalogs. Expected names are
 * read from the catalog JSON (generated from the seeds), never typed from memory.
 */
import { classificationCatalogs, codeForName, nameForCode, purchaseCatalogs, type LookupResult } from '../core/assist/code-lookup';
import type { Catalog } from '../core/catalog/types';
import { loadBundledCatalogs } from '../data';

let all: Catalog[];
beforeAll(async () => {
  all = await loadBundledCatalogs();
});

function catalog(id: string): Catalog {
  return all.find((c) => c.id === id)!;
}

function entryName(id: string, code: string): string {
  return catalog(id).entries.find((e) => e.code === code)!.name;
}

function reason(result: LookupResult): string {
  if (result.ok) throw new Error(`expected no match, got ${result.value}`);
  return result.reason;
}

describe('BUDGET.NAME / BUDGET.CODE over the classification catalogs', () => {
  it('consults the function classification before the economic one and never a 政府购买服务 catalog', () => {
    expect(classificationCatalogs(all).map((c) => c.id)).toEqual(['function-partial', 'economic-partial']);
  });

  it('names 2010601 from function-partial, with spaces and full-width digits tolerated', () => {
    const expected = { ok: true, value: entryName('function-partial', '2010601'), catalogId: 'function-partial' };
    expect(expected.value).toBe('行政运行');
    expect(nameForCode(classificationCatalogs(all), '2010601')).toEqual(expected);
    expect(nameForCode(classificationCatalogs(all), ' ２０１０６０１ ')).toEqual(expected);
  });

  it('says an unknown code may be missing because the catalogs are partial', () => {
    const text = reason(nameForCode(classificationCatalogs(all), '2990101'));
    expect(text).toContain('目录中未收录编码 2990101');
    expect(text).toContain(`《${catalog('function-partial').title}》`);
    expect(text).toContain('部分目录');
    expect(reason(nameForCode(classificationCatalogs(all), '  '))).toBe('请提供编码');
  });

  it('finds the code of an exact name and of a unique near name', () => {
    const name = entryName('function-partial', '2010601');
    expect(codeForName(classificationCatalogs(all), name)).toEqual({ ok: true, value: '2010601', catalogId: 'function-partial' });
    expect(codeForName(classificationCatalogs(all), `${name}费`)).toEqual({ ok: true, value: '2010601', catalogId: 'function-partial' });
  });

  it('never answers an empty code for an economic item the partial list names without one', () => {
    const uncoded = catalog('economic-partial').entries.find((e) => !e.code)!;
    const text = reason(codeForName(classificationCatalogs(all), uncoded.name));
    expect(text).toBe(`《${catalog('economic-partial').title}》收录了“${uncoded.name}”，但没有编码，可导入完整目录`);
  });

  it('gives a reason for a name nothing resembles', () => {
    expect(reason(codeForName(classificationCatalogs(all), '星际航行'))).toBe('目录中没有与“星际航行”相符的名称');
  });
});

describe('BUDGET.GPS.NAME / BUDGET.GPS.CODE over the 政府购买服务 catalogs', () => {
  it('names B0701 from shanxi-b-2023 when that catalog is asked for', () => {
    const list = purchaseCatalogs(all, 'shanxi-b-2023', []);
    expect(Array.isArray(list) && list.map((c) => c.id)).toEqual(['shanxi-b-2023']);
    expect(nameForCode(list as Catalog[], 'b0701')).toEqual({ ok: true, value: entryName('shanxi-b-2023', 'B0701'), catalogId: 'shanxi-b-2023' });
  });

  it('uses the workbook’s selected catalogs, else every 政府购买服务 catalog', () => {
    const gpsIds = all.filter((c) => c.kind === 'gps').map((c) => c.id);
    expect((purchaseCatalogs(all, undefined, ['shanxi-b-2023', 'function-partial']) as Catalog[]).map((c) => c.id)).toEqual(['shanxi-b-2023']);
    expect((purchaseCatalogs(all, undefined, []) as Catalog[]).map((c) => c.id)).toEqual(gpsIds);
  });

  it('lists the available ids for an unknown catalog id', () => {
    const gpsIds = all.filter((c) => c.kind === 'gps').map((c) => c.id);
    expect(purchaseCatalogs(all, 'shanxi-b-2099', [])).toEqual({ reason: `没有 id 为“shanxi-b-2099”的政府购买服务目录，可用：${gpsIds.join('、')}` });
  });

  it('finds a code by name and reports a name that two codes share', () => {
    const list = purchaseCatalogs(all, 'shanxi-b-2023', []) as Catalog[];
    expect(codeForName(list, entryName('shanxi-b-2023', 'B0701'))).toEqual({ ok: true, value: 'B0701', catalogId: 'shanxi-b-2023' });
    // A class and its only item may carry the same name in the 2023 catalog: the answer must not pick one silently.
    const shared = list[0].entries.find((e) => e.parent && list[0].entries.some((p) => p.code === e.parent && p.name === e.name))!;
    expect(reason(codeForName(list, shared.name))).toBe(`名称“${shared.name}”对应多个编码：${shared.parent}、${shared.code}`);
  });

  it('says which code is missing from the chosen catalog', () => {
    const list = purchaseCatalogs(all, 'shanxi-b-2023', []) as Catalog[];
    expect(reason(nameForCode(list, 'B9999'))).toBe('目录中没有编码 B9999');
  });
});
