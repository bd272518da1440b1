/** Appends rows and merges to a GridSheet; amounts are integer cents written as 万元 numbers. */
import type { CellValue, GridCell, GridSheet } from '../../src/core/grid';

/** A cell to write: text, a number, cents wrapped by `amount()`, or blank. */
export type Written = string | number | { cents: number } | null | undefined;

export function amount(cents: number): { cents: number } {
  return { cents };
}

export class SheetBuilder {
  readonly sheet: GridSheet;

  constructor(name: string) {
    this.sheet = { name, rows: [], merges: [] };
  }

  get nextRow(): number {
    return this.sheet.rows.length;
  }

  /** Appends one row; zero amounts stay blank as the disclosures print them. Returns its index. */
  row(values: Written[]): number {
    this.sheet.rows.push(values.map(toCell));
    return this.sheet.rows.length - 1;
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    this.sheet.merges.push({ top, left, bottom, right });
  }

  /** Title merged across the table, then the 部门名称 and 单位 lines. */
  heading(title: string, department: string, width: number): void {
    this.merge(this.row([title]), 0, this.nextRow - 1, width - 1);
    this.row([`部门名称：${department}`]);
    this.row(['单位：万元']);
  }

  noData(): void {
    this.row(['注：本表无数据']);
  }
}

function toCell(value: Written): GridCell | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'object') return value.cents === 0 ? null : { v: centsToNumber(value.cents) };
  return { v: value as CellValue };
}

function centsToNumber(cents: number): number {
  return Number((cents / 100).toFixed(2));
}
