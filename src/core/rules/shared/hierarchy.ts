/**
 * 类 = Σ 款 = Σ 项 by code prefix, and the 合计 row = Σ top-level rows (Σ units in a table listed by unit); for every amount column.
 * Used by the income, expenditure, general-expenditure and fund tables; sumGroups by every rule of parts and wholes.
 */
import { codeTree } from '../../tables/hierarchy';
import type { BudgetTable, TableKind, TableRow } from '../../tables/types';
import type { Rule, RuleContext } from '../types';
import { compareAmounts } from './compare';
import { COLUMN_LABEL, rowLabel } from '../../tables/labels';
import { byRow, defined, term } from './terms';
import { totalRow, columnKeys } from '../../tables/query';

export function hierarchyRule(meta: { id: string; title: string; docs: string; kinds: TableKind[] }): Rule {
  return {
    ...meta,
    defaultSeverity: 'error',
    check(context) {
      for (const table of context.tables) if (meta.kinds.includes(table.kind)) checkHierarchy(context, table);
    },
  };
}

function checkHierarchy(context: RuleContext, table: BudgetTable): void {
  const tree = codeTree(table.rows);
  const sums: Array<{ parent: TableRow; children: TableRow[]; what: string }> = [...tree.children]
    .filter(([parent]) => !tree.incomplete.has(parent))
    .map(([parent, children]) => ({ parent, children, what: '下级科目之和' }));
  const total = totalRow(table);
  if (total && tree.top.length && !tree.incomplete.has(null)) sums.push({ parent: total, children: tree.top, what: '各类之和' });
  // A table listed by unit (no 科目): the 合计 row is the sum of the units.
  const units = table.rows.filter((row) => row.role === 'unit');
  if (total && tree.top.length === 0 && units.length) sums.push({ parent: total, children: units, what: '各单位之和' });
  sumGroups(context, table, sums);
}

/** parent = Σ children for every amount column of the table. */
export function sumGroups(context: RuleContext, table: BudgetTable, sums: Array<{ parent: TableRow; children: TableRow[]; what: string }>): void {
  const keys = columnKeys(table);
  for (const { parent, children, what } of sums) {
    for (const key of keys) {
      const target = term(table, parent, key);
      const addends = defined(children.map((child) => term(table, child, key, 1, byRow)));
      if (target && addends.length) compareAmounts(context, { table: table.kind, subject: () => `「${rowLabel(parent)}」${COLUMN_LABEL[key]}应等于${what}`, target, addends });
    }
  }
}
