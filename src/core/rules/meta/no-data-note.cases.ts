import { buildTable, columnsFrom } from '../testing/builder';
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
  buildTable({ kind: 'state-capital', sheet: '表9', title: '2026年国有资本经营预算支出表', columns: columnsFrom(['total']), rows: [{ role: 'total', name: '合计', values: { total: '' } }], noData: note });
/** The “三公”经费和机关运行经费 table of the 上海 template, read as two tables under one title. */
const combined = (['three-public', 'operating-cost'] as const).map((kind) =>
  buildTable({ kind, sheet: '表10', title: '2026年“三公”经费和机关运行经费预算表', columns: columnsFrom(['total']), rows: [{ role: 'total', name: '合计', values: { total: '' } }] }),
);

export const cases: RuleCases = {
  rule: metaNoDataNote,
  valid: [
    { name: '空表注明了“本表无数据”', tables: [fund('', true)] },
    { name: '有金额的表不注明', tables: [fund('50.00')] },
    { name: '注明的是本表的资金', tables: [capital('注：本单位无国有资本经营预算，本表无数据。')] },
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
      name: '“三公”经费和机关运行经费合为一表（读作两张表）：只说一次',
      tables: combined,
      errors: [{ cell: '表10!A1', message: '应在表下注明', fix: 'suggestion' }],
      output: { '表10!A7': '注：本表无数据' },
    },
  ],
};
