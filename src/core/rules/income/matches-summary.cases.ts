import { tsvTable, twoSidedTable } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { incomeMatchesSummary } from './matches-summary';

const summary = twoSidedTable(
  'summary',
  '表1',
  ['total'],
  [
    ['source:general', '一般公共预算', '2541.25'],
    ['source:fund', '政府性基金预算', ''],
    ['income-total', '本年收入合计', '2541.25'],
    ['carryover', '上年结转', '12.00'],
  ],
  [],
);
const income = (general: string) => tsvTable('income', '表2', ['total', 'general', 'fund', 'carryover'], `合计\t\t2541.25\t${general}\t\t12.00`);

export const cases: RuleCases = {
  rule: incomeMatchesSummary,
  valid: [{ name: '合计行的本年收入合计、各来源和上年结转与收支总表一致', tables: [summary, income('2541.25')] }],
  invalid: [
    {
      name: '合计行一般公共预算与收支总表不等：两格都可能有误，不给修正',
      tables: [summary, income('2541.00')],
      errors: [{ cell: '表2!D5', expected: '2541.25', actual: '2541.00', message: '无法确定' }],
      output: null,
    },
  ],
};
