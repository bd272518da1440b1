/**
 * Header block of a table: one to three rows of words (plus an optional 1 2 3 … column-number row),
 * merged cells and PDF fragments joined per column top to bottom, then mapped to column meanings.
 */
import type { TableColumn } from '../types';
import { FOREIGN_COLUMN, columnKeyOf, isLabelKey } from './columns';
import type { SheetView } from './sheet-view';
import { compact, hasOrdinal, isTotalLabel, looksLikeAmount } from './text';

const MAX_HEADER_ROWS = 4;

export interface HeaderReading {
  /** Header rows, column-number row included. */
  rows: number[];
  columns: TableColumn[];
  left: number;
  right: number;
  /** First row after the header. */
  next: number;
}

export interface HeaderOptions {
  /** Row labels that start the data even when the row carries no amount (三公 lines of an empty table). */
  dataLabel?: RegExp;
  /** Kind-specific column words, consulted before the common ones (三公 lines laid out as columns). */
  columnKey?: (fragments: string[]) => string | undefined;
}

export function readHeader(view: SheetView, start: number, end: number, options: HeaderOptions = {}): HeaderReading | undefined {
  const rows: number[] = [];
  const wordRows: number[] = [];
  let left = Number.POSITIVE_INFINITY;
  let r = start;
  for (; r < end && wordRows.length < MAX_HEADER_ROWS; r++) {
    if (view.isBlank(r)) {
      if (rows.length > 0) break;
      continue;
    }
    if (isColumnNumberRow(view, r)) {
      rows.push(r);
      continue;
    }
    if (isNoteRow(view, r) || isProse(view, r) || looksLikeDataRow(view, r, Number.isFinite(left) ? left : firstColumn(view, r), options)) break;
    rows.push(r);
    wordRows.push(r);
    left = Math.min(left, firstColumn(view, r));
  }
  if (wordRows.length === 0) return undefined;
  let right = -1;
  for (const row of wordRows) right = Math.max(right, view.lastColumn(row));
  const columns: TableColumn[] = [];
  const fragmentsOf = new Map<TableColumn, string[]>();
  for (let c = left; c <= right; c++) {
    const fragments = headerFragments(view, wordRows, c, left);
    const key = options.columnKey?.(fragments) ?? columnKeyOf(fragments);
    const column = { key: key ?? '', header: fragments.join(' '), col: c };
    columns.push(column);
    fragmentsOf.set(column, fragments);
  }
  scopeTotals(columns, fragmentsOf);
  return { rows, columns, left, right, next: r };
}

/**
 * "一般公共预算基本支出 | 合计 人员经费 公用经费": a group header over every amount column is the table's
 * scope, not a part of it, so its 合计 is the table's total rather than the group's subtotal.
 */
function scopeTotals(columns: TableColumn[], fragmentsOf: Map<TableColumn, string[]>): void {
  if (columns.some((column) => column.key === 'total')) return;
  const amounts = columns.filter((column) => column.key !== '' && column.key !== FOREIGN_COLUMN && !isLabelKey(column.key));
  const groupTotal = amounts.find((column) => isTotalLabel(fragmentsOf.get(column)!.at(-1) ?? '') && (fragmentsOf.get(column)?.length ?? 0) > 1);
  if (!groupTotal) return;
  const scope = fragmentsOf.get(groupTotal)![0];
  if (amounts.every((column) => fragmentsOf.get(column)![0] === scope)) groupTotal.key = 'total';
}

function headerFragments(view: SheetView, rows: number[], col: number, left: number): string[] {
  const out: string[] = [];
  rows.forEach((row, i) => {
    const below = rows[i + 1];
    const text = compact(view.areaText(row, col)) || (below === undefined ? '' : unmergedGroupText(view, row, below, col, left));
    if (text && out[out.length - 1] !== text) out.push(text);
  });
  return out;
}

/**
 * A group header written in its first column only, without the merge Excel would show ("2025年预算数"
 * over 合计 | 基本支出 | 项目支出, as PDF converters leave it): an empty header cell with words under it
 * belongs to the nearest words to its left in the same row, when those words head words of their own.
 */
function unmergedGroupText(view: SheetView, row: number, below: number, col: number, left: number): string {
  if (!compact(view.areaText(below, col))) return '';
  for (let c = col - 1; c >= left; c--) {
    const text = compact(view.areaText(row, c));
    if (!text) continue;
    return view.mergeAt(row, c) || !compact(view.areaText(below, c)) ? '' : text;
  }
  return '';
}

function firstColumn(view: SheetView, row: number): number {
  const first = view.rowCells(row)[0];
  if (!first) return 0;
  return view.mergeAt(row, first.col)?.left ?? first.col;
}

/** "1 2 3 4 5" (or 甲 乙 1 2 3) under a header. */
export function isColumnNumberRow(view: SheetView, row: number): boolean {
  const cells = view.rowCells(row).map((cell) => cell.compact);
  const numbers = cells.filter((t) => !/^[甲乙丙丁栏次]+$/.test(t));
  if (numbers.length < 3 || numbers[0] !== '1') return false;
  return numbers.every((t, i) => /^\d+$/.test(t) && (i === 0 || Number(t) === Number(numbers[i - 1]) + 1));
}

export function isNoteRow(view: SheetView, row: number): boolean {
  const first = view.rowCells(row)[0];
  return first !== undefined && /^(注|备注|说明)[:：\d]|本表无数据|^无数据$/.test(first.compact);
}

/** "2026" in a header split as "2026" / "年合计" is a year, not an amount. */
function isYearText(text: string): boolean {
  return /^(19|20)\d{2}$/.test(compact(text));
}

function isCodeText(text: string): boolean {
  return /^\d{3}(\d{2}){0,2}$/.test(compact(text).replace(/\.0$/, ''));
}

/** A row that starts the data: an amount, a code, a total or numbered line label, or a kind-specific label. */
function looksLikeDataRow(view: SheetView, row: number, left: number, options: HeaderOptions = {}): boolean {
  const cells = view.rowCells(row);
  if (cells.some(({ col, text }) => (typeof view.cell(row, col)?.v === 'number' || looksLikeAmount(text)) && !isYearText(text))) return true;
  const label = cells[0];
  if (!label || label.col < left || label.col > left + 2) return false;
  const text = label.text;
  // Split 类/款/项 columns may leave the first code column blank; other labels sit in the first column.
  if (isCodeText(text)) return true;
  if (label.col !== left || !(isTotalLabel(text) || hasOrdinal(text) || (options.dataLabel?.test(compact(text)) ?? false))) return false;
  // "合计 | 因公出国（境）费 | 公务接待费" is a header whose first word happens to be a total.
  return cells.slice(1).every((other) => !isHeaderWord(other.compact, options));
}

function isHeaderWord(text: string, options: HeaderOptions): boolean {
  return (options.dataLabel?.test(text) ?? false) || (options.columnKey?.([text]) ?? columnKeyOf([text])) !== undefined;
}

/** A sentence is not a header: 说明 text under a title means the table has no header. */
function isProse(view: SheetView, row: number): boolean {
  return view.rowCells(row).some((cell) => /[，。；]/.test(cell.text) || cell.compact.length > 40);
}
