import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { check } from '../../core/engine';
import type { Grid } from '../../core/grid';
import type { Report } from '../../core/report';
import type { Diagnostic } from '../../core/rules/types';
import { bundledCatalogs } from '../../data/bundled-sync';
import { patchXlsx } from '../../host/file/patch/patch-xlsx';
import { readXlsx } from '../../host/file/xlsx-reader';
import { fixWorkbook, type FixTarget } from './fix-workbook';

const FIXTURE = path.join(__dirname, '../../../test/fixtures/泽州县财政局-2026-部门预算公开-A.xlsx');
const DEFECT = { sheet: '表2', cell: 'D6', correct: 2134.19 };

async function checked(bytes: Uint8Array): Promise<{ grid: Grid; report: Report }> {
  const grid = await readXlsx(bytes, 'a.xlsx');
  return { grid, report: check(grid, { catalogSet: bundledCatalogs(), file: 'a.xlsx' }) };
}

describe('fixWorkbook', () => {
  let dir: string;
  let input: Uint8Array;
  let target: FixTarget;
  const recheck = async (bytes: Uint8Array) => (await checked(bytes)).report;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'fix-workbook-'));
    input = patchXlsx(readFileSync(FIXTURE), [{ sheet: DEFECT.sheet, cell: DEFECT.cell, value: DEFECT.correct + 10 }]);
  });
  beforeEach(() => {
    target = { path: path.join(dir, `${expect.getState().currentTestName}.fixed.xlsx`), shown: 'a.fixed.xlsx', write: true };
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes the fixed workbook after a re-check that confirms the fix', async () => {
    const { grid, report } = await checked(input);
    const outcome = await fixWorkbook(input, grid, report, target, recheck);
    expect(outcome.output).toBe('a.fixed.xlsx');
    expect(outcome.applied.flatMap((fix) => fix.edits)).toEqual([{ sheet: '表2', cell: 'D6', before: '2144.19', after: '2134.19' }]);
    expect(outcome.remaining).toEqual({ ...report.summary, error: report.summary.error - 1 });
    const written = await checked(readFileSync(target.path));
    expect(written.grid.sheets.find((sheet) => sheet.name === '表2')!.rows[5]![3]!.v).toBe(2134.19);
  });

  it('writes nothing when the re-check still reports a finding the fix addressed', async () => {
    const { grid, report } = await checked(input);
    const outcome = await fixWorkbook(input, grid, report, target, async () => report);
    expect(outcome.output).toBeUndefined();
    expect(outcome.error).toBe('复查未通过：修复后仍有 1 条与所做修复相关的问题，为免改错，未写入文件。');
    expect(outcome.unresolved).toEqual([expect.objectContaining({ sheet: '表2', cell: 'D6' })]);
    expect(existsSync(target.path)).toBe(false);
  });

  it('writes nothing when the fixed workbook has an error where there was none', async () => {
    const { grid, report } = await checked(input);
    const brought: Diagnostic = { rule: 'summary/balance', severity: 'error', message: '收入总计与支出总计不等', sheet: '表1', cell: 'B37' };
    const outcome = await fixWorkbook(input, grid, report, target, async (bytes) => {
      const after = await recheck(bytes);
      return { ...after, diagnostics: [...after.diagnostics, brought] };
    });
    expect(outcome.unresolved).toEqual([{ rule: 'summary/balance', sheet: '表1', cell: 'B37', message: '收入总计与支出总计不等' }]);
    expect(existsSync(target.path)).toBe(false);
  });

  it('keeps the other fixes when the patcher refuses one, and says why', async () => {
    const { grid, report } = await checked(input);
    const impossible: Diagnostic = {
      rule: 'income/row-sum',
      severity: 'error',
      message: '越界',
      sheet: '表2',
      cell: 'XFE1',
      fix: { kind: 'fix', description: '', edits: [{ sheet: '表2', cell: 'XFE1', value: 1 }] },
    };
    const outcome = await fixWorkbook(input, grid, { ...report, diagnostics: [...report.diagnostics, impossible] }, target, recheck);
    expect(outcome.applied.map((fix) => fix.cell)).toEqual(['D6']);
    expect(outcome.notApplied).toEqual([
      { rule: 'income/row-sum', sheet: '表2', cell: 'XFE1', message: '越界', reason: '单元格地址“XFE1”超出 Excel 工作表范围（最大 XFD1048576），修改未执行。' },
    ]);
    expect(outcome.output).toBe('a.fixed.xlsx');
  });

  it('does everything but the write in a dry run', async () => {
    const { grid, report } = await checked(input);
    const outcome = await fixWorkbook(input, grid, report, { ...target, write: false }, recheck);
    expect(outcome).toMatchObject({ dryRun: true, applied: [expect.objectContaining({ cell: 'D6' })], remaining: { error: report.summary.error - 1 } });
    expect(outcome.output).toBeUndefined();
    expect(existsSync(target.path)).toBe(false);
  });
});
