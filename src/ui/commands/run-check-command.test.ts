import { gridFromRows } from '../../core/grid';
import { MemoryHost } from '../../host/memory/memory-host';
import { LAST_CHECK_SETTING, runCheckCommand, type LastCheck } from './run-check-command';

describe('runCheckCommand (ribbon 运行检查)', () => {
  it('marks the findings, selects the first error and leaves a summary for the pane', async () => {
    const host = new MemoryHost({
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
    const summary = await runCheckCommand(host, []);
    expect(host.highlights).toContainEqual(expect.objectContaining({ sheet: '表3', cell: 'C5', severity: 'error' }));
    await expect(host.getSelection()).resolves.toMatchObject({ sheet: '表3', cell: 'C5' });
    expect(summary).toMatch(/^检查完成：错误 [1-9]\d*，警告 \d+，提示 \d+；已标记 [1-9]\d* 处单元格/);
    await expect(host.getSetting<LastCheck>(LAST_CHECK_SETTING)).resolves.toMatchObject({ summary });
  });
});
