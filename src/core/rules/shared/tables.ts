/** Finding rows and lines in typed tables. */
import type { AmountUnit } from '../../amount';
import type { AmountCell, BudgetTable, ColumnKey, LineKey, SourceKey, TableRow } from '../../tables/types';
import type { IdentityTerm } from '../types';
import { COLUMN_LABEL, TABLE_LABEL, rowLabel } from './labels';

/** Tables without a unit label are read as 万元, the unit of nearly every disclosure table. */
export function unitOf(table: BudgetTable): AmountUnit {
  return table.unit?.unit ?? '万元';
}

/** The first table of a kind: a disclosure normally has one of each. */
export function firstOf(tables: BudgetTable[], kind: BudgetTable['kind']): BudgetTable | undefined {
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
export function className(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/^\s*[(（]?[一二三四五六七八九十百零〇]+[)）、.．]\s*/, '')
    .replace(/\s+/g, '');
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

/** A term of an identity from a row's cell; undefined when the table has no such cell in that row. */
export function term(table: BudgetTable, row: TableRow, key: ColumnKey, sign: 1 | -1 = 1, label?: string): IdentityTerm | undefined {
  const cell: AmountCell | undefined = row.values[key];
  if (!cell) return undefined;
  return { cell, unit: unitOf(table), decimals: decimalsOf(table), sign, label: label ?? COLUMN_LABEL[key], table: table.kind };
}

/** Label naming a cell in another table: "支出总表「201 一般公共服务支出」合计". */
export function foreignLabel(table: BudgetTable, row: TableRow, key: ColumnKey): string {
  return `${TABLE_LABEL[table.kind]}「${rowLabel(row)}」${COLUMN_LABEL[key]}`;
}

export function defined<T>(items: Array<T | undefined>): T[] {
  return items.filter((item): item is T => item !== undefined);
}
