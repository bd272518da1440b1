import { economicGroups } from '../../tables/hierarchy';
import type { BudgetTable, TableRow } from '../../tables/types';
import { sumGroups } from '../shared/hierarchy';
import type { Rule } from '../types';

/** Group = Σ its items, 合计 = Σ groups, worded for the messages. */
function groupsOf(table: BudgetTable): Array<{ parent: TableRow; children: TableRow[]; what: string }> {
  return economicGroups(table).map((group) => ({ ...group, what: group.parent.role === 'total' ? '各经济分类之和' : '其下各经济科目之和' }));
}

export const basicEconomicGroups: Rule = {
  id: 'basic-economic/groups',
  title: '经济分类逐级相加',
  defaultSeverity: 'error',
  docs: '基本支出分经济科目表：工资福利支出、商品和服务支出、对个人和家庭的补助等分类 = 其下各科目之和；合计 = 各分类之和。',
  check(context) {
    for (const table of context.tablesOf('basic-economic')) sumGroups(context, table, groupsOf(table));
  },
};
