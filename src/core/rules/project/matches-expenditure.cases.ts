import { tsvTable } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { projectMatchesExpenditure } from './matches-expenditure';

const expenditure = (project: string) => tsvTable('expenditure', '表3', ['total', 'basic', 'project'], `合计\t\t2541.25\t1345.76\t${project}`);
const current = tsvTable('project', '表12', ['total'], '信息化建设\t\t250.00\n政府投资项目预决（结）算评审工作经费\t\t759.10', { role: 'project' });
const carryover = tsvTable('project-carryover', '表13', ['total'], '财政委托业务\t\t186.39', { role: 'project' });

export const cases: RuleCases = {
  rule: projectMatchesExpenditure,
  valid: [{ name: '本年预算与上年结转项目之和等于支出总表的项目支出', tables: [expenditure('1195.49'), current, carryover] }],
  invalid: [
    {
      name: '支出总表项目支出与各项目之和不等：任何一格都说得通，不给修正',
      tables: [expenditure('1195.00'), current, carryover],
      errors: [{ cell: '表3!E5', expected: '1195.49', actual: '1195.00', message: '无法确定' }],
      output: null,
    },
  ],
};
