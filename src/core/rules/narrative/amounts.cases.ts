import { tsvTable } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { narrativeAmounts } from './amounts';

const expenditure = (unit: '万元' | '元' = '万元', basic = '1345.76') => tsvTable('expenditure', '表3', ['total', 'basic', 'project'], `合计\t\t2541.25\t${basic}\t1195.49`, { unit });
const paragraph = (basic: string) => `2026年度泽州县财政局支出预算2541.25万元，其中：基本支出${basic}万元，占52.96%；项目支出1195.49万元，占47.04%。`;

export const cases: RuleCases = {
  rule: narrativeAmounts,
  valid: [{ name: '说明中的基本支出、项目支出等于支出总表', tables: [expenditure()], narrative: [paragraph('1345.76')] }],
  invalid: [
    {
      name: '说明中的基本支出与支出总表不等：说明和表都可能有误，不给修正',
      tables: [expenditure()],
      narrative: [paragraph('1345.67')],
      errors: [{ cell: '说明!A1', expected: '1345.76', actual: '1345.67', message: '无法确定' }],
      output: null,
    },
    {
      name: '表以元列示、说明按万元写到分位：差额在末位一个单位以内是尾差',
      tables: [tsvTable('expenditure', '表3', ['total', 'basic', 'project'], '合计\t\t25412549\t13457649\t11954900', { unit: '元' })],
      narrative: [paragraph('1345.76')],
      errors: [{ cell: '说明!A1', severity: 'info', expected: '1345.76', actual: '1345.76', message: '尾差' }],
      output: null,
    },
  ],
};
