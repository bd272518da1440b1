/** Rows that carry a 支出功能分类 code, across the coded tables. */
import type { BudgetTable, CodeCell, TextCell } from '../../tables/types';

export const FUNCTION_CODED_KINDS = ['income', 'expenditure', 'general-expenditure', 'fund-income', 'fund-expenditure', 'state-capital'] as const;

export interface CodedName {
  table: BudgetTable;
  code: CodeCell;
  name: TextCell;
}

export function functionCodedNames(tables: BudgetTable[]): CodedName[] {
  return tables
    .filter((t) => (FUNCTION_CODED_KINDS as readonly string[]).includes(t.kind))
    .flatMap((table) => table.rows.flatMap((row) => (row.code && row.name ? [{ table, code: row.code, name: row.name }] : [])));
}
