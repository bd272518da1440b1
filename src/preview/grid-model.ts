/** Pure helpers behind the read-only grid view: merged-cell layout, display text, marked cells. */
import type { CellRange, Grid, GridCell, GridSheet } from '../core/grid';
import { parseRangeA1, toA1 } from '../core/grid';
import type { Highlight } from '../core/ports/workbook-host';
import { SEVERITY_LABEL, type CellLocation, type Severity } from '../core/findings';

/** Columns beyond this are not drawn: disclosure tables are narrow, stray far cells are noise. */
export const MAX_COLUMNS = 64;
/** Empty rows and columns drawn past the used range, so cells next to a table can be selected. */
const MARGIN = 2;
/** Cells of one highlighted range beyond this are not marked individually. */
const MAX_RANGE_CELLS = 2000;

export interface SheetLayout {
  rowCount: number;
  colCount: number;
  /** "r,c" of a merge's top-left cell → its span. */
  spans: Map<string, { rowSpan: number; colSpan: number }>;
  /** "r,c" of cells covered by a merge other than its top-left cell. */
  covered: Set<string>;
}

const key = (row: number, col: number) => `${row},${col}`;

export function layoutSheet(sheet: GridSheet): SheetLayout {
  let colCount = 0;
  for (const row of sheet.rows) colCount = Math.max(colCount, row?.length ?? 0);
  let rowCount = sheet.rows.length;
  for (const merge of sheet.merges) {
    rowCount = Math.max(rowCount, merge.bottom + 1);
    colCount = Math.max(colCount, merge.right + 1);
  }
  rowCount += MARGIN;
  colCount = Math.min(colCount + MARGIN, MAX_COLUMNS);
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const merge of sheet.merges) {
    if (merge.left >= colCount) continue;
    const right = Math.min(merge.right, colCount - 1);
    spans.set(key(merge.top, merge.left), { rowSpan: merge.bottom - merge.top + 1, colSpan: right - merge.left + 1 });
    for (let r = merge.top; r <= merge.bottom; r++) {
      for (let c = merge.left; c <= right; c++) if (r !== merge.top || c !== merge.left) covered.add(key(r, c));
    }
  }
  return { rowCount, colCount, spans, covered };
}

/** Span of a merge's top-left cell cut to the rows drawn so far. */
export function spanAt(layout: SheetLayout, row: number, col: number, rowsShown: number) {
  const span = layout.spans.get(key(row, col));
  if (!span) return undefined;
  return { rowSpan: Math.min(span.rowSpan, rowsShown - row), colSpan: span.colSpan };
}

export function isCovered(layout: SheetLayout, row: number, col: number): boolean {
  return layout.covered.has(key(row, col));
}

/** What the cell shows: the host's formatted text, else the value, else its error or formula. */
export function displayText(cell: GridCell | null | undefined): string {
  if (!cell) return '';
  if (cell.t !== undefined) return cell.t;
  if (cell.err) return cell.err;
  if (typeof cell.v === 'number') return String(cell.v);
  if (cell.v === null) return cell.f ?? '';
  if (typeof cell.v === 'boolean') return cell.v ? 'TRUE' : 'FALSE';
  return cell.v;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** A marked cell: its most severe finding's severity, and every finding there in words, most severe first. */
export interface CellMark {
  severity: Severity;
  findings: string[];
}

/** A1 of every cell of `sheet` marked by a highlight → its mark. */
export function highlightedCells(highlights: Highlight[], sheet: string): Map<string, CellMark> {
  const marked = new Map<string, Array<{ severity: Severity; message?: string }>>();
  for (const highlight of highlights) {
    if (highlight.sheet !== sheet) continue;
    for (const a1 of cellsOf(highlight.cell)) marked.set(a1, [...(marked.get(a1) ?? []), highlight]);
  }
  const marks = new Map<string, CellMark>();
  for (const [a1, list] of marked) {
    const ordered = [...list].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
    marks.set(a1, { severity: ordered[0].severity, findings: ordered.map((h) => `${SEVERITY_LABEL[h.severity]}${h.message ? `：${h.message}` : ''}`) });
  }
  return marks;
}

/** Number of highlights per sheet and the most severe of them, for the sheet tabs. */
export function highlightCounts(highlights: Highlight[]): Map<string, { count: number; severity: Severity }> {
  const counts = new Map<string, { count: number; severity: Severity }>();
  for (const { sheet, severity } of highlights) {
    const current = counts.get(sheet);
    counts.set(sheet, {
      count: (current?.count ?? 0) + 1,
      severity: current && SEVERITY_RANK[current.severity] >= SEVERITY_RANK[severity] ? current.severity : severity,
    });
  }
  return counts;
}

/** The range a selection covers on `sheet`, or undefined when it is elsewhere or malformed. */
export function selectedRange(selection: CellLocation | undefined, sheet: string): CellRange | undefined {
  return selection?.sheet === sheet ? parseRangeA1(selection.cell) : undefined;
}

export function inRange(range: CellRange | undefined, row: number, col: number): boolean {
  return !!range && row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}

function cellsOf(a1: string): string[] {
  const range = parseRangeA1(a1);
  if (!range) return [];
  const size = (range.bottom - range.top + 1) * (range.right - range.left + 1);
  if (size > MAX_RANGE_CELLS) return [toA1(range.top, range.left)];
  const cells: string[] = [];
  for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) cells.push(toA1(r, c));
  return cells;
}

/** Text longer than this (or on several lines) is read in the full-text view, not in the cell. */
const LONG_TEXT = 40;

export function isLongText(text: string): boolean {
  return text.length > LONG_TEXT || text.includes('\n');
}

/** The cell at the top left of a selection, when there is one. */
export function selectedCell(grid: Grid, location: CellLocation): GridCell | undefined {
  const range = parseRangeA1(location.cell);
  const sheet = grid.sheets.find((s) => s.name === location.sheet);
  return range && sheet ? (sheet.rows[range.top]?.[range.left] ?? undefined) : undefined;
}

/** Status line for a selection: where, what it shows (long text cut), its formula, and the finding marked there. */
export function describeSelection(grid: Grid, location: CellLocation, mark?: CellMark): string {
  const cell = selectedCell(grid, location);
  const formula = cell?.f ? `（公式 ${cell.f}）` : '';
  const text = displayText(cell);
  const shown = isLongText(text) ? `${text.replace(/\s+/g, ' ').slice(0, LONG_TEXT)}…` : text;
  const finding = mark ? ` · ${mark.findings[0]}${mark.findings.length > 1 ? `（另有 ${mark.findings.length - 1} 条）` : ''}` : '';
  return `选中 ${location.sheet}!${location.cell}：${shown}${formula}${finding}`;
}
