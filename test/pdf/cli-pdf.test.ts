/**
 * budget-check with PDFs: a published PDF is checked like a workbook and its findings name their page;
 * a PDF that cannot be checked (scan, password, damaged, not a disclosure) exits 2 with a Chinese
 * message on stderr and nothing on stdout; `convert` writes a workbook that reads back as the same grid.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import type { Grid } from '../../src/core/grid';
import type { Report } from '../../src/core/report';
import { readWorkbook } from '../../src/core/tables';
import { readXlsx } from '../../src/host/file/xlsx-reader';
import { MESSAGES } from '../../src/host/pdf/errors';
import { nodePdfSource } from '../../src/host/pdf/node-source';
import { readPdf } from '../../src/host/pdf/pdf-reader';
import { paragraph, summaryDisclosure } from './support/disclosure-pdf';
import { buildPdf } from './support/pdf-writer';

const dir = mkdtempSync(path.join(tmpdir(), 'cli-pdf-'));
const SHANGHAI = path.join(__dirname, '../fixtures/pdf/上海市普陀区社会福利院-2024-单位预算.pdf');

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd: dir };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

function write(name: string, bytes: Uint8Array): string {
  writeFileSync(path.join(dir, name), bytes);
  return name;
}

describe('budget-check <file.pdf>', () => {
  const unbalanced = () => write('不平衡.pdf', buildPdf(summaryDisclosure({ totals: [300, 301], scanPage: true })));

  it('reports findings with the page of their cell (JSON page) and names the pages it could not read', async () => {
    const result = await run(['--format', 'json', unbalanced()]);
    expect(result.stderr).toBe('');
    const [report] = JSON.parse(result.stdout) as Report[];
    expect(report.tables.map((table) => [table.kind, table.sheet, table.unit])).toEqual([['summary', '2026年部门收支预算总表', '万元']]);
    const onTotal = report.diagnostics.filter((d) => d.cell === 'D8');
    expect(onTotal.length).toBeGreaterThan(0);
    expect(onTotal.every((d) => d.page === 3 && d.severity === 'error')).toBe(true);
    // Each related or explained cell names its own page: the table's cells page 3, the narrative's figure page 1.
    const pages = (cells: Array<{ sheet: string; cell: string; page?: number }>) => [...new Set(cells.map((c) => `${c.sheet}!${c.cell}@${c.page}`))].sort();
    expect(pages(onTotal.flatMap((d) => d.related ?? []))).toEqual(['2026年部门收支预算总表!B8@3', '2026年部门收支预算总表!D7@3', '说明!A2@1']);
    expect(pages(onTotal.flatMap((d) => d.explains ?? []))).toEqual(['2026年部门收支预算总表!D8@3', '说明!A2@1']);
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ rule: 'pdf/textless-page', severity: 'warning', page: 4 }));
    expect(report.summary.error).toBe(report.diagnostics.filter((d) => d.severity === 'error').length);
    expect(report.summary.warning).toBe(report.diagnostics.filter((d) => d.severity === 'warning').length);
    expect(result.code).toBe(1);
  });

  it('prints 第N页 beside the cell in the text report', async () => {
    const result = await run([unbalanced()]);
    expect(result.stdout).toContain('2026年部门收支预算总表!D8（第3页）');
    expect(result.stdout).toContain('第4页只有图片、没有文字层');
  });

  it('checks a published disclosure: every table cell finding has a page', async () => {
    const result = await run(['--format', 'json', SHANGHAI]);
    const [report] = JSON.parse(result.stdout) as Report[];
    expect(report.year).toBe(2024);
    expect(report.sheets).toContain('说明');
    const located = report.diagnostics.filter((d) => d.sheet && d.cell);
    expect(located.length).toBeGreaterThan(0);
    expect(located.filter((d) => !(typeof d.page === 'number' && d.page >= 1 && d.page <= 16))).toEqual([]);
  });

  it.each([
    ['扫描件.pdf', () => buildPdf([{ image: true }]), MESSAGES.noText(1, true)],
    ['加密.pdf', () => buildPdf(summaryDisclosure(), { userPassword: 'x' }), MESSAGES.encrypted],
    ['损坏.pdf', () => buildPdf(summaryDisclosure()).subarray(0, 900), '已损坏或不完整'],
    ['改了扩展名.pdf', () => Buffer.from('PK\u0003\u0004不是 PDF'), MESSAGES.notPdf],
    ['文章.pdf', () => buildPdf([{ texts: paragraph('这是一篇与预算无关的文章，没有任何表格。', 60, 80, 40) }]), MESSAGES.notDisclosure],
  ])('%s exits 2 with a Chinese message and prints no report', async (name, bytes, message) => {
    const result = await run([write(name, bytes())]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${name}：`);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });

  it.each([
    ['管道.pdf', () => execFileSync('mkfifo', [path.join(dir, '管道.pdf')]), '命名管道（FIFO）'],
    ['过大.pdf', () => (writeFileSync(path.join(dir, '过大.pdf'), '%PDF-1.4\n'), truncate(path.join(dir, '过大.pdf'), 101 * 1024 * 1024)), '文件过大（101 MB），超过 100 MB 的上限'],
  ])('%s is refused unread, as a workbook would be, by check and by convert', async (name, make, message) => {
    await make();
    for (const argv of [[name], ['convert', name, '-o', `${name}.xlsx`]]) {
      const result = await run(argv);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`${name}：`);
      expect(result.stderr).toContain(message);
      expect(result.stdout).toBe('');
    }
    expect(existsSync(path.join(dir, `${name}.xlsx`))).toBe(false);
  });

  it('checks the PDFs of a folder with its workbooks, the unreadable ones named apart', async () => {
    await mkdir(path.join(dir, '收文'));
    writeFileSync(path.join(dir, '收文', '甲.pdf'), buildPdf(summaryDisclosure()));
    writeFileSync(path.join(dir, '收文', '乙.pdf'), buildPdf([{ image: true }]));
    writeFileSync(path.join(dir, '收文', '丙.xlsx'), readFileSync(path.join(__dirname, '../../examples/泽州县财政局-2026-部门预算公开.xlsx')));
    const result = await run(['收文']);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/收文\/丙\.xlsx +\| +\d+ \|/);
    expect(result.stderr).toContain('乙.pdf：这份 PDF 的 1 页都只有图片');
    expect(result.stdout).toMatch(/收文\/甲\.pdf +\| +\d+ \|/);
    expect(result.stdout).toMatch(/收文\/乙\.pdf +\| +— \| +— \| +— \| 无法读取/);
  });
});

describe('budget-check convert', () => {
  it('writes a workbook the .xlsx reader reads back as the PDF’s grid, with the same tables', async () => {
    const result = await run(['convert', SHANGHAI, '-o', '福利院.xlsx']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('→ 福利院.xlsx');
    expect(result.stdout).toContain('表格 9 张（其中预算公开表 9 张）');
    const pdf = await readPdf(nodePdfSource(), readFileSync(SHANGHAI));
    const saved = await readXlsx(readFileSync(path.join(dir, '福利院.xlsx')));
    expect(withoutSources(saved)).toEqual(withoutSources(pdf.grid));
    const tables = (grid: Grid) => readWorkbook(grid).tables.map(({ kind, sheet, range, unit, rows }) => ({ kind, sheet, range, unit: unit?.unit, rows: rows.length }));
    expect(tables(saved)).toEqual(tables(pdf.grid));
    expect(tables(saved).length).toBeGreaterThan(0);
  });

  it('names the output after the PDF by default and refuses to replace a file without --force', async () => {
    write('示例.pdf', buildPdf(summaryDisclosure()));
    expect((await run(['convert', '示例.pdf'])).code).toBe(0);
    expect(existsSync(path.join(dir, '示例.xlsx'))).toBe(true);
    const again = await run(['convert', '示例.pdf']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('输出文件已存在');
    expect((await run(['convert', '示例.pdf', '--force'])).code).toBe(0);
  });

  it('exits 2 without writing anything for a PDF it cannot read', async () => {
    write('扫描.pdf', buildPdf([{ image: true }]));
    const result = await run(['convert', '扫描.pdf', '-o', '扫描.xlsx']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('没有文字层');
    expect(existsSync(path.join(dir, '扫描.xlsx'))).toBe(false);
  });

  it('needs exactly one PDF and an .xlsx output', async () => {
    expect((await run(['convert'])).code).toBe(2);
    expect((await run(['convert', 'a.pdf', 'b.pdf'])).stderr).toContain('只需要一个 PDF');
    expect((await run(['convert', 'a.pdf', '-o', 'a.csv'])).stderr).toContain('必须以 .xlsx 结尾');
  });
});

/** A grid as a file can hold it: without the PDF positions. */
function withoutSources(grid: Grid): unknown {
  return grid.sheets.map((sheet) => ({
    name: sheet.name,
    merges: [...sheet.merges].sort((a, b) => a.top - b.top || a.left - b.left),
    rows: Array.from(sheet.rows, (row) => (row ?? []).map((cell) => (cell ? { ...cell, src: undefined } : null))).map((row) => JSON.parse(JSON.stringify(row))),
  }));
}
