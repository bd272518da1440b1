/** Whatever the cells, reading returns tables and issues and never throws. */
import fc from 'fast-check';
import type { CellRange, Grid, GridCell, GridSheet } from '../grid';
import { readWorkbook } from '.';

const WORDS = [
  '2026年预算收支总表',
  '部门收入总表',
  '支出总表',
  '财政拨款收支总表',
  '一般公共预算支出表',
  '基本支出分经济科目表',
  '政府性基金预算收入表',
  '国有资本经营预算支出表',
  '"三公"经费支出预算表',
  '机关运行经费预算表',
  '项目支出表',
  '项目支出预算表（上年结转）',
  '政府购买服务预算表',
  '项目支出绩效目标表',
  '部门名称：某局单位：万元',
  '单位：元',
  '收入',
  '支出',
  '项目',
  '科目编码',
  '科目名称',
  '类',
  '款',
  '项',
  '合计',
  '小计',
  '一般公共预算',
  '基本支出',
  '项目支出',
  '人员经费',
  '公用经费',
  '上年结转',
  '金额',
  '一、一般公共预算',
  '本年收入合计',
  '因公出国（境）费',
  '公务用车购置费',
  '注：本表无数据',
  '201',
  '20106',
  '2010601',
  '30101',
  '1',
  '2',
  '3',
  '项目名称',
  '年度资金总额',
  '指导性目录代码',
  'B0701-评审服务',
  '（12.00）',
  '2,541.25',
  '-',
  '#REF!',
  '某某局',
  '某某局本级',
  '基本支出100万元，占50%，比上年增加10万元，增长11.11%。',
  '经费759.1万元，属于B0701-评审服务；',
  '本部门无“三公”经费预算。',
];

const cell: fc.Arbitrary<GridCell | null | undefined> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom(...WORDS).map((v) => ({ v })),
  fc.double({ noNaN: false }).map((v) => ({ v })),
  fc.integer({ min: -5, max: 3000000 }).map((v) => ({ v })),
  fc.constantFrom('#REF!', '#DIV/0!').map((err) => ({ v: null, err })),
  fc.boolean().map((v) => ({ v })),
  fc.string().map((v) => ({ v })),
);

const range: fc.Arbitrary<CellRange> = fc
  .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 8 }), fc.integer({ min: -1, max: 4 }), fc.integer({ min: -1, max: 4 }))
  .map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));

const sheet: fc.Arbitrary<GridSheet> = fc.record({
  name: fc.constantFrom('表1', '说明', '部门收支总表', 'Sheet1'),
  rows: fc.array(fc.option(fc.array(cell, { maxLength: 9 }), { nil: undefined }), { maxLength: 40 }),
  merges: fc.array(range, { maxLength: 6 }),
  hiddenRows: fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 3 }),
});

it('reads random grids without throwing', () => {
  fc.assert(
    fc.property(fc.array(sheet, { maxLength: 3 }), (sheets) => {
      const grid: Grid = { sheets };
      const reading = readWorkbook(grid);
      for (const issue of [...reading.issues, ...reading.tables.flatMap((t) => t.issues)]) {
        expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
        // The recogniser guard is a last resort; none of them should need it.
        expect(issue.message).not.toContain('时出错');
      }
    }),
    { numRuns: 400 },
  );
});
