import type { BudgetTable, TableRow } from '../../tables/types';
import { sumGroups } from '../shared/hierarchy';
import type { Rule } from '../types';

/**
 * A unit row owns the projects below it up to the next unit row. A unit row directly followed by
 * another unit row is the 部门 row repeating the total: it owns every project of the table.
 */
function subtotals(table: BudgetTable): Array<{ parent: TableRow; children: TableRow[]; what: string }> {
  const sums: Array<{ parent: TableRow; children: TableRow[]; what: string }> = [];
  const rows = table.rows.filter((row) => row.role === 'unit' || row.role === 'project');
  rows.forEach((row, i) => {
    if (row.role !== 'unit') return;
    const department = rows[i + 1]?.role === 'unit' && i === 0;
    const children: TableRow[] = [];
    for (const next of rows.slice(i + 1)) {
      if (next.role === 'unit' && !department) break;
      if (next.role === 'project') children.push(next);
    }
    if (children.length) sums.push({ parent: row, children, what: department ? '全部项目之和' : '其下各项目之和' });
  });
  return sums;
}

export const projectUnitSubtotals: Rule = {
  id: 'project/unit-subtotals',
  title: '单位小计等于其下项目之和',
  defaultSeverity: 'error',
  docs: '项目支出表：部门/单位行 = 其下各项目之和（部门行与单位行可重复同一合计）；每一金额列都核对。',
  check(context) {
    for (const table of [...context.tablesOf('project'), ...context.tablesOf('project-carryover')]) sumGroups(context, table, subtotals(table));
  },
};
