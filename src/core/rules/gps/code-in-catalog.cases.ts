import type { RuleCases } from '../testing/cases';
import { SHANXI_B } from '../testing/catalogs';
import { purchaseTable } from '../testing/samples';
import { gpsCodeInCatalog } from './code-in-catalog';

const statement = (code: string) => `行政事业性国有资产清查审计评估费及信息系统服务费3万元，属于${code}-评估服务。`;
const data = { purchaseCatalogs: [SHANXI_B] };

export const cases: RuleCases = {
  rule: gpsCodeInCatalog,
  valid: [
    { name: '表中的目录代码见于所选目录', tables: [purchaseTable('政府投资项目预决（结）算评审工作经费', '759.10', 'B0701', '评审服务')], data },
    { name: '说明中的目录代码见于所选目录', narrative: [statement('B0703')], data },
    { name: '没有选定目录时不核对', narrative: [statement('B0702')] },
  ],
  invalid: [
    {
      name: '说明引用的代码不在所选目录中：按名称建议所选目录中的代码，改写说明',
      narrative: [statement('B0702')],
      data,
      errors: [{ cell: '说明!A1', expected: 'B0703', actual: 'B0702', fix: 'suggestion' }],
      output: { '说明!A1': statement('B0703') },
    },
    {
      name: '不知道适用哪个目录（按全部候选目录核对）时只作警告',
      tables: [purchaseTable('财政专项资金及PPP项目绩效评价工作经费', '118.17', 'B0799', '其他评价服务')],
      data: { ...data, purchaseSelection: 'fallback' },
      errors: [{ cell: '政府购买服务!K5', severity: 'warning', actual: 'B0799' }],
      output: null,
    },
  ],
};
