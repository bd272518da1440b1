import { twoSidedTable } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { summaryGrandTotals } from './grand-totals';

const summary = (incomeGrand: string, expenditureGrand: string) =>
  twoSidedTable(
    'summary',
    '表1',
    ['total'],
    [
      ['income-total', '本年收入合计', '2541.25'],
      ['carryover', '上年结转', '100.00'],
      ['grand-total', '收入总计', incomeGrand],
    ],
    [
      ['expenditure-total', '本年支出合计', '2641.25'],
      ['year-end-carryover', '年终结转', ''],
      ['grand-total', '支出总计', expenditureGrand],
    ],
  );

export const cases: RuleCases = {
  rule: summaryGrandTotals,
  valid: [{ name: '收入总计 = 本年收入合计 + 上年结转；支出总计 = 本年支出合计 + 年终结转', tables: [summary('2641.25', '2641.25')] }],
  invalid: [
    {
      name: '收入总计漏加上年结转：三格都说得通，不给修正',
      tables: [summary('2541.25', '2641.25')],
      errors: [{ cell: '表1!B7', expected: '2641.25', actual: '2541.25', message: '无法确定' }],
      output: null,
    },
  ],
};
