import { describeCodeElsewhere, findCodeAcrossCatalogs, findEntryByCode, resolvePrintedCode } from '../core/catalog/lookup';
import { createSearchIndex, searchCatalogs } from '../core/catalog/search';
import { spellPinyin } from '../core/catalog/pinyin';
import type { Catalog } from '../core/catalog/types';
import { bundledCatalogs } from './bundled-sync';
import { BUNDLED_CATALOG_IDS, loadBundledCatalogs } from './index';

let catalogs: Catalog[];
beforeAll(async () => {
  catalogs = await loadBundledCatalogs();
});
const byId = (id: string) => catalogs.find((catalog) => catalog.id === id) as Catalog;

describe('bundled catalog loaders', () => {
  it('load the seven catalogs lazily and eagerly, identically', () => {
    expect(catalogs.map((catalog) => catalog.id)).toEqual([...BUNDLED_CATALOG_IDS]);
    expect(bundledCatalogs().map((catalog) => catalog.entries.length)).toEqual(catalogs.map((catalog) => catalog.entries.length));
  });
});

describe('search over the bundled catalogs', () => {
  let index: ReturnType<typeof createSearchIndex>;
  beforeAll(() => {
    index = createSearchIndex(catalogs, spellPinyin);
  });

  it('ranks B0701 评审服务 first for 评审 in the 山西 B类 catalog', () => {
    const [first] = searchCatalogs(index, '评审', { catalogIds: ['shanxi-b-2023'] });
    expect([first.entry.code, first.entry.name, first.path.join(' › ')]).toEqual(['B0701', '评审服务', '政府履职辅助性服务 › 评审、评估和评价服务 › 评审服务']);
  });

  it('finds 评审服务 by pinyin initials and by full pinyin', () => {
    for (const query of ['psfw', 'pingshenfuwu']) {
      const [first] = searchCatalogs(index, query, { catalogIds: ['shanxi-b-2023'] });
      expect([first.entry.code, first.match]).toEqual(['B0701', 'pinyin']);
    }
  });

  it('finds 行政运行 by its code in the partial function list', () => {
    const [first] = searchCatalogs(index, '2010601');
    expect([first.catalogId, first.entry.name, first.match]).toEqual(['function-partial', '行政运行', 'code-exact']);
  });

  it('finds 郑州 entries by their printed 033 codes', () => {
    const [first] = searchCatalogs(index, '033A0101');
    expect([first.catalogId, first.entry.code, first.entry.name]).toEqual(['zhengzhou-civil-affairs-2020', 'A0101', '居家养老服务']);
  });

  it('answers every keystroke quickly over all catalogs (a guard robust to a busy machine; p50/p99 come from bench-search)', () => {
    const keystrokes = ['p', 'ps', 'psf', 'psfw', '评', '评审', 'B', 'B0', 'B07', 'B0701', '2', '20', '201', '2010601', 'x', '服务', '宣传', 'zhiyuan'];
    // Warm-up: the first calls pay for JIT compilation, not for the search.
    for (const query of keystrokes) searchCatalogs(index, query);
    const best = keystrokes.map((query) => {
      let fastest = Infinity;
      for (let run = 0; run < 7; run++) {
        const start = performance.now();
        searchCatalogs(index, query);
        fastest = Math.min(fastest, performance.now() - start);
      }
      return fastest;
    });
    expect(Math.max(...best)).toBeLessThan(5);
  });
});

describe('codes across catalogs', () => {
  it('says that B0702 is in the 焦作 catalog but not in 山西 B类 (2023)', () => {
    expect(findEntryByCode(byId('shanxi-b-2023'), 'B0702')).toBeUndefined();
    expect(findCodeAcrossCatalogs(catalogs, 'B0702').map((occurrence) => occurrence.catalog.id)).toEqual(['jiaozuo-2023']);
    expect(describeCodeElsewhere('B0702', [byId('shanxi-b-2023')], catalogs)).toBe('B0702 见于焦作目录，不在山西B类目录（2023）');
  });

  it('lists every department that has a 43号 code', () => {
    const [occurrence] = findCodeAcrossCatalogs([byId('shanxi-dept-2023')], 'A180701');
    expect(occurrence.entries.map((entry) => entry.department)).toContain('人民法院');
    expect(findEntryByCode(byId('shanxi-dept-2023'), 'A180701', '人民检察院')?.name).toBe('12309政务热线服务');
  });

  it('reads 聊城 department codes through the 附件1 unit list (as in the notice: 072001 + A0301)', () => {
    const liaocheng = byId('liaocheng-general-2020');
    expect(resolvePrintedCode(liaocheng, '072001A0301')).toMatchObject({ code: 'A0301', unit: { name: '聊城市人民政府办公室' } });
    expect(findEntryByCode(liaocheng, '072001D0401')?.name).toBe('会计服务');
  });

  it('keeps the 经济分类 pairings of the disclosures', () => {
    const item = byId('economic-partial').entries.find((entry) => entry.name === '基本工资');
    expect(item).toMatchObject({ code: '', level: 2, parent: '工资福利支出', classification: '部门预算支出经济分类', pairedWith: ['工资奖金津补贴'] });
  });
});
