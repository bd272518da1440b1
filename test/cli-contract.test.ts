/**
 * The budget-check contract of DESIGN.md §3 as scripts see it: help, exit codes, Chinese messages
 * on stderr, nothing on stdout for unreadable input, and the JSON report shape.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../src/cli/main';
import type { CliIO } from '../src/cli/io';

const ROOT = path.resolve(__dirname, '..');
const HAN = /[\u4e00-\u9fff]/;
const dir = mkdtempSync(path.join(tmpdir(), 'cli-contract-'));

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd: dir };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A small 收支总表 whose totals agree, written with ExcelJS like a user's workbook. */
async function writeTinyWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('表1');
  sheet.addRows([
    ['2026年部门收支总表'],
    ['部门：测试局', null, null, '单位：万元'],
    ['收入', null, '支出', null],
    ['项目', '预算数', '项目', '预算数'],
    ['一般公共预算拨款收入', 100, '一般公共服务支出', 100],
    ['本年收入合计', 100, '本年支出合计', 100],
    ['收入总计', 100, '支出总计', 100],
  ]);
  sheet.mergeCells('A1:D1');
  await workbook.xlsx.writeFile(file);
}

describe('budget-check in process', () => {
  it('--help prints the Chinese usage and exits 0', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^用法：budget-check/);
    expect(result.stdout).toContain('退出码');
    expect(result.stderr).toBe('');
  });

  it('no arguments is a usage error: exit 2', async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).toContain('用法');
  });

  it('an unknown option exits 2 with a Chinese message on stderr', async () => {
    const result = await run(['--colour', 'x.xlsx']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('未知选项 --colour');
    expect(result.stdout).toBe('');
  });

  it('a bad --format value exits 2 and names the value', async () => {
    const result = await run(['--format', 'xml', 'x.xlsx']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('“xml”');
  });

  it('a missing file exits 2 with a Chinese message and nothing on stdout', async () => {
    const result = await run(['不存在.xlsx']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('不存在.xlsx：文件不存在');
    expect(result.stdout).toBe('');
  });

  it('garbage bytes named .xlsx exit 2 with a Chinese message and nothing on stdout', async () => {
    writeFileSync(path.join(dir, '损坏.xlsx'), Buffer.from('这不是一个工作簿\u0000\u0001\u0002'));
    const result = await run(['损坏.xlsx']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('损坏.xlsx');
    expect(result.stderr).toMatch(HAN);
    expect(result.stderr).not.toMatch(/内部错误|\n\s+at /);
    expect(result.stdout).toBe('');
  });

  it('--format json prints one report per file with file, sheets and summary', async () => {
    await writeTinyWorkbook(path.join(dir, 'tiny.xlsx'));
    const result = await run(['--format', 'json', 'tiny.xlsx']);
    expect(result.code === 0 || result.code === 1).toBe(true);
    const reports = JSON.parse(result.stdout);
    expect(Array.isArray(reports)).toBe(true);
    expect(reports).toHaveLength(1);
    const [report] = reports;
    expect(report.file).toBe('tiny.xlsx');
    expect(report.sheets).toEqual(['表1']);
    expect(Object.keys(report.summary).sort()).toEqual(['error', 'info', 'warning']);
    expect(report.summary.error).toBe(report.diagnostics.filter((d: { severity: string }) => d.severity === 'error').length);
    expect(result.code).toBe(report.summary.error > 0 ? 1 : 0);
  });
});

describe('budget-check as a process', () => {
  it('bin/budget-check.cjs runs, prints help and exits 0', () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'bin/budget-check.cjs'), '--help'], { encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^用法：budget-check/);
  });

  it('bin/budget-check.cjs exits 2 on a missing file, message on stderr only', () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'bin/budget-check.cjs'), path.join(dir, '缺失.xlsx')], { encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('缺失.xlsx');
    expect(result.stdout).toBe('');
  });
});
