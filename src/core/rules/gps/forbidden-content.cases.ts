import type { RuleCases } from '../testing/cases';
import { SHANXI_B } from '../testing/catalogs';
import { gpsForbiddenContent } from './forbidden-content';

const data = { purchaseCatalogs: [SHANXI_B] };

export const cases: RuleCases = {
  rule: gpsForbiddenContent,
  valid: [{ name: '纯服务项目', narrative: ['财政业务工作监督检查业务费20万元，属于B0501监督检查辅助服务。'], data }],
  invalid: [
    {
      name: '项目名称含“购置”：货物不属于政府购买服务，提醒核实',
      narrative: ['山西省财政一体化运维及办公设备购置费190万元，属于B1005信息化系统使用服务。'],
      data,
      errors: [{ cell: '说明!A1', message: '货物不属于政府购买服务' }],
      output: null,
    },
  ],
};
