/**
 * 类 = Σ 款 = Σ 项 by code prefix, and the 合计 row = Σ top-level rows; for every amount column.
 * Used by the income, expenditure, general-expenditure and fund tables.
 */
import type { BudgetTable, TableKind, TableRow } from '../../tables/types';
import type { Diagnostic, Rule, RuleContext } from '../types';
import { columnKeys } from './cells';
import { compareAmounts } from './compare';
import { COLUMN_LABEL, rowLabel } from './labels';
import { defined, term, totalRow } from './tables';

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
    }
    else top.push(row);
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

export function hierarchyRule(meta: { id: string; title: string; docs: string; kinds: TableKind[] }): Rule {
  const rule: Rule = {
    ...meta,
    defaultSeverity: 'error',
    check(context) {
      return context.tables.filter((t) => meta.kinds.includes(t.kind)).flatMap((table) => checkHierarchy(context, rule, table));
    },
  };
  return rule;
}

function checkHierarchy(context: RuleContext, rule: Rule, table: BudgetTable): Diagnostic[] {
  const tree = codeTree(table.rows);
  const sums: Array<{ parent: TableRow; children: TableRow[]; what: string }> = [...tree.children]
    .filter(([parent]) => !tree.incomplete.has(parent))
    .map(([parent, children]) => ({ parent, children, what: '下级科目之和' }));
  const total = totalRow(table);
  if (total && tree.top.length && !tree.incomplete.has(null)) sums.push({ parent: total, children: tree.top, what: '各类之和' });
  return sumGroups(context, rule, table, sums);
}

/** parent = Σ children for every amount column of the table. */
export function sumGroups(context: RuleContext, rule: Rule, table: BudgetTable, sums: Array<{ parent: TableRow; children: TableRow[]; what: string }>): Diagnostic[] {
  const keys = columnKeys(table);
  return defined(
    sums.flatMap(({ parent, children, what }) =>
      keys.map((key) => {
        const target = term(table, parent, key);
        const addends = defined(children.map((child) => term(table, child, key, 1, rowLabel(child))));
        if (!target || addends.length === 0) return undefined;
        return compareAmounts(context, { rule, table: table.kind, subject: `「${rowLabel(parent)}」${COLUMN_LABEL[key]}应等于${what}`, target, addends });
      }),
    ),
  );
}
