import type { RuleCases } from '../testing/cases';
import { narrativeProcurementSum } from './procurement-sum';

const paragraph = (total: string) => `2026年泽州县财政局政府采购预算总额${total}万元。其中：政府采购货物预算0.50万元、政府采购工程预算0万元、政府采购服务预算9.00万元。`;

export const cases: RuleCases = {
  rule: narrativeProcurementSum,
  valid: [
    { name: '总额 = 货物 + 工程 + 服务', narrative: [paragraph('9.50')] },
    { name: '没有“总额”字样时取第一个采购金额', narrative: ['2025年度本部门政府采购预算38.20万元，其中：政府采购货物预算7.80万元、政府采购工程预算0万元、政府采购服务预算30.40万元。'] },
  ],
  invalid: [
    {
      name: '总额与三项之和不等：改写总额',
      narrative: [paragraph('9.05')],
      errors: [{ cell: '说明!A1', expected: '9.50', actual: '9.05', fix: 'suggestion' }],
      output: { '说明!A1': paragraph('9.50') },
    },
  ],
};
