/**
 * Issue 19 case 2: a finding the preparer ignored in the browser page (or in Excel) stays in the
 * CLI's reports (text, JSON, the HTML page, the --summary workbook), marked with its reason and
 * counted apart; nothing hides an error, and --fix does not fix what was ignored.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { JSDOM } from 'jsdom';
import { check } from '../src/core/engine';
import { addIgnore, EMPTY_IGNORES } from '../src/core/ignores';
import { IGNORED_SETTING } from '../src/core/settings';
import { FileHost } from '../src/host/file/file-host';
import { main } from '../src/cli/main';
import type { Report } from '../src/core/report';
import type { Diagnostic } from '../src/core/rules/types';

const dir = mkdtempSync(path.join(tmpdir(), 'cli-ignores-'));

async function run(argv: string[]) {
  let stdout = '';
  const code = await main(argv, { stdout: (text) => (stdout += text), stderr: () => undefined, cwd: dir });
  return { code, stdout };
}

/** A 收支总表 whose 本年收入合计 is 1 too high: two error findings or more. */
async function plantedBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook
    .addWorksheet('表1')
    .addRows([
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
  let report: Report;
  let target: Diagnostic;

  beforeAll(async () => {
    const host = await FileHost.fromBytes(await plantedBytes(), '忽略.xlsx');
    report = check(await host.readGrid());
    // The finding ignored is one --fix would otherwise fix.
    target = report.diagnostics.find((d) => d.severity === 'error' && d.cell && d.fix?.kind === 'fix')!;
    expect(target).toBeDefined();
    await host.setSetting(IGNORED_SETTING, addIgnore(EMPTY_IGNORES, target, '已与财政局核对', new Date('2026-03-01')));
    writeFileSync(path.join(dir, '忽略.xlsx'), await host.saveXlsx());
  });

  it('marks the ignored finding with its reason in JSON and counts it apart in text; the error still fails the run', async () => {
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

  it('lists it with its reason and counts it apart in the HTML page and the --summary workbook', async () => {
    expect((await run(['--format', 'html', '-o', '忽略.html', '--summary', '忽略-汇总.xlsx', '忽略.xlsx'])).code).toBe(1);
    const page = new JSDOM(readFileSync(path.join(dir, '忽略.html'), 'utf8')).window.document;
    const ignored = [...page.querySelectorAll('li[data-ignored="true"]')];
    expect(ignored).toHaveLength(1);
    expect(ignored[0].querySelector('code.cell')!.textContent).toBe(`${target.sheet}!${target.cell}`);
    expect(ignored[0].textContent).toContain('忽略理由：已与财政局核对');
    expect(ignored[0].querySelector('.fix')).toBeNull();
    const errorCount = page.querySelector('table.summary td[data-severity=error]')!;
    expect([errorCount.getAttribute('data-count'), errorCount.getAttribute('data-ignored')]).toEqual([String(report.summary.error), '1']);
    expect(errorCount.textContent).toBe(`${report.summary.error}（其中已忽略 1）`);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(path.join(dir, '忽略-汇总.xlsx')) as unknown as ArrayBuffer);
    const rows = (name: string) => (workbook.getWorksheet(name)!.getSheetValues().slice(2) as unknown[][]).map((row) => row.slice(1));
    expect(rows('汇总')[0].slice(4, 8)).toEqual([report.summary.error, report.summary.warning, report.summary.info, 1]);
    const reasons = rows('问题清单').filter((row) => row[8]);
    expect(reasons).toEqual([expect.arrayContaining([target.cell, '错误', target.rule, '已与财政局核对'])]);
  });

  it('--fix leaves the ignored finding’s fix out and says why', async () => {
    const [out] = JSON.parse((await run(['--fix-dry-run', '--format', 'json', '忽略.xlsx'])).stdout);
    expect(out.fixed.applied).not.toContainEqual(expect.objectContaining({ rule: target.rule, cell: target.cell }));
    expect(out.fixed.notApplied).toContainEqual(expect.objectContaining({ rule: target.rule, cell: target.cell, reason: '已忽略（理由：已与财政局核对），不修复。' }));
  });
});
