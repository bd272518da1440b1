/** Terms of identities from table cells. */
import type { AmountUnit } from '../../amount';
import { COLUMN_LABEL, foreignLabel, rowLabel } from '../../tables/labels';
import { decimalsOf, unitOf } from '../../tables/query';
import type { AmountCell, BudgetTable, ColumnKey, TableKind, TableRow } from '../../tables/types';
import type { IdentityTerm } from '../types';

/** How a term is named from its table, row and column (names are made only for terms that are described). */
export type TermLabel = (table: BudgetTable, row: TableRow, key: ColumnKey) => string;

/** The term named by its row: "201 一般公共服务支出". */
export const byRow: TermLabel = (_table, row) => rowLabel(row);
/** The term named with its table, for a cell of another table: "支出总表「201 一般公共服务支出」合计". */
export const byTable: TermLabel = foreignLabel;
/** The term named by its column: "基本支出". */
const byColumn: TermLabel = (_table, _row, key) => COLUMN_LABEL[key];

class CellTerm implements IdentityTerm {
  readonly unit: AmountUnit;
  readonly decimals: number;
  readonly table: TableKind;
  private name?: string;

  constructor(
    private readonly source: BudgetTable,
    private readonly row: TableRow,
    private readonly key: ColumnKey,
    readonly cell: AmountCell,
    readonly sign: 1 | -1,
    private readonly labelOf: TermLabel,
  ) {
    this.unit = unitOf(source);
    this.decimals = decimalsOf(source);
    this.table = source.kind;
  }

  get label(): string {
    this.name ??= this.labelOf(this.source, this.row, this.key);
    return this.name;
  }
}

/** A term of an identity from a row's cell; undefined when the table has no such cell in that row. */
export function term(table: BudgetTable, row: TableRow, key: ColumnKey, sign: 1 | -1 = 1, label: TermLabel = byColumn): IdentityTerm | undefined {
  const cell = row.values[key];
  return cell ? new CellTerm(table, row, key, cell, sign, label) : undefined;
}

/** Terms of several rows in one column, labelled by the rows' names. */
export function rowTerms(table: BudgetTable, rows: TableRow[], key: ColumnKey): IdentityTerm[] {
  return defined(rows.map((row) => term(table, row, key, 1, byRow)));
}

export function defined<T>(items: Array<T | undefined>): T[] {
  return items.filter((item): item is T => item !== undefined);
}
