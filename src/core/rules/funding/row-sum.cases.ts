import { tsvTable } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { fundingRowSum } from './row-sum';

const projects = (fiscal: string) =>
  tsvTable('project', '表12', ['total', 'fiscal', 'general', 'fund', 'unit-funds'], `代理财政直接支付业务汇款手续费\t\t8.00\t${fiscal}\t6.00\t\t2.00`, { role: 'project' });

export const cases: RuleCases = {
  rule: fundingRowSum,
  valid: [
    { name: '项目合计 = 财政拨款 + 单位资金，财政拨款 = 一般公共预算 + 政府性基金', tables: [projects('6.00')] },
    { name: '“三公”经费表同样核对', tables: [tsvTable('three-public', '表10', ['total', 'general', 'fund'], '公务接待费\t\t1.00\t1.00\t', { role: 'line' })] },
  ],
  invalid: [
    {
      name: '财政拨款录错：项目合计与财政拨款两处核对都不成立，只改它即可',
      tables: [projects('5.00')],
      errors: [{ cell: '表12!D5', expected: '6.00', actual: '5.00', fix: 'fix' }],
      output: { '表12!D5': 6 },
    },
  ],
};
