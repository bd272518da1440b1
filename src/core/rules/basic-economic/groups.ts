import type { BudgetTable, TableRow } from '../../tables/types';
import { sumGroups } from '../shared/hierarchy';
import { totalRow } from '../shared/tables';
import type { Rule } from '../types';

/** Group rows (工资福利支出 …) own the item rows printed under them, up to the next group. */
function groupsOf(table: BudgetTable): Array<{ parent: TableRow; children: TableRow[]; what: string }> {
  const groups: Array<{ parent: TableRow; children: TableRow[]; what: string }> = [];
  for (const row of table.rows) {
    if (row.role === 'group') groups.push({ parent: row, children: [], what: '其下各经济科目之和' });
    else if (row.role === 'item' && groups.length) groups[groups.length - 1].children.push(row);
  }
  const sums = groups.filter((g) => g.children.length > 0);
  const total = totalRow(table);
  if (total && groups.length) sums.push({ parent: total, children: groups.map((g) => g.parent), what: '各经济分类之和' });
  return sums;
}

export const basicEconomicGroups: Rule = {
  id: 'basic-economic/groups',
  title: '经济分类逐级相加',
  defaultSeverity: 'error',
  docs: '基本支出分经济科目表：工资福利支出、商品和服务支出、对个人和家庭的补助等分类 = 其下各科目之和；合计 = 各分类之和。',
  check(context) {
    return context.tablesOf('basic-economic').flatMap((table) => sumGroups(basicEconomicGroups, table, groupsOf(table)));
  },
};
