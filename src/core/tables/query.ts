/** Finding rows, lines, columns, units and precision in typed tables: for the rules, assist and reports alike. */
import type { AmountUnit } from '../amount';
import { memoised } from '../text/memo';
import { COLUMN_LABEL } from './labels';
import type { BudgetTable, ColumnKey, LineKey, SourceKey, TableKind, TableRow } from './types';

/** Tables without a unit label are read as 万元, the unit of nearly every disclosure table. */
export function unitOf(table: BudgetTable): AmountUnit {
  return table.unit?.unit ?? '万元';
}

const decimalsByTable = new WeakMap<BudgetTable, number>();

/**
 * Decimals a table publishes its amounts with: 万元 tables two; 元 tables none when every amount is a
 * whole number (a 1 元 difference is then within rounding), else two (分).
 */
export function decimalsOf(table: BudgetTable): number {
  let decimals = decimalsByTable.get(table);
  if (decimals === undefined) {
    decimals = unitOf(table) === '元' && table.rows.every((row) => Object.values(row.values).every((cell) => !cell?.amount || cell.amount.isInteger())) ? 0 : 2;
    decimalsByTable.set(table, decimals);
  }
  return decimals;
}

/** The first table of a kind: a disclosure normally has one of each. */
export function firstOf(tables: BudgetTable[], kind: TableKind): BudgetTable | undefined {
  return tables.find((t) => t.kind === kind);
}

export function totalRow(table: BudgetTable): TableRow | undefined {
  return table.rows.find((row) => row.role === 'total' && !row.side);
}

export function lineRow(table: BudgetTable, side: 'income' | 'expenditure', line: LineKey, source?: SourceKey): TableRow | undefined {
  return table.rows.find((row) => row.side === side && row.line === line && (source === undefined || row.source === source));
}

export function linesOf(table: BudgetTable, side: 'income' | 'expenditure', line: LineKey): TableRow[] {
  return table.rows.filter((row) => row.side === side && row.line === line);
}

/** Class names as the 30 类 are written, without "一、" numbering or spaces. */
export const className = memoised((text: string): string =>
  text
    .normalize('NFKC')
    .replace(/^\s*[(（]?[一二三四五六七八九十百零〇]+[)）、.．]\s*/, '')
    .replace(/\s+/g, ''),
);

/** Amount column keys the table actually has, in sheet order. */
export function columnKeys(table: BudgetTable): ColumnKey[] {
  return table.columns.map((c) => c.key).filter((key): key is ColumnKey => key in COLUMN_LABEL);
}

/** True when some amount cell of the rows holds a non-zero value. */
export function hasAmounts(rows: Iterable<TableRow>): boolean {
  for (const row of rows) {
    for (const cell of Object.values(row.values)) if (cell?.amount && !cell.amount.isZero()) return true;
  }
  return false;
}

const TWO_SIDED_KINDS: readonly TableKind[] = ['summary', 'fiscal-summary'];

/** The 收支总表 and 财政拨款收支总表: an income side and an expenditure side. */
export function twoSidedTables(tables: BudgetTable[]): BudgetTable[] {
  return tables.filter((t) => TWO_SIDED_KINDS.includes(t.kind));
}

/** Amount columns of one side: the income side has one, the expenditure side several. */
export function sideKeys(table: BudgetTable, side: 'income' | 'expenditure'): ColumnKey[] {
  const keys = new Set(table.columns.filter((c) => c.side === side).map((c) => c.key));
  return columnKeys(table).filter((key) => keys.has(key));
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
