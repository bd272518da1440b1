import type { RuleCases } from '../testing/cases';
import { narrativeYearOnYear } from './year-on-year';

const paragraph = (percent: string) => `2026年度泽州县财政局一般公共预算当年支出2,541.25万元，比上年增加49.59万元，增长${percent}%。`;

export const cases: RuleCases = {
  rule: narrativeYearOnYear,
  valid: [{ name: '增长率 = 增加额 ÷（本年 − 增加额）', narrative: [paragraph('1.99')] }],
  invalid: [
    {
      name: '增长率算错：改写百分比',
      narrative: [paragraph('2.99')],
      errors: [{ cell: '说明!A1', expected: '1.99%', actual: '2.99%', fix: 'suggestion' }],
      output: { '说明!A1': paragraph('1.99') },
    },
  ],
};
