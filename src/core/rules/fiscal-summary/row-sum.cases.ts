import { twoSidedTable } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { fiscalSummaryRowSum } from './row-sum';

const fiscal = (total: string) => twoSidedTable('fiscal-summary', '表4', ['total', 'general', 'fund', 'state-capital'], [], [['class', '一般公共服务支出', total, '2134.19', '', '']]);

export const cases: RuleCases = {
  rule: fiscalSummaryRowSum,
  valid: [{ name: '小计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算', tables: [fiscal('2134.19')] }],
  invalid: [
    {
      name: '小计录错：小计和一般公共预算都说得通，不给修正',
      tables: [fiscal('2134.00')],
      errors: [{ cell: '表4!D5', expected: '2134.19', actual: '2134.00', message: '无法确定' }],
      output: null,
    },
  ],
};
