/** Identities of the two-sided 收支总表 and 财政拨款收支总表, per expenditure column. */
import type { BudgetTable, ColumnKey, TableRow } from '../../tables/types';
import type { IdentityTerm } from '../types';
import { columnKeys } from './cells';
import { rowLabel } from './labels';
import { defined, lineRow, linesOf, term } from './tables';

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

const CARRYOVER_LINE = { income: 'carryover', expenditure: 'year-end-carryover' } as const;
const YEAR_TOTAL_LINE = { income: 'income-total', expenditure: 'expenditure-total' } as const;

/**
 * The line holding the year's total of one side: 本年收入合计 / 本年支出合计, or, where the form prints
 * no such line and no 结转 line, the 总计 line (收入总计 = the year's income then).
 */
export function yearTotalLine(table: BudgetTable, side: 'income' | 'expenditure'): TableRow | undefined {
  const explicit = lineRow(table, side, YEAR_TOTAL_LINE[side]);
  if (explicit) return explicit;
  return linesOf(table, side, CARRYOVER_LINE[side]).length === 0 ? lineRow(table, side, 'grand-total') : undefined;
}

/** Whether a side has a line the reader could not name: sums over that side's lines are then not checked. */
export function sideUnread(table: BudgetTable, side: 'income' | 'expenditure'): boolean {
  return table.rows.some((row) => row.side === side && row.unread);
}
