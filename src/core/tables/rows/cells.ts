/** Reading the label and amount cells of one data row by column meaning. */
import type { AmountCell, ColumnKey, TableColumn, TableRow, TextCell } from '../types';
import { readAmountCell } from '../layout/amounts';
import { isLabelKey } from '../layout/columns';
import type { SheetView } from '../layout/sheet-view';

export function textCell(view: SheetView, row: number, col: number | undefined): TextCell | undefined {
  if (col === undefined) return undefined;
  const text = view.text(row, col);
  return text ? { ref: view.ref(row, col), text } : undefined;
}

export function columnOf(columns: TableColumn[], key: string): number | undefined {
  return columns.find((column) => column.key === key)?.col;
}

export function amountColumns(columns: TableColumn[]): TableColumn[] {
  return columns.filter((column) => column.key !== '' && !isLabelKey(column.key));
}

/** Amount cells of a row; a key heading two columns keeps the first. */
export function readValues(view: SheetView, row: number, columns: TableColumn[]): TableRow['values'] {
  const values: Partial<Record<ColumnKey, AmountCell>> = {};
  for (const column of amountColumns(columns)) {
    const key = column.key as ColumnKey;
    if (!values[key]) values[key] = readAmountCell(view, row, column.col);
  }
  return values;
}

export function hasAnyAmount(values: TableRow['values']): boolean {
  return Object.values(values).some((cell) => cell !== undefined && (cell.amount !== null || cell.problem !== undefined));
}

export interface NamedRow {
  row: number;
  name?: TextCell;
  values: TableRow['values'];
}

/** Data rows that carry a name (from `nameCol`) or an amount; fully blank rows are dropped. */
export function namedRows(view: SheetView, dataRows: number[], columns: TableColumn[], nameCol: number | undefined): NamedRow[] {
  const out: NamedRow[] = [];
  for (const row of dataRows) {
    const name = textCell(view, row, nameCol);
    const values = readValues(view, row, columns);
    if (name || hasAnyAmount(values)) out.push({ row, ...(name ? { name } : {}), values });
  }
  return out;
}

/** Text columns other than code and name, kept by meaning (gps: content, catalog-code, catalog-name). */
export function readTexts(view: SheetView, row: number, columns: TableColumn[], keys: string[]): Record<string, TextCell> | undefined {
  const texts: Record<string, TextCell> = {};
  for (const key of keys) {
    const cell = textCell(view, row, columnOf(columns, key));
    if (cell) texts[key] = cell;
  }
  return Object.keys(texts).length ? texts : undefined;
}
