/** "Each row: 合计 = Σ part columns", shared by every table with a total column. */
import { FISCAL_PARTS, UNIT_FUND_PARTS, type BudgetTable, type ColumnKey, type TableKind, type TableRow } from '../../tables/types';
import type { Rule, RuleContext } from '../types';
import { columnKeys } from '../../tables/query';
import { compareAmounts } from './compare';
import { COLUMN_LABEL, rowLabel } from '../../tables/labels';
import { defined, term } from './terms';

export interface RowSum {
  total: ColumnKey;
  parts: readonly ColumnKey[];
}

export interface RowSumSpec {
  id: string;
  title: string;
  docs: string;
  kinds: TableKind[];
  /** Identities each row must satisfy; one whose total or parts the table lacks is skipped. */
  sums: RowSum[];
  /** Rows the identities apply to; all rows by default. */
  rows?: (row: TableRow) => boolean;
}

/** A part a table may print broken down instead: 基本支出 as 人员经费 + 公用经费, 财政拨款 as its three funds. */
const BREAKDOWN: Partial<Record<ColumnKey, readonly ColumnKey[]>> = { basic: ['personnel', 'public'], fiscal: FISCAL_PARTS, 'unit-funds': UNIT_FUND_PARTS };

/** The columns that stand for `parts` in this table; a part printed both whole and broken down counts once. */
export function resolveParts(parts: readonly ColumnKey[], present: readonly ColumnKey[]): ColumnKey[] {
  const has = (key: ColumnKey) => present.includes(key);
  const resolved = new Set(parts.flatMap((part) => (has(part) ? [part] : (BREAKDOWN[part] ?? []).filter(has))));
  return [...resolved].filter((key) => ![...resolved].some((whole) => BREAKDOWN[whole]?.includes(key)));
}

export function rowSumRule(spec: RowSumSpec): Rule {
  return {
    id: spec.id,
    title: spec.title,
    defaultSeverity: 'error',
    docs: spec.docs,
    check(context) {
      for (const table of context.tables) if (spec.kinds.includes(table.kind)) for (const sum of spec.sums) checkRowSums(context, table, spec, sum);
    },
  };
}

function checkRowSums(context: RuleContext, table: BudgetTable, spec: RowSumSpec, sum: RowSum): void {
  // An amount column the reader could not name may be one of the parts: the sums are not checked.
  if (table.unreadColumns) return;
  const present = columnKeys(table);
  if (!present.includes(sum.total)) return;
  const parts = resolveParts(sum.parts, present).filter((key) => key !== sum.total);
  if (parts.length === 0) return;
  const subject = `${COLUMN_LABEL[sum.total]}应等于${parts.map((key) => COLUMN_LABEL[key]).join(' + ')}`;
  for (const row of table.rows) {
    if (spec.rows && !spec.rows(row)) continue;
    const target = term(table, row, sum.total);
    const addends = defined(parts.map((key) => term(table, row, key)));
    if (target && addends.length) compareAmounts(context, { table: table.kind, subject: () => `「${rowLabel(row)}」${subject}`, target, addends });
  }
}
