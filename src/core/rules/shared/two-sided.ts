/** Identities of the two-sided 收支总表 and 财政拨款收支总表, per expenditure column. */
import type { BudgetTable, ColumnKey, TableRow } from '../../tables/types';
import type { IdentityTerm } from '../types';
import { columnKeys } from './cells';
import { rowLabel } from './labels';
import { defined, term } from './tables';

const TWO_SIDED_KINDS = ['summary', 'fiscal-summary'] as const;

export function twoSidedTables(tables: BudgetTable[]): BudgetTable[] {
  return tables.filter((t) => (TWO_SIDED_KINDS as readonly string[]).includes(t.kind));
}

/** Amount columns of one side: the income side has one, the expenditure side several. */
export function sideKeys(table: BudgetTable, side: 'income' | 'expenditure'): ColumnKey[] {
  const keys = new Set(table.columns.filter((c) => c.side === side).map((c) => c.key));
  return columnKeys(table).filter((key) => keys.has(key));
}

/** Terms of several rows in one column, labelled by the rows' names. */
export function rowTerms(table: BudgetTable, rows: TableRow[], key: ColumnKey): IdentityTerm[] {
  return defined(rows.map((row) => term(table, row, key, 1, rowLabel(row))));
}
