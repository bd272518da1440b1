import { IGNORED_SETTING, LAST_CHECK_SETTING, PROFILE_SETTING } from '../../core/settings';
import { check } from '../../core/engine';
import { gridFromRows } from '../../core/grid';
import { addIgnore, EMPTY_IGNORES } from '../../core/ignores';
import { MemoryHost } from '../../host/memory/memory-host';
import { runCheckCommand, type LastCheck } from './run-check-command';

function expenditureOnly() {
  return new MemoryHost({
    sheets: [
      gridFromRows('表3', [
        ['2026年部门支出总表'],
        ['部门名称：某某局', null, null, null, '单位：万元'],
        ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
        ['201', '一般公共服务支出', 90, 60, 30],
        ['20106', '财政事务', 91, 60, 30],
        [null, '合计', 90, 60, 30],
      ]),
    ],
  });
}

describe('runCheckCommand (ribbon 运行检查)', () => {
  it('marks the findings, selects the first error and leaves a summary for the pane', async () => {
    const host = expenditureOnly();
    const summary = await runCheckCommand(host, []);
    expect(host.highlights).toContainEqual(expect.objectContaining({ sheet: '表3', cell: 'C5', severity: 'error' }));
    await expect(host.getSelection()).resolves.toMatchObject({ sheet: '表3', cell: 'C5' });
    expect(summary).toMatch(/^检查完成：错误 [1-9]\d*，警告 \d+，提示 \d+；已标记 [1-9]\d* 处单元格/);
    await expect(host.getSetting<LastCheck>(LAST_CHECK_SETTING)).resolves.toMatchObject({ summary });
  });

  it('checks as the pane does: the workbook’s profile, and its ignored findings counted apart and not marked', async () => {
    const host = expenditureOnly();
    const grid = await host.readGrid();
    const errors = (profile?: string) => check(grid, { catalogSet: [], ...(profile ? { profile } : {}) }).diagnostics.filter((d) => d.severity === 'error').length;
    // The workbook matches no known family; the stored choice (山西, 13 tables) requires more tables.
    expect(errors('shanxi')).toBeGreaterThan(errors());
    await host.setSetting(PROFILE_SETTING, 'shanxi');
    const c5 = check(grid, { catalogSet: [], profile: 'shanxi' }).diagnostics.filter((d) => d.cell === 'C5');
    const ignored = c5.reduce((store, d) => addIgnore(store, d, '已与单位核实', new Date('2026-03-01')), EMPTY_IGNORES);
    await host.setSetting(IGNORED_SETTING, ignored);
    const summary = await runCheckCommand(host, []);
    expect(summary).toMatch(new RegExp(`^检查完成：错误 ${errors('shanxi')}（其中已忽略 ${c5.filter((d) => d.severity === 'error').length}），`));
    expect(host.highlights.filter((h) => h.cell === 'C5')).toEqual([]);
  });
});
