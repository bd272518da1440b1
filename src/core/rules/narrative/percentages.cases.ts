import type { RuleCases } from '../testing/cases';
import { narrativePercentages } from './percentages';

const paragraph = (basic: string, project = '47.04') => `2026年度泽州县财政局支出预算2541.25万元，其中：基本支出1345.76万元，占${basic}%；项目支出1195.49万元，占${project}%。`;

export const cases: RuleCases = {
  rule: narrativePercentages,
  valid: [
    { name: '占比 = 金额 ÷ 同段第一个（总）金额', narrative: [paragraph('52.96')] },
    { name: '末位差 0.01 个百分点以内不计', narrative: [paragraph('52.95', '47.05')] },
    {
      name: '第一个金额自带占比：它是部分，总额不在本段，不核对',
      narrative: ['（二）一般公共预算当年拨款结构情况', '一般公共服务支出50.00万元，占55.56%；社会保障和就业支出40.00万元，占44.44%。'],
    },
  ],
  invalid: [
    {
      name: '占比算错：改写百分比',
      narrative: [paragraph('52.69')],
      errors: [{ cell: '说明!A1', expected: '52.96%', actual: '52.69%', fix: 'suggestion' }],
      output: { '说明!A1': paragraph('52.96') },
    },
  ],
};
