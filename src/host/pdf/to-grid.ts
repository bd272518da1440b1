/**
 * Document layout → Grid: one sheet a table, named after its title, laid out as the .xlsx
 * disclosures are (title row, 编制部门 / 单位 row, header rows, data rows, notes), and the narrative
 * on a sheet named 说明, one paragraph a row. Every cell remembers its page and box (GridCell.src).
 */
import type { CellRange, CellSource, Grid, GridCell, GridSheet } from '../../core/grid';
import { runBox, unionBox, type Box } from './layout/geometry';
import { buildCells, columnBoundaries, indexOf, type CellMatrix } from './layout/cells';
import type { DocumentLayout, LaidOutTable } from './layout/document';
import { cluster } from './layout/rulings';
import { joinRuns, joinWrapped, type PageLine } from './layout/text-lines';
import { isCodeHeader, toGridCell } from './values';

export const NARRATIVE_SHEET = '说明';
/** Excel's limit on sheet names, and the characters it forbids in them. */
const SHEET_NAME_LIMIT = 31;
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;

export function layoutToGrid(layout: DocumentLayout, name?: string): Grid {
  const used = new Set<string>([NARRATIVE_SHEET]);
  const sheets = layout.tables.map((table, index) => tableSheet(table, uniqueName(sheetName(table, index), used)));
  if (layout.paragraphs.length) {
    const rows = layout.paragraphs.map((paragraph) => [{ v: paragraph.text, src: source(paragraph.page, paragraph.box) }]);
    sheets.push({ name: NARRATIVE_SHEET, rows, merges: [] });
  }
  return { sheets, ...(name ? { name } : {}) };
}

interface SheetBuilder {
  rows: Array<Array<GridCell | null>>;
  merges: CellRange[];
}

function tableSheet(table: LaidOutTable, name: string): GridSheet {
  const xs = cluster(table.parts.flatMap((part) => columnBoundaries(part.region)));
  const colCount = xs.length - 1;
  const matrices = table.parts.map((part) => buildCells(part.region, xs, part.runs));
  const codeColumns = codeColumnsOf(matrices[0]);
  const sheet: SheetBuilder = { rows: [], merges: [] };
  if (table.title && !table.title.inTable) spanningRow(sheet, table.title.text, table.title.page, table.title.box, colCount);
  for (const meta of table.meta) metaRow(sheet, meta, xs);
  matrices.forEach((matrix, index) => {
    const skip = index === 0 ? 0 : repeatedHeaderRows(matrices[0], matrix);
    appendMatrix(sheet, matrix, skip, table.parts[index].page, codeColumns);
  });
  for (const [first, ...rest] of table.notes) spanningRow(sheet, joinWrapped([first, ...rest].map((item) => item.line.text)), first.page, first.line, colCount);
  return { name, rows: sheet.rows, merges: sheet.merges };
}

/** A row holding one text across the table's width (title, note). */
function spanningRow(sheet: SheetBuilder, text: string, page: number, box: Box, colCount: number): void {
  const row = sheet.rows.length;
  sheet.rows.push([{ v: text, src: source(page, box) }]);
  if (colCount > 1) sheet.merges.push({ top: row, bottom: row, left: 0, right: colCount - 1 });
}

/** 编制部门 … 单位：元: each run goes to the column it starts in, as the workbooks place them. */
function metaRow(sheet: SheetBuilder, meta: PageLine, xs: number[]): void {
  const byColumn = new Map<number, typeof meta.line.runs>();
  for (const run of meta.line.runs) {
    const col = indexOf(xs, run.x + 1);
    byColumn.set(col, [...(byColumn.get(col) ?? []), run]);
  }
  const row: Array<GridCell | null> = [];
  for (const [col, runs] of byColumn) {
    while (row.length < col) row.push(null);
    row[col] = { v: joinRuns(runs), src: source(meta.page, unionBox(runs.map(runBox)) as Box) };
  }
  sheet.rows.push(row);
}

function appendMatrix(sheet: SheetBuilder, matrix: CellMatrix, skip: number, page: number, codeColumns: Set<number>): void {
  const offset = sheet.rows.length - skip;
  for (let r = skip; r < matrix.rowCount; r++) {
    const row = matrix.cells[r].map((cell, c) => (cell ? { ...toGridCell(cell.text, codeColumns.has(c)), src: source(page, cell.box) } : null));
    // As the .xlsx reader gives rows: up to the last cell that holds something.
    while (row.length && row[row.length - 1] === null) row.pop();
    sheet.rows.push(row);
  }
  for (const merge of matrix.merges) {
    if (merge.top < skip) continue;
    sheet.merges.push({ top: merge.top + offset, bottom: merge.bottom + offset, left: merge.left, right: merge.right });
  }
}

/** Columns under a 类/款/项 or …编码 header: their digits are codes and stay text. */
function codeColumnsOf(matrix: CellMatrix): Set<number> {
  const columns = new Set<number>();
  for (const merge of [...matrix.merges, ...singleCells(matrix)]) {
    const text = matrix.cells[merge.top][merge.left]?.text;
    if (text && isCodeHeader(text)) for (let c = merge.left; c <= merge.right; c++) columns.add(c);
  }
  return columns;
}

function singleCells(matrix: CellMatrix): CellRange[] {
  const out: CellRange[] = [];
  matrix.cells.forEach((row, r) => row.forEach((cell, c) => cell && out.push({ top: r, bottom: r, left: c, right: c })));
  return out;
}

/** Leading rows of a continuation page that repeat the first page's header rows. */
function repeatedHeaderRows(first: CellMatrix, next: CellMatrix): number {
  let k = 0;
  while (k < first.rowCount && k < next.rowCount && rowKey(first, k) !== '' && rowKey(first, k) === rowKey(next, k)) k++;
  return k;
}

function rowKey(matrix: CellMatrix, row: number): string {
  return matrix.cells[row]
    .map((cell) => cell?.text.replace(/\s+/g, '') ?? '')
    .join('|')
    .replace(/\|+$/, '');
}

function sheetName(table: LaidOutTable, index: number): string {
  const title = table.title?.text
    .replace(SHEET_NAME_FORBIDDEN, '')
    .replace(/\s+/g, '')
    .replace(/^'+|'+$/g, '');
  return (title || `表格${index + 1}`).slice(0, SHEET_NAME_LIMIT);
}

/** Repeated titles (one 绩效目标表 per project) get " (2)", " (3)"… within Excel's length limit. */
function uniqueName(base: string, used: Set<string>): string {
  let name = base;
  for (let n = 2; used.has(name); n++) {
    const suffix = ` (${n})`;
    name = base.slice(0, SHEET_NAME_LIMIT - suffix.length) + suffix;
  }
  used.add(name);
  return name;
}

function source(page: number, box: Box): CellSource {
  const round = (value: number) => Math.round(value * 10) / 10;
  return { page, x: round(box.x), y: round(box.y), w: round(box.w), h: round(box.h) };
}
