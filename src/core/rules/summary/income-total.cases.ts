import { twoSidedTable, type SideLine } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { summaryIncomeTotal } from './income-total';

const summary = (income: SideLine[]) => twoSidedTable('summary', '表1', ['total'], income, []);

export const cases: RuleCases = {
  rule: summaryIncomeTotal,
  valid: [
    {
      name: '本年收入合计等于各项收入之和（空白按 0）',
      tables: [
        summary([
          ['source:general', '一般公共预算', '2541.25'],
          ['source:fund', '政府性基金预算', ''],
          ['income-total', '本年收入合计', '2541.25'],
        ]),
      ],
    },
  ],
  invalid: [
    {
      name: '财政拨款收入录错：它所在的两项核对（本年收入合计、财政拨款的三项）都不成立，只改它即可',
      tables: [
        summary([
          ['source:fiscal', '财政拨款收入', '2640.25'],
          ['source:general/fiscal', '一般公共预算', '2541.25'],
          ['source:fund/fiscal', '政府性基金预算', '100.00'],
          ['source:business', '事业收入', '50.00'],
          ['income-total', '本年收入合计', '2691.25'],
        ]),
      ],
      errors: [{ cell: '表1!B5', expected: '2641.25', actual: '2640.25', fix: 'fix' }],
      output: { '表1!B5': 2641.25 },
    },
    {
      name: '只有一项收入时本年收入合计与它不等：两格都可能有误，不给修正',
      tables: [
        summary([
          ['source:general', '一般公共预算', '2541.25'],
          ['source:fund', '政府性基金预算', ''],
          ['income-total', '本年收入合计', '2540.25'],
        ]),
      ],
      errors: [{ cell: '表1!B7', expected: '2541.25', actual: '2540.25', message: '无法确定' }],
      output: null,
    },
  ],
};
