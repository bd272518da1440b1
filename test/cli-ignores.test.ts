/**
 * Issue 19 case 2: a finding the preparer ignored in the browser page (or in Excel) stays in the
 * CLI's report, marked with its reason and counted apart; nothing hides an error.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { check } from '../src/core/engine';
import { addIgnore, EMPTY_IGNORES, IGNORED_SETTING } from '../src/core/ignores';
import { FileHost } from '../src/host/file/file-host';
import { main } from '../src/cli/main';

const dir = mkdtempSync(path.join(tmpdir(), 'cli-ignores-'));

async function run(argv: string[]) {
  let stdout = '';
  const code = await main(argv, { stdout: (text) => (stdout += text), stderr: () => undefined, cwd: dir });
  return { code, stdout };
}

/** A 收支总表 whose 本年收入合计 is 1 too high: two error findings or more. */
async function plantedBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('表1').addRows([
    ['2026年部门收支总表'],
    ['部门：测试局', null, null, '单位：万元'],
    ['收入', null, '支出', null],
    ['项目', '预算数', '项目', '预算数'],
    ['一般公共预算拨款收入', 100, '一般公共服务支出', 100],
    ['本年收入合计', 101, '本年支出合计', 100],
    ['收入总计', 101, '支出总计', 100],
  ]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('budget-check shows ignored findings', () => {
  it('marks the ignored finding with its reason in JSON and counts it apart in text', async () => {
    const host = await FileHost.fromBytes(await plantedBytes(), '忽略.xlsx');
    const report = check(await host.readGrid());
    const errors = report.diagnostics.filter((d) => d.severity === 'error' && d.cell);
    expect(errors.length).toBeGreaterThan(0);
    const target = errors[0];
    await host.setSetting(IGNORED_SETTING, addIgnore(EMPTY_IGNORES, target, '已与财政局核对', new Date('2026-03-01')));
    writeFileSync(path.join(dir, '忽略.xlsx'), await host.saveXlsx());

    const json = await run(['--format', 'json', '忽略.xlsx']);
    const [out] = JSON.parse(json.stdout);
    expect(out.diagnostics).toHaveLength(report.diagnostics.length);
    const marked = out.diagnostics.filter((d: { ignored?: boolean }) => d.ignored);
    expect(marked).toEqual([expect.objectContaining({ rule: target.rule, cell: target.cell, ignored: true, reason: '已与财政局核对' })]);
    expect(out.summary).toEqual({ ...report.summary, ignored: { error: 1, warning: 0, info: 0 } });
    expect(json.code).toBe(1);

    const text = await run(['忽略.xlsx']);
    expect(text.stdout).toContain(`合计：错误 ${report.summary.error}（其中已忽略 1）`);
    expect(text.stdout).toContain('忽略理由：已与财政局核对');
  });
});
