import { tsvTable } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { basicEconomicRowSum } from './row-sum';

const basic = (personnel: string) => tsvTable('basic-economic', '表6', ['total', 'personnel', 'public'], `基本工资\t\t387.94\t${personnel}\t`);

export const cases: RuleCases = {
  rule: basicEconomicRowSum,
  valid: [{ name: '合计 = 人员经费 + 公用经费', tables: [basic('387.94')] }],
  invalid: [
    {
      name: '人员经费录错：三格都说得通，不给修正',
      tables: [basic('387.00')],
      errors: [{ cell: '表6!C5', expected: '387.00', actual: '387.94', message: '无法确定' }],
      output: null,
    },
  ],
};
