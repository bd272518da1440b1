/**
 * 类 = Σ 款 = Σ 项 by code prefix, and the 合计 row = Σ top-level rows; for every amount column.
 * Used by the income, expenditure, general-expenditure and fund tables; sumGroups by every rule of parts and wholes.
 */
import { codeTree } from '../../tables/hierarchy';
import type { BudgetTable, TableKind, TableRow } from '../../tables/types';
import type { Diagnostic, Rule, RuleContext } from '../types';
import { compareAmounts } from './compare';
import { COLUMN_LABEL, rowLabel } from '../../tables/labels';
import { defined, term } from './terms';
import { totalRow, columnKeys } from '../../tables/query';

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
