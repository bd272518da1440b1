/** fast-check arbitraries: random grids, and random damage applied to a real grid. */
import fc from 'fast-check';
import type { CellRange, CellValue, Grid, GridCell, GridSheet } from '../../../src/core/grid';

/** Words the recognisers react to, so random grids reach deep into table reading. */
const TABLE_WORDS = [
  '合计',
  '小计',
  '总计',
  '科目编码',
  '科目名称',
  '项目',
  '金额',
  '基本支出',
  '项目支出',
  '一般公共预算',
  '政府性基金预算',
  '单位：万元',
  '单位：元',
  '部门名称：',
  '2026年预算收支总表',
  '2026年预算收入总表',
  '2026年预算支出总表',
  '财政拨款收支总表',
  '一般公共预算支出预算表',
  '基本支出分经济科目表',
  '“三公”经费支出预算表',
  '机关运行经费预算表',
  '项目支出预算表（本年预算）',
  '政府购买服务预算表',
  '注：本表无数据',
  '201',
  '20106',
  '2010601',
  '类',
  '款',
  '项',
  '人员经费',
  '公用经费',
  '上年结转',
  '属于B0701-评审服务',
  '比上年增加12.5万元，增长3.2%',
];

const NASTY_TEXT = ['NaN', 'Infinity', '-Infinity', '—', '－', '-', '#N/A', '#REF!', '1,2,3', '（12.00）', '１２３', '1e400', '0x1F', ' ', '', '\u0000', '合计合计合计'];
const HUGE_NUMBERS = [1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 5e-324, -0, 1e21, 123456789012.345];

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...TABLE_WORDS),
  fc.constantFrom(...NASTY_TEXT),
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.constantFrom(...HUGE_NUMBERS),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 100),
  fc.boolean(),
  fc.constant(null),
);

const gridCell: fc.Arbitrary<GridCell | null | undefined> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
  {
    weight: 4,
    arbitrary: fc.record(
      { v: cellValue, t: fc.string({ maxLength: 8 }), f: fc.constantFrom('=SUM(C7:C9)', '=1/0', '=A1', '='), err: fc.constantFrom('#REF!', '#DIV/0!', '#VALUE!') },
      { requiredKeys: ['v'] },
    ),
  },
);

const range = (maxRow: number, maxCol: number): fc.Arbitrary<CellRange> => fc.record({ top: fc.nat(maxRow), left: fc.nat(maxCol), bottom: fc.nat(maxRow), right: fc.nat(maxCol) });

const sheet: fc.Arbitrary<GridSheet> = fc.record(
  {
    name: fc.oneof(fc.constantFrom('表1', '表1', '说明', ''), fc.string({ maxLength: 6 })),
    rows: fc.array(fc.option(fc.array(gridCell, { maxLength: 10 }), { nil: undefined, freq: 8 }), { maxLength: 30 }),
    merges: fc.array(range(40, 12), { maxLength: 6 }),
    hiddenRows: fc.array(fc.nat(40), { maxLength: 3 }),
    hidden: fc.boolean(),
  },
  { requiredKeys: ['name', 'rows', 'merges'] },
);

export const randomGrid: fc.Arbitrary<Grid> = fc.record({ sheets: fc.array(sheet, { maxLength: 4 }), name: fc.string({ maxLength: 8 }) }, { requiredKeys: ['sheets'] });

/** One way of breaking a table; applied to a copy of a real grid. */
export type Damage = (grid: Grid) => void;

const pickSheet = (grid: Grid, index: number): GridSheet | undefined => grid.sheets[index % Math.max(1, grid.sheets.length)];

const deleteRows = fc.tuple(fc.nat(), fc.nat(60), fc.integer({ min: 1, max: 8 })).map(
  ([s, at, count]): Damage =>
    (grid) =>
      void pickSheet(grid, s)?.rows.splice(at, count),
);

const shuffleColumns = fc.tuple(fc.nat(), fc.array(fc.nat(12), { minLength: 2, maxLength: 12 })).map(([s, order]): Damage => (grid) => {
  const target = pickSheet(grid, s);
  if (!target) return;
  target.rows = target.rows.map((row) => (row ? order.map((c) => row[c]) : row));
});

const replaceCells = (values: fc.Arbitrary<CellValue>) =>
  fc.tuple(fc.nat(), fc.array(fc.tuple(fc.nat(60), fc.nat(10), values), { minLength: 1, maxLength: 10 })).map(([s, edits]): Damage => (grid) => {
    const target = pickSheet(grid, s);
    if (!target) return;
    for (const [r, c, v] of edits) {
      const row = (target.rows[r] ??= []);
      row[c] = { v };
    }
  });

const mergeEverything = fc.nat().map((s): Damage => (grid) => {
  const target = pickSheet(grid, s);
  if (!target) return;
  const width = Math.max(1, ...target.rows.map((row) => row?.length ?? 0));
  target.merges.push({ top: 0, left: 0, bottom: Math.max(0, target.rows.length - 1), right: width - 1 });
  target.merges.push({ top: 2, left: 1, bottom: 1, right: 0 });
});

const dropOrDuplicateSheets = fc.tuple(fc.nat(), fc.boolean()).map(([s, duplicate]): Damage => (grid) => {
  const index = s % Math.max(1, grid.sheets.length);
  if (!grid.sheets[index]) return;
  if (duplicate) grid.sheets.push(structuredClone(grid.sheets[index]));
  else grid.sheets.splice(index, 1);
});

const insertBlankRows = fc.tuple(fc.nat(), fc.nat(60), fc.integer({ min: 1, max: 5 })).map(
  ([s, at, count]): Damage =>
    (grid) =>
      void pickSheet(grid, s)?.rows.splice(at, 0, ...Array.from({ length: count }, () => null)),
);

export const damage: fc.Arbitrary<Damage> = fc.oneof(
  deleteRows,
  shuffleColumns,
  replaceCells(fc.constantFrom(...NASTY_TEXT, '壹佰元', 'abc')),
  replaceCells(fc.constantFrom(...HUGE_NUMBERS)),
  replaceCells(cellValue),
  mergeEverything,
  dropOrDuplicateSheets,
  insertBlankRows,
);
