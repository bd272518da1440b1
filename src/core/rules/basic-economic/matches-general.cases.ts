import { tsvTable } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { basicEconomicMatchesGeneral } from './matches-general';

const basic = (total: string) => tsvTable('basic-economic', '表6', ['total', 'personnel', 'public'], `合计\t\t${total}\t1205.59\t140.18`);
const general = tsvTable('general-expenditure', '表5', ['total', 'basic', 'project'], '合计\t\t2541.25\t1345.76\t1195.49');

export const cases: RuleCases = {
  rule: basicEconomicMatchesGeneral,
  valid: [{ name: '合计等于一般公共预算支出表合计行的基本支出', tables: [basic('1345.76'), general] }],
  invalid: [
    {
      name: '合计与一般公共预算支出表的基本支出不等：两格都可能有误，不给修正',
      tables: [basic('1346.76'), general],
      errors: [{ cell: '表6!C5', expected: '1345.76', actual: '1346.76', message: '无法确定' }],
      output: null,
    },
  ],
};
