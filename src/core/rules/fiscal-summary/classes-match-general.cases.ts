import { tsvTable, twoSidedTable } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { fiscalClassesMatchGeneral } from './classes-match-general';

const fiscal = (general: string) =>
  twoSidedTable(
    'fiscal-summary',
    '表4',
    ['total', 'general', 'fund'],
    [],
    [
      ['class', '一般公共服务支出', general, general, ''],
      ['expenditure-total', '本年支出合计', '2134.19', '2134.19', ''],
    ],
  );
const general = tsvTable('general-expenditure', '表5', ['total'], '合计\t\t2134.19\n201\t一般公共服务支出\t2134.19');

export const cases: RuleCases = {
  rule: fiscalClassesMatchGeneral,
  valid: [{ name: '一般公共预算列的每一类和本年支出合计与一般公共预算支出表一致', tables: [fiscal('2134.19'), general] }],
  invalid: [
    {
      name: '一般公共预算列的一类与一般公共预算支出表不等：两格都可能有误，不给修正',
      tables: [fiscal('2134.00'), general],
      errors: [{ cell: '表4!E5', expected: '2134.19', actual: '2134.00', message: '无法确定' }],
      output: null,
    },
  ],
};
