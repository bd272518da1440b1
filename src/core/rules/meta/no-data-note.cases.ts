import { buildTable, columnsFrom, readTables } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { metaNoDataNote } from './no-data-note';

const fund = (amount: string, noData?: boolean | string) =>
  buildTable({
    kind: 'fund-expenditure',
    sheet: '表8',
    title: '2026年政府性基金预算支出表',
    columns: columnsFrom(['total']),
    rows: [{ role: 'total', name: '合计', values: { total: amount } }],
    ...(noData === undefined ? {} : { noData }),
  });
const capital = (note: string) =>
  buildTable({
    kind: 'state-capital',
    sheet: '表9',
    title: '2026年国有资本经营预算支出表',
    columns: columnsFrom(['total']),
    rows: [{ role: 'total', name: '合计', values: { total: '' } }],
    noData: note,
  });

/**
 * The “三公”经费和机关运行经费 table of the 上海 template, read as two tables under one title: each
 * part with its 合计, both with the note below the table, as the reader reads them.
 */
const combined = (threePublic = '', operatingCost = '', note?: string) =>
  (['three-public', 'operating-cost'] as const).map((kind) =>
    buildTable({
      kind,
      sheet: '表10',
      title: '2026年“三公”经费和机关运行经费预算表',
      columns: columnsFrom(['total']),
      rows: [{ role: 'total', name: '合计', values: { total: kind === 'three-public' ? threePublic : operatingCost } }],
      ...(note ? { noData: note } : {}),
    }),
  );

/** An empty 政府性基金 table as the 上海 form prints it: blank form lines above the 合计 row, the note (if any) under it. */
const printedForm = (note?: string) =>
  readTables({
    表8: [
      ['2026年政府性基金预算支出表'],
      ['部门名称：某某局', null, null, '单位：万元'],
      ['功能分类科目编码', '功能分类科目名称', '合计', '基本支出', '项目支出'],
      [null, null, null, null, null],
      [null, null, null, null, null],
      [null, null, null, null, null],
      ['合计', null, null, null, null],
      ...(note ? [[note]] : []),
    ],
  });

export const cases: RuleCases = {
  rule: metaNoDataNote,
  valid: [
    { name: '空表注明了“本表无数据”', tables: [fund('', true)] },
    { name: '有金额的表不注明', tables: [fund('50.00')] },
    { name: '注明的是本表的资金', tables: [capital('注：本单位无国有资本经营预算，本表无数据。')] },
    { name: '印成表格的空表：说明写在空白表格行和合计行之下', tables: printedForm('注：本部门2026年无政府性基金预算，故本表为空表。') },
    { name: '“三公”经费和机关运行经费合为一表：只有三公部分为空，不算空表', tables: combined('', '12.50') },
    {
      name: '合为一表：说明只说三公经费无数据，机关运行经费照常有金额',
      tables: combined('', '12.50', '注：本部门2026年无“三公”经费预算。'),
    },
  ],
  invalid: [
    {
      name: '空表没有注明“本表无数据”：在表下写上',
      tables: [fund('')],
      errors: [{ cell: '表8!A1', message: '应在表下注明', fix: 'suggestion' }],
      output: { '表8!A7': '注：本表无数据' },
    },
    {
      name: '注明“本表无数据”的表却有金额',
      tables: [fund('50.00', true)],
      errors: [{ cell: '表8!A7', severity: 'error', message: '但表中有金额' }],
      output: null,
    },
    {
      name: '注明的是别的资金（从其他表复制）',
      tables: [capital('注：本单位无政府性基金预算，本表无数据。')],
      errors: [{ cell: '表9!A7', message: '可能是从其他表复制的' }],
      output: null,
    },
    {
      name: '印成表格的空表没有说明：写在合计行之下，而不是空白表格行中间',
      tables: printedForm(),
      errors: [{ cell: '表8!A1', message: '应在表下注明', fix: 'suggestion' }],
      output: { '表8!A8': '注：本表无数据' },
    },
    {
      name: '“三公”经费和机关运行经费合为一表（读作两张表）且两部分都为空：只说一次',
      tables: combined(),
      errors: [{ cell: '表10!A1', message: '应在表下注明', fix: 'suggestion' }],
      output: { '表10!A7': '注：本表无数据' },
    },
    {
      name: '合为一表：说明说整张表无数据，机关运行经费却有金额',
      tables: combined('', '12.50', '注：本部门2026年无“三公”经费和机关运行经费预算，故本表为空表。'),
      errors: [{ cell: '表10!A7', severity: 'error', message: '但表中有金额' }],
      output: null,
    },
    {
      name: '合为一表：说明写的是政府性基金（从其他表复制）',
      tables: combined('', '', '注：本部门2026年无政府性基金预算，故本表为空表。'),
      errors: [{ cell: '表10!A7', message: '可能是从其他表复制的' }],
      output: null,
    },
  ],
};
