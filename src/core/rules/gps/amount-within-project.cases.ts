import type { RuleCases } from '../testing/cases';
import { PROJECTS, purchaseTable } from '../testing/samples';
import { gpsAmountWithinProject } from './amount-within-project';

const evaluation = (amount: string) => purchaseTable('财政专项资金及PPP项目绩效评价工作经费', amount, 'B0704', '评价服务');

export const cases: RuleCases = {
  rule: gpsAmountWithinProject,
  valid: [
    { name: '购买服务金额等于项目金额', tables: [PROJECTS, evaluation('118.17')] },
    { name: '购买服务金额小于项目金额', tables: [PROJECTS, evaluation('100.00')] },
    { name: '说明中的购买服务（按名称近似匹配项目）', tables: [PROJECTS], narrative: ['政府投资项目预决（结）算评审工作经费759.1万元，属于B0701-评审服务。'] },
  ],
  invalid: [
    {
      name: '购买服务金额超过项目金额：报在购买服务金额，不给修正',
      tables: [PROJECTS, evaluation('120.00')],
      errors: [{ cell: '政府购买服务!C5', expected: '≤ 118.17', actual: '120.00', message: '超过项目支出表（本年预算）中该项目的合计' }],
      output: null,
    },
  ],
};
