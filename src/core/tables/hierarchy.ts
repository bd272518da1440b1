/** The hierarchy of a coded table: 类 → 款 → 项 by code prefix, and economic groups over their items. */
import { totalRow } from './query';
import type { BudgetTable, TableRow } from './types';

export interface CodeTree {
  children: Map<TableRow, TableRow[]>;
  top: TableRow[];
  /**
   * Rows whose children may be incomplete: a row without a readable code sits somewhere below them
   * (`null` stands for the table's top level, summed by the 合计 row).
   */
  incomplete: Set<TableRow | null>;
}

/** Parent of a coded row = the nearest row above whose code is a proper prefix of its code. */
export function codeTree(rows: TableRow[]): CodeTree {
  const children = new Map<TableRow, TableRow[]>();
  const top: TableRow[] = [];
  const stack: TableRow[] = [];
  const incomplete = new Set<TableRow | null>();
  for (const row of rows) {
    if (row.unread) {
      // It could belong under any row of the current path, or be a class of its own.
      for (const ancestor of [null, ...stack]) incomplete.add(ancestor);
      continue;
    }
    const code = row.code?.code;
    if (!code || row.role === 'total') continue;
    while (stack.length && !isPrefix(stack[stack.length - 1].code!.code, code)) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) {
      const siblings = children.get(parent);
      if (siblings) siblings.push(row);
      else children.set(parent, [row]);
    } else top.push(row);
    stack.push(row);
  }
  return { children, top, incomplete };
}

/** Group rows (工资福利支出 …) own the item rows printed under them, up to the next group; 合计 owns the groups. */
export function economicGroups(table: BudgetTable): Array<{ parent: TableRow; children: TableRow[] }> {
  const groups: Array<{ parent: TableRow; children: TableRow[] }> = [];
  for (const row of table.rows) {
    if (row.role === 'group') groups.push({ parent: row, children: [] });
    else if (row.role === 'item' && groups.length) groups[groups.length - 1].children.push(row);
  }
  const withItems = groups.filter((g) => g.children.length > 0);
  const total = totalRow(table);
  if (total && groups.length) withItems.push({ parent: total, children: groups.map((g) => g.parent) });
  return withItems;
}

function isPrefix(parent: string, code: string): boolean {
  return code.length > parent.length && code.startsWith(parent);
}
