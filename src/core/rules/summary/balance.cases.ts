import { twoSidedTable } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { summaryBalance } from './balance';

const summary = (income: string, expenditure: string) =>
  twoSidedTable(
    'summary',
    '表1',
    ['total', 'current', 'carryover'],
    [
      ['income-total', '本年收入合计', income],
      ['carryover', '上年结转', ''],
      ['grand-total', '收入总计', income],
    ],
    [
      ['expenditure-total', '本年支出合计', expenditure, expenditure, ''],
      ['year-end-carryover', '年终结转', '', '', ''],
      ['grand-total', '支出总计', expenditure, expenditure, ''],
    ],
  );

export const cases: RuleCases = {
  rule: summaryBalance,
  valid: [{ name: '收入总计与支出总计相等', tables: [summary('2541.25', '2541.25')] }],
  invalid: [
    {
      name: '支出总计比收入总计多 1 万元：两格都可能有误，不给修正',
      tables: [summary('2541.25', '2542.25')],
      errors: [{ cell: '表1!D7', expected: '2541.25', actual: '2542.25', message: '无法确定是哪一格有误' }],
      output: null,
    },
  ],
};
