import type { RuleCases } from '../testing/cases';
import { narrativeChangeParts } from './change-parts';

const paragraph = (total: string, general: string, fund = '持平') =>
  `支出预算37,151.47万元，其中：财政拨款支出预算37,151.47万元，比2024年预算增加${total}万元。财政拨款支出预算中，一般公共预算拨款支出预算37,151.47万元，比2024年预算增加${general}万元；政府性基金拨款支出预算0万元，比2024年预算${fund}。`;

export const cases: RuleCases = {
  rule: narrativeChangeParts,
  valid: [{ name: '财政拨款支出的增加额 = 其中各项的增加额之和', narrative: [paragraph('24,491.71', '24,491.71')] }],
  invalid: [
    {
      name: '总的增加额与各项之和不等：两个数都可能有误，不给修正',
      narrative: [paragraph('24,491.17', '24,491.71')],
      errors: [{ cell: '说明!A1', expected: '24491.71', actual: '24491.17', message: '无法确定' }],
      output: null,
    },
    {
      name: '本年为 0 的项目写了比上年增加',
      narrative: [paragraph('24,496.71', '24,491.71', '增加5万元')],
      errors: [{ cell: '说明!A1', actual: '增加5万元', message: '上年应为负数' }],
      output: null,
    },
  ],
};
