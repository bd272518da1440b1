/** Terms of identities from table cells. */
import { COLUMN_LABEL, rowLabel } from '../../tables/labels';
import { decimalsOf, unitOf } from '../../tables/query';
import type { AmountCell, BudgetTable, ColumnKey, TableRow } from '../../tables/types';
import type { IdentityTerm } from '../types';

/** A term of an identity from a row's cell; undefined when the table has no such cell in that row. */
export function term(table: BudgetTable, row: TableRow, key: ColumnKey, sign: 1 | -1 = 1, label?: string): IdentityTerm | undefined {
  const cell: AmountCell | undefined = row.values[key];
  if (!cell) return undefined;
  return { cell, unit: unitOf(table), decimals: decimalsOf(table), sign, label: label ?? COLUMN_LABEL[key], table: table.kind };
}

/** Terms of several rows in one column, labelled by the rows' names. */
export function rowTerms(table: BudgetTable, rows: TableRow[], key: ColumnKey): IdentityTerm[] {
  return defined(rows.map((row) => term(table, row, key, 1, rowLabel(row))));
}

export function defined<T>(items: Array<T | undefined>): T[] {
  return items.filter((item): item is T => item !== undefined);
}
