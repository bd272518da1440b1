import { tsvTable } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { operatingCostMatchesPublic } from './matches-public';

const cost = (total: string) => tsvTable('operating-cost', '表11', ['total'], `部门合计\t\t${total}\n泽州县财政局\t\t${total}`, { role: 'unit', roles: { 部门合计: 'total' } });
const basic = tsvTable('basic-economic', '表6', ['total', 'personnel', 'public'], '合计\t\t1345.76\t1205.59\t140.18');

export const cases: RuleCases = {
  rule: operatingCostMatchesPublic,
  valid: [
    { name: '机关运行经费等于基本支出表的公用经费', tables: [cost('140.18'), basic] },
    { name: '机关运行经费少于公用经费：部门所属事业单位的公用经费不计入机关运行经费', tables: [cost('96.40'), basic] },
  ],
  invalid: [
    {
      name: '机关运行经费超过公用经费：它是公用经费的一部分，只作警告、不给修正',
      tables: [cost('150.00'), basic],
      errors: [{ cell: '表11!C5', expected: '≤ 140.18', actual: '150.00', message: '超过基本支出分经济科目表的公用经费合计 140.18万元，多 9.82万元' }],
      output: null,
    },
  ],
};
