import type { RuleCases } from '../testing/cases';
import { SHANXI_DEPT } from '../testing/catalogs';
import { purchaseTable } from '../testing/samples';
import { gpsDepartmentScope } from './department-scope';

const data = { purchaseCatalogs: [SHANXI_DEPT], options: { unitName: '泽州县财政局' } };

export const cases: RuleCases = {
  rule: gpsDepartmentScope,
  valid: [
    { name: '代码列在本部门（财政）名下', tables: [purchaseTable('中小微企业代理记账服务费', '3.00', 'A030301', '中小微企业代理记账服务')], data },
    { name: '不知道部门名称时不核对', tables: [purchaseTable('招商引资平台维护费', '3.00', 'A150101', '省政府驻外办事处招商引资平台搭建与维护服务')], data: { purchaseCatalogs: [SHANXI_DEPT] } },
  ],
  invalid: [
    {
      name: '代码只列在其他部门名下',
      tables: [purchaseTable('招商引资平台维护费', '3.00', 'A150101', '省政府驻外办事处招商引资平台搭建与维护服务')],
      data,
      errors: [{ cell: '政府购买服务!K5', message: '人民政府办公厅（室）' }],
      output: null,
    },
  ],
};
