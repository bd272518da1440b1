/** --summary and --format html on a folder of workbooks: their figures equal the JSON report's. */
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { JSDOM } from 'jsdom';
import { main } from '../../src/cli/main';
import type { Report } from '../../src/core/report';
import type { Severity } from '../../src/core/findings';
import { patchXlsx } from '../../src/host/file/patch/patch-xlsx';
import { partText, readPackage } from '../../src/host/file/xlsx-package';

const FIXTURES = path.join(__dirname, '../fixtures');
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

async function run(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
}

type Entry = Report | { file: string; error: string };
const isReport = (entry: Entry): entry is Report => 'summary' in entry;

function perRule(reports: Report[]): Map<string, Record<Severity, number>> {
  const counts = new Map<string, Record<Severity, number>>();
  for (const d of reports.flatMap((report) => report.diagnostics)) {
    const row = counts.get(d.rule) ?? { error: 0, warning: 0, info: 0 };
    row[d.severity] += 1;
    counts.set(d.rule, row);
  }
  return counts;
}

describe('reports for the reviewer: --summary and --format html', () => {
  let dir: string;
  let entries: Entry[];
  let reports: Report[];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'reports-'));
    await mkdir(path.join(dir, 'in'));
    await copyFile(path.join(FIXTURES, '泽州县财政局-2026-部门预算公开-A.xlsx'), path.join(dir, 'in', '泽州.xlsx'));
    await writeFile(
      path.join(dir, 'in', '泽州-错一格.xlsx'),
      patchXlsx(readFileSync(path.join(FIXTURES, '泽州县财政局-2026-部门预算公开-A.xlsx')), [{ sheet: '表2', cell: 'D6', value: 2144.19 }]),
    );
    await copyFile(path.join(FIXTURES, 'shanghai/上海市普陀区万里街道办事处-2024-部门预算.xlsx'), path.join(dir, 'in', '万里.xlsx'));
    await copyFile(path.join(FIXTURES, 'odd-no-budget-tables.xlsx'), path.join(dir, 'in', 'odd.xlsx'));
    await writeFile(path.join(dir, 'in', 'broken.xlsx'), 'not a workbook');
    const json = await run(['--format', 'json', 'in'], dir);
    entries = JSON.parse(json.stdout);
    reports = entries.filter(isReport);
    expect(reports).toHaveLength(4);
    const written = await run(['--format', 'html', '-o', 'report.html', '--summary', 'summary.xlsx', 'in'], dir);
    expect(written.stdout).toBe('');
    expect(written.code).toBe(json.code);
  });

  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('refuses to write a report over an input before checking anything', async () => {
    const before = readFileSync(path.join(dir, 'in', '泽州.xlsx'));
    expect(await run(['--summary', 'in/泽州.xlsx', 'in'], dir)).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('报告文件 in/泽州.xlsx 是本次检查的输入之一') });
    expect(await run(['--format', 'html', '-o', 'in/泽州.xlsx', 'in'], dir)).toMatchObject({ code: 2, stdout: '' });
    expect(Buffer.compare(readFileSync(path.join(dir, 'in', '泽州.xlsx')), before)).toBe(0);
  });

  describe('--summary workbook', () => {
    let workbook: ExcelJS.Workbook;
    beforeAll(async () => {
      workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(path.join(dir, 'summary.xlsx')) as unknown as ArrayBuffer);
    });
    const rows = (name: string) => (workbook.getWorksheet(name)!.getSheetValues().slice(1) as unknown[][]).map((row) => row.slice(1));

    it('has 汇总, 问题清单 and 按规则, each with a frozen header, an autofilter and fitted widths', () => {
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['汇总', '问题清单', '按规则']);
      for (const sheet of workbook.worksheets) {
        expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
        expect(sheet.autoFilter).toBeDefined();
        sheet.getRow(1).eachCell((cell, col) => expect(sheet.getColumn(col).width).toBeGreaterThanOrEqual(String(cell.value).length * 2));
      }
      expect(rows('问题清单')[0]).toEqual(['文件', '表', '单元格', '级别', '规则', '说明', '应为', '实为', '忽略理由']);
      const fileWidth = workbook.getWorksheet('问题清单')!.getColumn(1).width!;
      expect(fileWidth).toBeGreaterThanOrEqual('in/泽州-错一格.xlsx'.length + 4);
    });

    it('汇总 has one row per file with the JSON report’s counts and family, linked to its first finding', () => {
      const summary = rows('汇总');
      expect(summary[0]).toEqual(['文件', '单位', '年度', '模板', '错误', '警告', '提示', '已忽略', '状态', '问题', '备注']);
      expect(summary.slice(1).map((row) => row[0])).toEqual(entries.map((entry) => entry.file));
      const findings = rows('问题清单');
      for (const row of summary.slice(1)) {
        const entry = entries.find((candidate) => candidate.file === row[0])!;
        if (!isReport(entry)) {
          expect(row.slice(4, 9)).toEqual([undefined, undefined, undefined, undefined, '无法读取']);
          expect(row[10]).toContain('不是 .xlsx 格式');
          continue;
        }
        expect(row.slice(4, 8)).toEqual([...SEVERITIES.map((s) => entry.summary[s]), 0]);
        expect(row[1]).toBe(entry.unitName ?? undefined);
        expect(row[2]).toBe(entry.year);
        expect(row[3]).toBe({ shanxi: '山西 部门/单位预算公开（13 张表）', 'shanghai-department': '上海 部门预算（9 张表）', general: '通用（各地共有的表格）' }[entry.family!]);
        const link = row[9] as { formula: string; result: string };
        expect(link.result).toBe(`查看 ${entry.diagnostics.length} 条`);
        const target = Number(/#'问题清单'!A(\d+)"/.exec(link.formula)![1]);
        expect(findings[target - 1][0]).toBe(entry.file);
        expect(findings[target - 2][0]).not.toBe(entry.file);
      }
    });

    it('问题清单 lists every finding of the JSON report with its cell, severity, rule and values', () => {
      const findings = rows('问题清单').slice(1);
      expect(findings).toHaveLength(reports.reduce((n, report) => n + report.diagnostics.length, 0));
      for (const report of reports) {
        const mine = findings.filter((row) => row[0] === report.file);
        expect(mine).toHaveLength(report.diagnostics.length);
        for (const severity of SEVERITIES) expect(mine.filter((row) => row[3] === LABEL[severity])).toHaveLength(report.summary[severity]);
        for (const d of report.diagnostics) {
          expect(mine).toContainEqual([report.file, expect.any(String), d.cell, LABEL[d.severity], d.rule, d.message, d.expected, d.actual]);
        }
      }
      const wrongCell = findings.find((row) => row[0] === 'in/泽州-错一格.xlsx' && row[2] === 'D6')!;
      expect(wrongCell.slice(1, 8)).toEqual(['表2 · 2026年预算收入总表', 'D6', '错误', expect.stringMatching(/^income\//), expect.stringContaining('应为 2134.19'), '2134.19', '2144.19']);
    });

    it('按规则 counts each rule’s findings by severity as the JSON report does', () => {
      const byRule = rows('按规则');
      expect(byRule[0]).toEqual(['规则', '名称', '错误', '警告', '提示', '合计']);
      const expected = perRule(reports);
      expect(
        byRule
          .slice(1)
          .map((row) => row[0])
          .sort(),
      ).toEqual([...expected.keys()].sort());
      for (const row of byRule.slice(1)) {
        const counts = expected.get(row[0] as string)!;
        expect(row.slice(2)).toEqual([counts.error, counts.warning, counts.info, counts.error + counts.warning + counts.info]);
      }
      expect(byRule.find((row) => row[0] === 'meta/required-tables')![1]).toBe('必备表格齐全');
    });
  });

  describe('--format html page', () => {
    let document: Document;
    let html: string;
    beforeAll(() => {
      html = readFileSync(path.join(dir, 'report.html'), 'utf8');
      document = new JSDOM(html).window.document;
    });
    const count = (element: Element, severity: Severity) => Number(element.getAttribute(`data-${severity}`));

    it('is self-contained: no script, no link, no external URL, a CSP that forbids loading anything', () => {
      expect(document.querySelectorAll('script, link, img, iframe, object, embed')).toHaveLength(0);
      expect(html).not.toMatch(/(src|href)="(?!#)/);
      expect(html).not.toMatch(/url\(/);
      expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toContain("default-src 'none'");
    });

    it('shows each file’s counts as the JSON report, in the summary table, the chart and its section', () => {
      const rowsByFile = new Map([...document.querySelectorAll('table.summary tbody tr')].map((row) => [row.getAttribute('data-file'), row]));
      const articles = new Map([...document.querySelectorAll('article.file')].map((article) => [article.getAttribute('data-file'), article]));
      const bars = [...document.querySelectorAll('#chart-units g.bar')];
      expect(rowsByFile.size).toBe(entries.length);
      expect(bars).toHaveLength(entries.length);
      entries.forEach((entry, i) => {
        if (!isReport(entry)) {
          expect(articles.get(entry.file)!.textContent).toContain('无法读取');
          return;
        }
        for (const severity of SEVERITIES) {
          expect(Number(rowsByFile.get(entry.file)!.querySelector(`td[data-severity=${severity}]`)!.getAttribute('data-count'))).toBe(entry.summary[severity]);
          expect(count(articles.get(entry.file)!, severity)).toBe(entry.summary[severity]);
          expect(articles.get(entry.file)!.querySelectorAll(`li[data-severity=${severity}]`)).toHaveLength(entry.summary[severity]);
          expect(Number(bars[i].querySelector(`rect[data-severity=${severity}]`)!.getAttribute('data-count'))).toBe(entry.summary[severity]);
        }
        expect(bars[i].getAttribute('data-label')).toBe(entry.file);
      });
      const totals = document.querySelector('.totals')!;
      for (const severity of SEVERITIES) expect(count(totals, severity)).toBe(reports.reduce((n, report) => n + report.summary[severity], 0));
    });

    it('draws one bar per rule with the JSON report’s counts', () => {
      const expected = perRule(reports);
      const bars = [...document.querySelectorAll('#chart-rules g.bar')];
      expect(bars.map((bar) => bar.getAttribute('data-label')).sort()).toEqual([...expected.keys()].sort());
      for (const bar of bars) {
        for (const severity of SEVERITIES)
          expect(Number(bar.querySelector(`rect[data-severity=${severity}]`)!.getAttribute('data-count'))).toBe(expected.get(bar.getAttribute('data-label')!)![severity]);
      }
    });

    it('groups a file’s findings by table with cell addresses', () => {
      const article = [...document.querySelectorAll('article.file')].find((candidate) => candidate.getAttribute('data-file') === 'in/泽州-错一格.xlsx')!;
      const group = [...article.querySelectorAll('section.table-group')].find((section) => section.querySelector('h4')!.textContent!.startsWith('表2 · 2026年预算收入总表'))!;
      const item = [...group.querySelectorAll('li')].find((li) => li.querySelector('code.cell')?.textContent === '表2!D6')!;
      expect(item.getAttribute('data-severity')).toBe('error');
      expect(item.textContent).toContain('应为 2134.19，实为 2144.19');
      expect(item.querySelector('.fix')!.textContent).toBe('可自动修正');
    });
  });
});

describe('findings on a PDF', () => {
  it('name their page beside the cell in the page and in 问题清单', async () => {
    const pdf = path.join(FIXTURES, 'pdf/上海市普陀区财政局-2025-部门预算.pdf');
    const { stdout } = await run(['--format', 'json', pdf], process.cwd());
    const [report] = JSON.parse(stdout) as Report[];
    const paged = report.diagnostics.find((d) => d.sheet && d.page !== undefined)!;
    const { renderHtmlReport } = await import('../../src/cli/report/html-report');
    const { summaryWorkbook } = await import('../../src/cli/report/summary-workbook');
    const page = new JSDOM(renderHtmlReport([{ file: report.file, report }])).window.document;
    expect([...page.querySelectorAll('code.cell')].map((code) => code.textContent)).toContain(`${paged.sheet}!${paged.cell}（第${paged.page}页）`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await summaryWorkbook([{ file: report.file, report }])) as unknown as ArrayBuffer);
    const cells = (workbook.getWorksheet('问题清单')!.getSheetValues() as unknown[][]).slice(2).map((row) => row[3]);
    expect(cells).toContain(`${paged.cell}（第${paged.page}页）`);
  });
});

describe('--summary writes findings’ texts as text', () => {
  it('keeps a message that looks like a formula as a string cell', async () => {
    const { summaryWorkbook } = await import('../../src/cli/report/summary-workbook');
    const report: Report = {
      file: 'x.xlsx',
      catalogs: [],
      sheets: ['表1'],
      tables: [],
      purchases: [],
      diagnostics: [{ rule: 'narrative/amounts', severity: 'error', message: '=HYPERLINK("http://example.com","点我")', sheet: '表1', cell: 'A1', expected: '=1+1', actual: '+2' }],
      summary: { error: 1, warning: 0, info: 0 },
    };
    const bytes = await summaryWorkbook([{ file: 'x.xlsx', report }]);
    const pkg = readPackage(bytes);
    const findingsSheet = partText(pkg, 'xl/worksheets/sheet2.xml')!;
    expect(findingsSheet).not.toContain('<f>');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const row = workbook.getWorksheet('问题清单')!.getRow(2);
    expect([row.getCell(6).value, row.getCell(7).value, row.getCell(8).value]).toEqual(['=HYPERLINK("http://example.com","点我")', '=1+1', '+2']);
  });
});
