/**
 * Speaking only with confidence (issue 13): one finding at the cell the user has to change, fixes
 * only behind a unique diagnosis, and catalogs that may not apply never make errors.
 */
import type { Grid } from '../../src/core/grid';
import { gridFromRows } from '../../src/core/grid';
import { bundledCatalogs } from '../../src/data/bundled-sync';
import { ZEZHOU_A, fixture, problems, run, withCells, withText } from './support';

let zezhou: Grid;
beforeAll(async () => {
  zezhou = await fixture(ZEZHOU_A);
});

describe('a project amount lowered by 2.70', () => {
  it('is one finding at the project cell, with the fix that restores it; the purchase above it is explained by it', () => {
    const grid = withCells(zezhou, [['表12', 'B16', 756.4]]);
    const fresh = problems(run(grid)).filter((d) => !problems(run(zezhou)).some((c) => c.message === d.message));
    expect(fresh.map((d) => [d.sheet, d.cell, d.expected, d.fix?.kind, d.fix?.edits])).toEqual([['表12', 'B16', '759.10', 'fix', [{ sheet: '表12', cell: 'B16', value: 759.1 }]]]);
    expect(fresh[0].explains?.map((e) => e.rule)).toEqual(expect.arrayContaining(['project/unit-subtotals', 'gps/amount-within-project']));
  });
});

describe('a purchase above its project', () => {
  it('is reported at the purchase amount (the sentence), without a fix: the right amount is not known', () => {
    const { grid } = withText(zezhou, '说明', '监督检查业务费20万元', '监督检查业务费25万元');
    const found = run(grid).diagnostics.filter((d) => d.rule === 'gps/amount-within-project');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ sheet: '说明', expected: '≤ 20.00', actual: '25.00' });
    expect(found[0].fix).toBeUndefined();
  });

  it('in a 政府购买服务预算表 sits at the amount cell, not the code cell', () => {
    const rows = [
      ['2026年政府购买服务预算表'],
      ['单位：万元'],
      ['项目名称', '购买服务内容', '指导性目录代码', '目录名称', '金额'],
      ['财政业务工作监督检查业务费', '检查辅助', 'B0501', '监督检查辅助服务', 25],
    ];
    const grid: Grid = { ...zezhou, sheets: [...zezhou.sheets, gridFromRows('表14', rows)] };
    const found = run(grid).diagnostics.filter((d) => d.rule === 'gps/amount-within-project');
    expect(found.map((d) => `${d.sheet}!${d.cell}`)).toEqual(['表14!E4']);
  });
});

describe('政府购买服务 catalogs that may not apply', () => {
  const catalogs = bundledCatalogs();
  const shanxiB = catalogs.find((c) => c.id === 'shanxi-b-2023')!;
  const jiaozuo = catalogs.find((c) => c.id === 'jiaozuo-2023')!;
  // A code both catalogs list, under different names (read from the bundled data, not typed here).
  const shared = shanxiB.entries.find((e) => e.level >= 2 && jiaozuo.entries.some((j) => j.code === e.code && j.name !== e.name))!;

  function workbook(name: string): Grid {
    const grid = withText(zezhou, '说明', 'B0501监督检查辅助服务', `${shared.code}-${name}`).grid;
    // No place or issuer words: the applicable catalog cannot be inferred.
    return withText(grid, '说明', '山西省财政一体化运维', '财政一体化运维').grid;
  }
  const scrub = (grid: Grid): Grid => ({
    ...grid,
    sheets: grid.sheets.map((sheet) => ({
      ...sheet,
      rows: sheet.rows.map((row) => row?.map((cell) => (cell && typeof cell.v === 'string' ? { ...cell, v: cell.v.replace(/山西|晋财|晋城|泽州/g, '某地') } : cell))),
    })),
  });

  it('accepts a code and name that agree in one candidate catalog', () => {
    const report = run(scrub(workbook(shared.name)));
    expect(report.catalogs.length).toBeGreaterThan(2);
    expect(report.diagnostics.filter((d) => d.rule === 'gps/name-matches-code' && d.actual?.startsWith(shared.code))).toEqual([]);
  });

  it('names every candidate when none agrees, as a warning until a catalog is chosen', () => {
    const report = run(scrub(workbook('完全不同的服务名称')));
    const found = report.diagnostics.filter((d) => d.rule === 'gps/name-matches-code' && d.actual?.startsWith(shared.code));
    expect(found.map((d) => d.severity)).toEqual(['warning']);
    expect(found[0].message).toContain(shanxiB.document);
    expect(found[0].message).toContain(jiaozuo.document);
  });
});

describe('a deleted amount in the Shanghai layout', () => {
  const FULIYUAN = 'shanghai/上海市普陀区社会福利院-2024-单位预算.xlsx';
  const CAIZHENGJU = 'shanghai/上海市普陀区财政局-2025-部门预算.xlsx';
  const fresh = async (file: string, edits: Parameters<typeof withCells>[1]) => {
    const clean = await fixture(file);
    const before = new Set(problems(run(clean)).map((d) => d.message));
    return problems(run(withCells(clean, edits))).filter((d) => !before.has(d.message));
  };

  it('a blank 类 total is restored from its 收支总表 line, not explained by zeroing its 基本支出', async () => {
    const found = await fresh(FULIYUAN, [['表3', 'E14', null]]);
    expect(found.filter((d) => d.fix).map((d) => [d.sheet, d.cell, d.fix?.kind, d.fix?.edits])).toEqual([['表3', 'E14', 'fix', [{ sheet: '表3', cell: 'E14', value: 503724 }]]]);
  });

  it('a blank 机关运行经费 is compared with the figure the 情况说明 quotes, without a fix (either may be wrong)', async () => {
    const found = await fresh(CAIZHENGJU, [['表9', 'G6', null]]);
    expect(found.map((d) => [d.severity, d.sheet, d.cell, d.rule, d.fix])).toEqual([['error', '说明', 'A40', 'narrative/amounts', undefined]]);
  });
});
