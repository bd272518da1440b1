import { twoSidedTable } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { summaryExpenditureTotal } from './expenditure-total';

const summary = (total: string, current: string, general = '2134.19') =>
  twoSidedTable(
    'summary',
    '表1',
    ['total', 'current'],
    [],
    [
      ['class', '一般公共服务支出', '2134.19', general],
      ['class', '社会保障和就业支出', '239.28', '239.28'],
      ['class', '卫生健康支出', '70.15', '70.15'],
      ['class', '住房保障支出', '97.63', '97.63'],
      ['expenditure-total', '本年支出合计', total, current],
    ],
  );

export const cases: RuleCases = {
  rule: summaryExpenditureTotal,
  valid: [{ name: '本年支出合计的每一列等于各类之和', tables: [summary('2541.25', '2541.25')] }],
  invalid: [
    {
      name: '本年支出合计少打一位，比其中一类还小：只有它能是错的',
      tables: [summary('254.13', '2541.25')],
      errors: [{ cell: '表1!D9', expected: '2541.25', actual: '254.13', fix: 'fix' }],
      output: { '表1!D9': 2541.25 },
    },
    {
      name: '一类的当年预算安排少了 0.19：合计和任何一类都说得通，不给修正',
      tables: [summary('2541.25', '2541.25', '2134.00')],
      errors: [{ cell: '表1!E9', expected: '2541.06', actual: '2541.25', message: '无法确定' }],
      output: null,
    },
  ],
};
