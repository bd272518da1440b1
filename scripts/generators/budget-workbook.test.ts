import { check } from '../../src/core/engine';
import type { Grid, GridSheet } from '../../src/core/grid';
import { readXlsx } from '../../src/host/file/xlsx-reader';
import { loadBundledCatalogs } from '../../src/data';
import { generateBudgetGrid } from './budget-workbook';
import { gridToXlsx } from './grid-to-xlsx';

const values = (sheet: GridSheet) => sheet.rows.map((row) => (row ?? []).map((cell) => cell?.v ?? null));
const sheet = (grid: Grid, name: string) => grid.sheets.find((s) => s.name === name)!;
const codesOf = (grid: Grid) =>
  values(sheet(grid, '表2'))
    .map((row) => row[0])
    .filter((v): v is string => typeof v === 'string' && /^\d{7}$/.test(v));

describe('synthetic budget workbook generator', () => {
  it('lays out the 13 tables the engine recognises, with sums that agree (no error or warning)', async () => {
    const report = check(generateBudgetGrid({ seed: 4 }), { catalogSet: await loadBundledCatalogs() });
    expect(report.tables.map((t) => t.kind)).toEqual([
      'summary',
      'income',
      'expenditure',
      'fiscal-summary',
      'general-expenditure',
      'basic-economic',
      'fund-income',
      'fund-expenditure',
      'state-capital',
      'three-public',
      'operating-cost',
      'project',
      'project-carryover',
    ]);
    expect(report.summary.error).toBe(0);
    expect(report.summary.warning).toBe(0);
  });

  it('scales units, projects and 项 rows linearly, with unique codes and agreeing sums at 100×', async () => {
    const small = generateBudgetGrid({ scale: 1, seed: 4 });
    const large = generateBudgetGrid({ scale: 100, seed: 4 });
    expect(codesOf(large)).toHaveLength(100 * codesOf(small).length);
    expect(new Set(codesOf(large)).size).toBe(codesOf(large).length);
    // 表12 rows with a number in 合计: the column-number row, the 部门 row, one row per unit, the projects.
    const numbered = (grid: Grid) => values(sheet(grid, '表12')).filter((row) => typeof row[1] === 'number').length;
    const projectsPerUnit = numbered(small) - 3;
    expect(projectsPerUnit).toBe(10);
    expect(numbered(large)).toBe(2 + 100 + 100 * projectsPerUnit);
    const report = check(large, { catalogSet: await loadBundledCatalogs() });
    expect(report.summary.error).toBe(0);
    expect(report.summary.warning).toBe(0);
  });

  it('is reproducible from its seed', () => {
    expect(generateBudgetGrid({ seed: 9 })).toEqual(generateBudgetGrid({ seed: 9 }));
    expect(values(sheet(generateBudgetGrid({ seed: 9 }), '表2'))).not.toEqual(values(sheet(generateBudgetGrid({ seed: 10 }), '表2')));
  });

  it('writes an .xlsx that reads back to the same values and merges', async () => {
    const grid = generateBudgetGrid({ seed: 2 });
    const back = await readXlsx(await gridToXlsx(grid));
    for (const name of ['表1', '表2', '表6', '表12']) {
      expect(values(sheet(back, name))).toEqual(
        values(sheet(grid, name)).map((row) => {
          const trimmed = [...row];
          while (trimmed.length && trimmed[trimmed.length - 1] === null) trimmed.pop();
          return trimmed;
        }),
      );
      expect(sheet(back, name).merges).toEqual(expect.arrayContaining(sheet(grid, name).merges));
    }
  });
});
