import { tsvTable } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { projectUnitSubtotals } from './unit-subtotals';

/** A 部门 row and a 单位 row repeating the same total above the unit's projects. */
const projects = (unit: string) =>
  tsvTable(
    'project',
    '表12',
    ['total'],
    `泽州县财政局\t\t23.10
泽州县财政局\t\t${unit}
代理财政直接支付业务汇款手续费\t\t6.00
惠民惠农财政补贴资金“一卡通”平台服务费\t\t17.10`,
    { role: 'project', roles: { 泽州县财政局: 'unit' } },
  );

export const cases: RuleCases = {
  rule: projectUnitSubtotals,
  valid: [{ name: '部门行与单位行都等于其下项目之和', tables: [projects('23.10')] }],
  invalid: [
    {
      name: '单位行录错：改任何项目都会破坏部门行的核对，只有单位行能改',
      tables: [projects('23.00')],
      errors: [{ cell: '表12!C6', expected: '23.10', actual: '23.00', fix: 'fix' }],
      output: { '表12!C6': 23.1 },
    },
  ],
};
