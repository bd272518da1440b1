import type { RuleCases } from '../testing/cases';
import { SHANXI_B } from '../testing/catalogs';
import { purchaseTable } from '../testing/samples';
import { gpsNameMatchesCode } from './name-matches-code';

const evaluation = (code: string, name: string) => purchaseTable('财政专项资金及PPP项目绩效评价工作经费', '118.17', code, name);
const data = { purchaseCatalogs: [SHANXI_B] };

export const cases: RuleCases = {
  rule: gpsNameMatchesCode,
  valid: [
    { name: '目录名称与代码一致', tables: [evaluation('B0704', '评价服务')], data },
    { name: '不知道适用哪个目录时，名称在任一候选目录中与代码一致即可', tables: [evaluation('B0704', '评价服务')], data: { ...data, purchaseSelection: 'fallback' } },
  ],
  invalid: [
    {
      name: '名称是另一个代码的：建议改用那个代码',
      tables: [evaluation('B0703', '评价服务')],
      data,
      errors: [{ cell: '政府购买服务!L5', expected: 'B0704 评价服务', actual: 'B0703 评价服务', fix: 'suggestion' }],
      output: { '政府购买服务!K5': 'B0704' },
    },
    {
      name: '名称个别字不同（识别误差）：警告，建议目录中的名称',
      tables: [evaluation('B0704', '评价服努')],
      data,
      errors: [{ cell: '政府购买服务!L5', severity: 'warning', expected: 'B0704 评价服务', fix: 'suggestion' }],
      output: { '政府购买服务!L5': '评价服务' },
    },
    {
      name: '不知道适用哪个目录，名称与所有候选目录都不同：只作警告',
      tables: [evaluation('B0704', '绩效评价')],
      data: { ...data, purchaseSelection: 'fallback' },
      errors: [{ cell: '政府购买服务!L5', severity: 'warning', message: '请指定后再核对' }],
      output: null,
    },
  ],
};
