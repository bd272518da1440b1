import type { BudgetTable, LineKey } from '../../tables/types';
import { sumGroups } from '../shared/hierarchy';
import { totalRow } from '../../tables/query';
import type { Rule } from '../types';

function lineSums(table: BudgetTable) {
  const line = (key: LineKey) => table.rows.find((row) => row.line === key) ?? (key === 'total' ? totalRow(table) : undefined);
  const sum = (parent: LineKey, children: LineKey[], what: string) => {
    const parentRow = line(parent);
    const childRows = children.map(line).filter((row) => row !== undefined);
    return parentRow && childRows.length ? [{ parent: parentRow, children: childRows, what }] : [];
  };
  return [
    ...sum('total', ['abroad', 'reception', 'vehicle'], '因公出国（境）费 + 公务接待费 + 公务用车购置及运行费'),
    ...sum('vehicle', ['vehicle-purchase', 'vehicle-operation'], '公务用车购置费 + 公务用车运行维护费'),
  ];
}

export const threePublicSums: Rule = {
  id: 'three-public/sums',
  title: '“三公”经费各项相加',
  defaultSeverity: 'error',
  docs: '“三公”经费表：合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费；公务用车购置及运行费 = 购置费 + 运行维护费。',
  check(context) {
    for (const table of context.tablesOf('three-public')) sumGroups(context, table, lineSums(table));
  },
};
