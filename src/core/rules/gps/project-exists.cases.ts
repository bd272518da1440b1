import type { RuleCases } from '../testing/cases';
import { PROJECTS, purchaseTable } from '../testing/samples';
import { gpsProjectExists } from './project-exists';

export const cases: RuleCases = {
  rule: gpsProjectExists,
  valid: [
    { name: '说明中的项目名称略有简写，仍能找到', tables: [PROJECTS], narrative: ['政府投资项目预决（结）算评审经费759.1万元，属于B0701-评审服务。'] },
    { name: '没有项目支出表时不核对', narrative: ['档案数字化加工经费5万元，属于B0201-课题研究服务。'] },
  ],
  invalid: [
    {
      name: '项目在项目支出表中找不到：指出最接近的项目',
      tables: [PROJECTS, purchaseTable('档案数字化加工经费', '5.00', 'B0201', '课题研究服务')],
      errors: [{ cell: '政府购买服务!K5', message: '找不到' }],
      output: null,
    },
  ],
};
