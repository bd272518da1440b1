import type { RuleCases } from '../testing/cases';
import { narrativeItemChanges } from './item-changes';

const item = (executed: string, change: string) =>
  `1.“一般公共服务支出（类）财政事务（款）行政运行（项）”938.70万元，主要用于机关运行。2025年当年预算执行数为${executed}万元，2026年预算安排938.70万元，比2025年预算执行数${change}。主要原因是人员经费增加。`;

export const cases: RuleCases = {
  rule: narrativeItemChanges,
  valid: [
    { name: '增幅 =（预算安排 − 执行数）÷ 执行数，到 0.01 个百分点', narrative: [item('900.00', '增加4.30%')] },
    { name: '相同时写“持平”', narrative: [item('938.70', '持平')] },
  ],
  invalid: [
    {
      name: '增幅算错：改写百分比',
      narrative: [item('900.00', '增加4.03%')],
      errors: [{ cell: '说明!A1', expected: '4.30%', actual: '4.03%', fix: 'suggestion' }],
      output: { '说明!A1': item('900.00', '增加4.30%') },
    },
    {
      name: '增减方向写反',
      narrative: [item('900.00', '减少4.30%')],
      errors: [{ cell: '说明!A1', expected: '增加', actual: '减少' }],
      output: null,
    },
    {
      name: '上年执行数为 0 时百分比没有意义',
      narrative: [item('0', '增加100.00%')],
      errors: [{ cell: '说明!A1', severity: 'info', message: '可改写为“新增”' }],
      output: null,
    },
  ],
};
