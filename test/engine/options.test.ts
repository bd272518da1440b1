/** Engine options: severity profiles, required-table profiles, catalog selection, bad input. */
import { check } from '../../src/core/engine';
import type { Grid } from '../../src/core/grid';
import { ZEZHOU_A, fixture, run } from './support';

let grid: Grid;
beforeAll(async () => {
  grid = await fixture(ZEZHOU_A);
});

describe('severity is configuration', () => {
  it('switches a rule off', () => {
    const report = run(grid, { severities: { 'gps/forbidden-content': 'off' } });
    expect(report.diagnostics.some((d) => d.rule === 'gps/forbidden-content')).toBe(false);
    expect(report.summary.warning).toBe(0);
  });

  it('raises and lowers rules, counting the summary accordingly', () => {
    const report = run(grid, { severities: { 'gps/forbidden-content': 'error', 'gps/code-in-catalog': 'info' } });
    expect(report.diagnostics.find((d) => d.rule === 'gps/forbidden-content')!.severity).toBe('error');
    expect(report.diagnostics.find((d) => d.rule === 'gps/code-in-catalog')!.severity).toBe('info');
    expect(report.summary).toEqual({ error: 2, warning: 0, info: 5 });
  });

  it('keeps the 尾差 info of a raised rule at info', () => {
    const report = run(grid, { severities: { 'basic-economic/row-sum': 'error' } });
    expect(report.diagnostics.find((d) => d.rule === 'basic-economic/row-sum')!.severity).toBe('info');
  });
});

describe('required-table profiles', () => {
  const withoutFundTables = () => ({ ...grid, sheets: grid.sheets.filter((s) => s.name !== '表7') });

  it('requires the 13 tables by default', () => {
    const missing = run(withoutFundTables()).diagnostics.filter((d) => d.rule === 'meta/required-tables');
    expect(missing.map((d) => d.message)).toEqual([expect.stringContaining('缺少政府性基金预算收入表')]);
  });

  it('the core profile does not require the 政府性基金 tables but still the 三公 table', () => {
    expect(run(withoutFundTables(), { profile: 'core' }).diagnostics.filter((d) => d.rule === 'meta/required-tables')).toEqual([]);
    const noThreePublic = { ...grid, sheets: grid.sheets.filter((s) => s.name !== '表10') };
    expect(run(noThreePublic, { profile: 'core' }).diagnostics.filter((d) => d.rule === 'meta/required-tables')).toHaveLength(1);
  });

  it('warns about an unknown family and checks with the detected one', () => {
    const report = run(withoutFundTables(), { profile: 'nope' });
    expect(report.diagnostics[0]).toMatchObject({ rule: 'engine/setup', severity: 'warning', message: expect.stringContaining('未知的模板“nope”') });
    expect(report.diagnostics.some((d) => d.rule === 'meta/required-tables')).toBe(true);
  });

  it('gives one finding, not thirteen, when no budget table is recognised', () => {
    const report = run({ sheets: [{ name: 'Sheet1', rows: [[{ v: '会议纪要' }]], merges: [] }] });
    expect(report.diagnostics.filter((d) => d.rule === 'meta/required-tables')).toHaveLength(1);
  });
});

describe('政府购买服务 catalogs', () => {
  it('uses the catalogs the caller selects', () => {
    const report = run(grid, { catalogs: ['jiaozuo-2023'] });
    expect(report.catalogs).toEqual(['jiaozuo-2023']);
    // 焦作's B0702 is 评估和评价服务: a different finding, proving the selection is used.
    expect(report.diagnostics.find((d) => d.rule === 'gps/name-matches-code' && d.actual === 'B0702 评估服务')).toBeDefined();
  });

  it('names unknown catalog ids', () => {
    expect(run(grid, { catalogs: ['nope'] }).diagnostics[0]).toMatchObject({ rule: 'engine/setup', message: '未找到目录：nope。' });
  });

  it('says so and skips catalog checks when no catalogs are given', () => {
    const report = check(grid);
    expect(report.diagnostics.some((d) => d.rule.startsWith('gps/code') || d.rule.startsWith('codes/function'))).toBe(false);
    expect(report.diagnostics.find((d) => d.rule === 'engine/setup')!.message).toContain('未提供目录');
  });
});
