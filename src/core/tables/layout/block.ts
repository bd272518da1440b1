/**
 * A table block: a title and the rows up to the next title. readTabular finds, in order, the meta lines
 * (部门名称, 单位), the header, the data rows (until a 注 line, a blank run, or prose) and the 本表无数据 note.
 */
import { parseUnitLabel } from '../../amount';
import { columnLetters, type CellRef } from '../../grid';
import type { ReadIssue, TableColumn, TableKind, TextCell } from '../types';
import { readHeader, isColumnNumberRow, isNoteRow, type HeaderOptions, type HeaderReading } from './header';
import { readMetaCell, readMetaRow, isYearLine, type MetaReading } from './meta';
import type { RowCell, SheetView } from './sheet-view';
import { isTableNumberLine, titlePart, yearOf } from './title';
import { looksLikeAmount } from './text';
import { FOREIGN_COLUMN } from './columns';

export interface TableBlock {
  view: SheetView;
  kind: TableKind;
  title: TextCell;
  /** First row after the title; 0 when the sheet name is the title (title.ref is then A1). */
  start: number;
  /** First row of the next table, or the sheet's row count. */
  end: number;
  /** A sheet without a title read as the next page of this block's table (the title is that table's). */
  continues?: TableBlock;
  /** The columns of the table continued, for a page that does not repeat the header. */
  inheritedColumns?: TableColumn[];
}

export interface Tabular {
  meta: MetaReading;
  header?: HeaderReading;
  dataRows: number[];
  noDataNote?: CellRef;
  /** The note's words ("注：本表无数据", "本单位无政府性基金预算…"). */
  noDataText?: string;
  /** Last row that belongs to the table (data or note). */
  lastRow: number;
  /** Columns holding amounts under header words that were not understood. */
  unreadColumns: TableColumn[];
  issues: ReadIssue[];
}

const BLANK_RUN_END = 3;
/** "注：本表无数据", "本表为空表", "注：本单位无政府性基金预算收支". */
const NO_DATA = /无数据|空表|^(?:注|备注)[:：].{0,20}无/;
const PROSE_LENGTH = 40;

/** Meta lines directly under the title (and meta cells beside it); returns the first row after them. */
function readMeta(block: TableBlock): { meta: MetaReading; next: number; lastMetaRow: number } {
  const { view, title } = block;
  const meta: MetaReading = {};
  const titleRowCells = block.start > title.ref.row ? view.rowCells(title.ref.row) : [];
  for (const { col, text } of titleRowCells) {
    const metaText = col === title.ref.col ? text.slice(titlePart(text).length) : text;
    const found = readMetaCell(metaText, view.ref(title.ref.row, col));
    meta.unit ??= found.unit;
    meta.unitName ??= found.unitName;
  }
  let lastMetaRow = title.ref.row;
  let r = block.start;
  let blanks = 0;
  for (; r < block.end && blanks < BLANK_RUN_END; r++) {
    if (view.isBlank(r)) {
      blanks++;
      continue;
    }
    blanks = 0;
    const cells = view.rowCells(r);
    if (cells.length === 1 && (isYearLine(cells[0].text) || isTableNumberLine(cells[0].text))) {
      lastMetaRow = r;
      continue;
    }
    const found = readMetaRow(view, r);
    if (!found) break;
    meta.unit ??= found.unit;
    meta.unitName ??= found.unitName;
    lastMetaRow = r;
  }
  return { meta, next: r, lastMetaRow };
}

export function readTabular(block: TableBlock, options: HeaderOptions = {}): Tabular {
  const { view } = block;
  const issues: ReadIssue[] = [];
  const { meta, next, lastMetaRow } = readMeta(block);
  const header = readHeader(view, next, block.end, options) ?? inheritedHeader(block, next);
  if (!header) {
    issues.push({ severity: 'error', message: `“${block.title.text}”下方未找到表头，无法读取此表。`, ref: block.title.ref });
    return { meta, dataRows: [], lastRow: lastMetaRow, unreadColumns: [], issues };
  }
  if (header.columns.every((column) => column.key === '')) {
    issues.push({ severity: 'error', message: `“${block.title.text}”的表头中没有认得的列名（如科目编码、项目、合计、金额），无法读取此表。`, ref: view.ref(header.rows[0], header.left) });
    return { meta, header, dataRows: [], lastRow: header.rows[header.rows.length - 1], unreadColumns: [], issues };
  }
  if (!meta.unit) meta.unit = unitInHeader(view, header);
  issues.push(...keepTitleYear(view, header, yearOf(block.title.text)));
  const headerWords = new Set(header.columns.flatMap((column) => column.header.split(' ')));
  const dataRows: number[] = [];
  let lastRow = header.rows[header.rows.length - 1];
  let noDataNote: CellRef | undefined;
  let noDataText: string | undefined;
  let blanks = 0;
  const placeholderRows: number[] = [];
  for (let r = header.next; r < block.end; r++) {
    if (view.isBlank(r)) {
      if (++blanks < BLANK_RUN_END) continue;
      // Printed forms keep blank lines above their 总计 row: the table runs on to it.
      const totals = nextTotalRow(view, r + 1, block.end);
      if (totals === undefined) break;
      // The bridged blank form lines belong to the table: its 合计 line is not a heading after them.
      blanks = 0;
      r = totals - 1;
      continue;
    }
    const cells = view.rowCells(r);
    const noData = cells.find((cell) => NO_DATA.test(cell.compact));
    if (noData) {
      noDataNote = view.ref(r, noData.col);
      noDataText = noData.text;
      lastRow = r;
      break;
    }
    if (isNoteRow(view, r)) {
      lastRow = r;
      break;
    }
    if (isFurniture(cells) || isColumnNumberRow(view, r) || repeatsHeader(cells, headerWords)) continue;
    if (cells.every((cell) => PLACEHOLDER.test(cell.compact))) {
      placeholderRows.push(r);
      lastRow = r;
      continue;
    }
    if (endsTable(view, r, cells, blanks > 0 && cells[0].col <= header.left)) break;
    blanks = 0;
    dataRows.push(r);
    lastRow = r;
  }
  if (placeholderRows.length) {
    issues.push({
      severity: 'warning',
      message: `“${block.title.text}”中留有模板的省略行（第 ${placeholderRows.map((row) => row + 1).join('、')} 行只有“…”），应删除或填写实际科目。`,
      ref: view.ref(placeholderRows[0], view.rowCells(placeholderRows[0])[0].col),
    });
  }
  const unreadColumns = header.columns.filter((column) => column.key === '' && dataRows.some((r) => holdsAmount(view, r, column.col)));
  for (const column of header.columns) {
    if (column.key !== '' || column.header === '' || unreadColumns.includes(column)) continue;
    issues.push({ severity: 'info', message: `未能识别列“${column.header}”的含义，此列未读取。`, ref: view.ref(header.rows[0], column.col) });
  }
  if (unreadColumns.length) {
    const names = unreadColumns.map((column) => `「${column.header || `${columnLetters(column.col)} 列`}」`).join('');
    issues.push({
      severity: 'warning',
      message: `“${block.title.text}”中有金额的列${names}未能识别含义，本表各行的合计未核对。`,
      ref: view.ref(header.rows[0], unreadColumns[0].col),
    });
  }
  return { meta, header, dataRows, lastRow, unreadColumns, issues, ...(noDataNote ? { noDataNote, noDataText } : {}) };
}

/** A continued page without its own header is read in the continued table's columns. */
function inheritedHeader(block: TableBlock, next: number): HeaderReading | undefined {
  const columns = block.inheritedColumns;
  if (!columns?.length) return undefined;
  const cols = columns.map((column) => column.col);
  return { rows: [], columns, left: Math.min(...cols), right: Math.max(...cols), next };
}

function holdsAmount(view: SheetView, row: number, col: number): boolean {
  const cell = view.cell(row, col);
  return typeof cell?.v === 'number' || looksLikeAmount(view.text(row, col));
}

/**
 * "2025年预算数 | 2026年预算数": when one meaning heads several columns of different years, the title's
 * year is read and the other columns are set aside (their key emptied) with an info issue.
 */
function keepTitleYear(view: SheetView, header: HeaderReading, year: number | undefined): ReadIssue[] {
  if (!year) return [];
  const issues: ReadIssue[] = [];
  const byKey = new Map<string, TableColumn[]>();
  for (const column of header.columns) if (column.key && column.key !== FOREIGN_COLUMN) byKey.set(column.key, [...(byKey.get(column.key) ?? []), column]);
  for (const columns of byKey.values()) {
    const years = columns.map((column) => headerYear(column.header));
    if (columns.length < 2 || !years.includes(year)) continue;
    columns.forEach((column, i) => {
      if (years[i] === undefined || years[i] === year) return;
      column.key = FOREIGN_COLUMN;
      issues.push({ severity: 'info', message: `列“${column.header}”不是本表年度（${year}年）的数，未读取。`, ref: view.ref(header.rows[0], column.col) });
    });
  }
  return issues;
}

/** "2026年预算数", "2026预算数": a header's year, with or without 年. */
function headerYear(header: string): number | undefined {
  const m = /(?<!\d)(20\d{2})(?!\d)/.exec(header);
  return m ? Number(m[1]) : undefined;
}

/** "2026年预算数（万元）" states the unit in the header when no 单位 line does. */
function unitInHeader(view: SheetView, header: HeaderReading): MetaReading['unit'] {
  for (const row of header.rows) {
    for (const { col, text } of view.rowCells(row)) {
      const unit = parseUnitLabel(text);
      if (unit) return { unit, ref: view.ref(row, col) };
    }
  }
  return undefined;
}

/** The next non-blank row when it is a 合计/总计 row (收入总计, 支出总计 …); undefined otherwise. */
function nextTotalRow(view: SheetView, from: number, end: number): number | undefined {
  for (let r = from; r < end; r++) {
    if (view.isBlank(r)) continue;
    return view.rowCells(r).some((cell) => TOTAL_LINE.test(cell.compact)) ? r : undefined;
  }
  return undefined;
}

const TOTAL_LINE = /^(?:收入|支出|部门|单位)?(?:总计|合计)$/;

/**
 * "…" in the cells of a line: the template's sign for "more lines like these", left in a draft. Not a
 * line of the table (no code, no amounts); said once per table. Compacted text is NFKC: "…" reads "...".
 */
const PLACEHOLDER = /^(?:\.{2,}|⋯+|·{3,}|。{3,})$/;

/** Page furniture of PDF conversions: "— 1 —", "仅供内部审核", "续表". */
function isFurniture(cells: readonly RowCell[]): boolean {
  return cells.length === 1 && /^[-—–]*\d+[-—–]*$|^第\d+页|仅供内部审核|^续表/.test(cells[0].compact);
}

/** A PDF conversion repeats the header on every page; such a row carries only header words. */
function repeatsHeader(cells: readonly RowCell[], headerWords: Set<string>): boolean {
  return cells.length >= 2 && cells.every((cell) => headerWords.has(cell.compact));
}

/**
 * Prose or a section heading after the table: one text cell without amounts, long, or in the first
 * column after a blank row (a lone label further right, as in 收支总表, is still a data line).
 */
function endsTable(view: SheetView, row: number, cells: readonly RowCell[], headingAfterBlank: boolean): boolean {
  if (cells.length !== 1) return false;
  const only = cells[0];
  if (typeof view.cell(row, only.col)?.v === 'number' || looksLikeAmount(only.text)) return false;
  if (isTableNumberLine(only.text)) return true;
  return headingAfterBlank || only.compact.length >= PROSE_LENGTH;
}
