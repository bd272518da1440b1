/** "Each row: 合计 = Σ part columns", shared by every table with a total column. */
import type { BudgetTable, ColumnKey, TableKind, TableRow } from '../../tables/types';
import type { Diagnostic, Rule } from '../types';
import { columnKeys } from './cells';
import { compareAmounts } from './compare';
import { COLUMN_LABEL, rowLabel } from './labels';
import { defined, term } from './tables';

export interface RowSumSpec {
  id: string;
  title: string;
  docs: string;
  kinds: TableKind[];
  total: ColumnKey;
  parts: readonly ColumnKey[];
  /** Rows the identity applies to; all rows by default. */
  rows?: (row: TableRow) => boolean;
}

export function rowSumRule(spec: RowSumSpec): Rule {
  const rule: Rule = {
    id: spec.id,
    title: spec.title,
    defaultSeverity: 'error',
    docs: spec.docs,
    check(context) {
      return context.tables.filter((t) => spec.kinds.includes(t.kind)).flatMap((table) => checkRowSums(rule, table, spec));
    },
  };
  return rule;
}

function checkRowSums(rule: Rule, table: BudgetTable, spec: RowSumSpec): Diagnostic[] {
  // An amount column the reader could not name may be one of the parts: the sums are not checked.
  if (table.unreadColumns) return [];
  const present = columnKeys(table);
  const parts = spec.parts.filter((key) => present.includes(key));
  if (parts.length === 0) return [];
  const subject = `${COLUMN_LABEL[spec.total]}应等于${parts.map((key) => COLUMN_LABEL[key]).join(' + ')}`;
  return defined(
    table.rows
      .filter((row) => spec.rows?.(row) ?? true)
      .map((row) => {
        const target = term(table, row, spec.total);
        const addends = defined(parts.map((key) => term(table, row, key)));
        if (!target || addends.length === 0) return undefined;
        return compareAmounts({ rule, table: table.kind, subject: `「${rowLabel(row)}」${subject}`, target, addends });
      }),
  );
}
