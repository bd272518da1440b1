import { tsvTable } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { operatingCostUnitsSum } from './units-sum';

const cost = (bureau: string) =>
  tsvTable('operating-cost', '表11', ['total', 'general'], `部门合计\t\t200.00\t200.00\n泽州县财政局\t\t${bureau}\t140.18\n泽州县财政局所属事业单位\t\t59.82\t59.82`, {
    role: 'unit',
    roles: { 部门合计: 'total' },
  });

export const cases: RuleCases = {
  rule: operatingCostUnitsSum,
  valid: [{ name: '部门合计的每一列 = 各单位之和', tables: [cost('140.18')] }],
  invalid: [
    {
      name: '一个单位的合计录错：部门合计和每个单位都说得通，不给修正',
      tables: [cost('140.00')],
      errors: [{ cell: '表11!C5', expected: '199.82', actual: '200.00', message: '无法确定' }],
      output: null,
    },
  ],
};
