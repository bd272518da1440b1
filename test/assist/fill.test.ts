import { check } from '../../src/core/engine';
import type { Grid } from '../../src/core/grid';
import { FILL_COMMANDS, type FillMode } from '../../src/core/assist/fill/registry';
import { readWorkbook } from '../../src/core/tables';
import { applyEdits, bundledCatalogs, cellValue, fixtureGrid, stripCells, ZEZHOU_A } from './support';

function command(id: string) {
  return FILL_COMMANDS.find((c) => c.id === id)!;
}

async function runFill(id: string, grid: Grid, mode: FillMode = 'value') {
  const catalogs = (await bundledCatalogs()).filter((c) => c.kind !== 'gps');
  return command(id).run({ reading: readWorkbook(grid), catalogs, mode });
}

async function errorsOf(grid: Grid): Promise<string[]> {
  const report = check(grid, { catalogSet: await bundledCatalogs() });
  return report.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.rule} ${d.sheet}!${d.cell}`);
}

describe('fill commands on the 泽州 workbook', () => {
  let clean: Grid;
  let cleanErrors: string[];
  beforeAll(async () => {
    clean = await fixtureGrid(ZEZHOU_A);
    cleanErrors = await errorsOf(clean);
  });

  it('proposes nothing on the clean workbook', async () => {
    for (const id of ['fill/subtotals', 'fill/summary-from-tables', 'fill/fiscal-summary-from-general', 'fill/operating-cost-from-public', 'fill/code-names']) {
      expect({ id, edits: (await runFill(id, clean)).edits }).toEqual({ id, edits: [] });
    }
  });

  it('rebuilds the 类/款 subtotals and the 合计 row of 支出总表 as values', async () => {
    const stripped = ['C5', 'D5', 'E5', 'C6', 'D6', 'E6', 'C7', 'D7', 'E7', 'C13', 'D13', 'C14', 'D14', 'C18', 'D18'];
    const grid = stripCells(clean, '表3', stripped);
    const { edits } = await runFill('fill/subtotals', grid);
    const fixed = await applyEdits(grid, edits);
    for (const a1 of stripped) expect([a1, cellValue(fixed, '表3', a1)]).toEqual([a1, cellValue(clean, '表3', a1)]);
    expect(await errorsOf(fixed)).toEqual(cleanErrors);
  });

  it('rebuilds a stripped subtotal from its items exactly, keeping printed totals within rounding', async () => {
    // 21011 is printed as 70.15 over items summing to 70.16 (a 尾差): a stripped 21011 gets the exact sum,
    // its only parent 210 must follow (one addend, no envelope), while 合计 (four addends, ±0.02) stays.
    const grid = stripCells(clean, '表3', ['C19']);
    expect((await runFill('fill/subtotals', grid)).edits).toEqual([
      { sheet: '表3', cell: 'C19', value: 70.16 },
      { sheet: '表3', cell: 'C18', value: 70.16 },
    ]);
  });

  it('writes SUM formulas over the rows below when asked for formulas', async () => {
    const grid = stripCells(clean, '表3', ['C6', 'C7']);
    const { edits } = await runFill('fill/subtotals', grid, 'formula');
    expect(edits).toEqual(
      expect.arrayContaining([
        { sheet: '表3', cell: 'C7', formula: '=SUM(C8:C12)' },
        { sheet: '表3', cell: 'C6', formula: '=C7' },
        { sheet: '表3', cell: 'C5', formula: '=C6+C13+C18+C24' },
      ]),
    );
  });

  it('rebuilds the 基本支出 经济分类 groups and 合计', async () => {
    const grid = stripCells(clean, '表6', ['C6', 'C17', 'E17', 'C5', 'E5']);
    const fixed = await applyEdits(grid, (await runFill('fill/subtotals', grid)).edits);
    expect(['C6', 'C17', 'E17', 'C5', 'E5'].map((a1) => cellValue(fixed, '表6', a1))).toEqual([1138.92, 140.18, 140.18, 1345.76, 140.18]);
    expect(await errorsOf(fixed)).toEqual(cleanErrors);
  });

  it('builds the 收支总表 from the 收入总表 and 支出总表', async () => {
    const amounts = ['B5', 'B35', 'B37', 'D5', 'E5', 'D12', 'E12', 'D14', 'E14', 'D24', 'E24', 'D35', 'E35', 'D37', 'E37'];
    const grid = stripCells(clean, '表1', amounts);
    const { edits, notes } = await runFill('fill/summary-from-tables', grid);
    expect(notes).toEqual([]);
    const fixed = await applyEdits(grid, edits);
    for (const a1 of amounts) expect([a1, cellValue(fixed, '表1', a1)]).toEqual([a1, cellValue(clean, '表1', a1)]);
    expect(await errorsOf(fixed)).toEqual(cleanErrors);
  });

  it('builds the 财政拨款收支总表 from the 一般公共预算支出表', async () => {
    const amounts = ['B6', 'B36', 'B41', 'D6', 'E6', 'D13', 'E13', 'D15', 'E15', 'D25', 'E25', 'D36', 'E36', 'D41', 'E41'];
    const grid = stripCells(clean, '表4', amounts);
    const fixed = await applyEdits(grid, (await runFill('fill/fiscal-summary-from-general', grid)).edits);
    for (const a1 of amounts) expect([a1, cellValue(fixed, '表4', a1)]).toEqual([a1, cellValue(clean, '表4', a1)]);
    expect(await errorsOf(fixed)).toEqual(cleanErrors);
  });

  it('fills 机关运行经费 from 公用经费', async () => {
    const amounts = ['B5', 'C5', 'B6', 'C6'];
    const grid = stripCells(clean, '表11', amounts);
    const fixed = await applyEdits(grid, (await runFill('fill/operating-cost-from-public', grid)).edits);
    for (const a1 of amounts) expect(cellValue(fixed, '表11', a1)).toBe(140.18);
    expect(await errorsOf(fixed)).toEqual(cleanErrors);
  });

  it('says which table it could not find instead of proposing edits', async () => {
    const withoutGeneral = { ...clean, sheets: clean.sheets.filter((sheet) => sheet.name !== '表5') };
    expect(await runFill('fill/fiscal-summary-from-general', withoutGeneral)).toEqual({ edits: [], notes: ['未识别到一般公共预算支出表。'] });
  });

  it('fills missing names from codes and codes from names', async () => {
    const grid = stripCells(clean, '表3', ['B8', 'B16', 'A10']);
    const { edits } = await runFill('fill/code-names', grid);
    const fixed = await applyEdits(grid, edits);
    for (const a1 of ['B8', 'B16', 'A10']) expect([a1, String(cellValue(fixed, '表3', a1))]).toEqual([a1, String(cellValue(clean, '表3', a1))]);
  });
});
