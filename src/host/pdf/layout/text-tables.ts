/**
 * Tables printed without ruling lines (a spreadsheet printed without borders) → regions the reader
 * rules itself, so that cells.ts reads them as it reads drawn tables.
 *
 * Rows: each line of text is a row. Cells: a line splits into cells at every space and wherever its
 * runs leave a gap (one cell's text is drawn as touching runs; neighbouring cells keep at least the
 * two cell margins apart). A table is a band of lines of one font size with no blank row between
 * them, two or more of them split into cells; a title, a 注 line, a 编制部门 / 单位 line or a line of
 * prose (sentence punctuation) ends it.
 * Columns: spreadsheets put text at the left edge of its column and numbers at the right edge, so the
 * body (the rows from the first amount down) fills each column it uses and leaves gaps between them.
 * Each gap holds one boundary: at the left edge of the header cell that starts in it (one boundary for
 * each such header: a column only its header fills), else halfway across.
 */
import type { Ruling } from './geometry';
import { NOTE, REPEATED_META, isTitle } from './line-kinds';
import type { RuledRegion } from './rulings';
import type { TextLine } from './text-lines';

/** Runs closer than this (part of the font size) are one cell's text. */
const JOIN_GAP = 0.12;
/** A gap between two lines wider than this (part of the font size), beyond the page's usual gap between rows, is a blank row. */
const BLANK_ROW = 0.8;
/** Lines whose font sizes differ by more than this part are not rows of one table. */
const SIZE_CHANGE = 0.25;
/** Edges this close (part of the font size) are aligned. */
const ALIGNED = 0.25;
/** A line of one cell joins the table above or below it when no wider than this part of the table. */
const CELL_WIDTH = 0.5;
/** Boundaries closer than this (points, or part of the font size if more) are one. */
const MIN_COLUMN = 3;
const MIN_COLUMN_SIZE = 0.5;

const NUMBER = /^[-−－]?[(（]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?[)）]?%?$/;
const YEAR = /^(19|20)\d\d$/;
/** Sentence punctuation: a line of prose (a numbered paragraph, spaced-out justified text), not a row. */
const PROSE = /[，。；]/;

/** A cell's text on one line, with its left and right edges. */
export interface Segment {
  x: number;
  right: number;
  text: string;
  size: number;
}

export interface TextTable {
  /** The table's lines, top to bottom: one a row. */
  lines: TextLine[];
  /** Column boundaries, outer edges included. */
  columns: number[];
}

/**
 * The tables among a page's lines (outside ruled tables), and the lines that are not in one.
 * `carried`: the columns of a table left open on the page before; the lines the page opens with
 * continue it when they sit in those columns, even a lone 合计 row.
 */
export function findTextTables(lines: TextLine[], carried?: number[]): { tables: TextTable[]; rest: TextLine[] } {
  const rows = lines.map(segmentsOf);
  const gap = usualGap(lines, rows);
  const inTable = new Set<number>();
  const tables: TextTable[] = [];
  for (const band of bands(lines, gap)) {
    const span = tableSpan(band.map((i) => lines[i]), band.map((i) => rows[i]));
    const opening = band[0] === 0 && carried && band.every((i) => withinColumns(rows[i], carried));
    if (!span && !opening) continue;
    const members = span ? band.slice(span.first, span.last + 1) : band;
    members.forEach((i) => inTable.add(i));
    tables.push({ lines: members.map((i) => lines[i]), columns: span ? columnsOf(members.map((i) => rows[i])) : carried! });
  }
  return { tables, rest: lines.filter((_, i) => !inTable.has(i)) };
}

/** The table's region, ruled at its row gaps and at the given column boundaries (its own by default). */
export function textRegion(table: TextTable, columns = table.columns): RuledRegion {
  const ys = rowBoundaries(table.lines);
  const left = columns[0];
  const right = columns[columns.length - 1];
  const top = ys[0];
  const bottom = ys[ys.length - 1];
  const horizontals = ys.map((at): Ruling => ({ axis: 'h', at, from: left, to: right }));
  const verticals = columns.map((at): Ruling => ({ axis: 'v', at, from: top, to: bottom }));
  return { left, right, top, bottom, horizontals, verticals };
}

/** One table printed over several pages (its parts, in order): its columns, read from all its rows. */
export function joinedColumns(parts: TextTable[]): number[] {
  return columnsOf(parts.flatMap((part) => part.lines.map(segmentsOf)));
}

/** True when the table's body fits the columns of another (its first page): no cell runs across a boundary. */
export function fitsColumns(table: TextTable, columns: number[]): boolean {
  const rows = table.lines.map(segmentsOf);
  const size = medianSize(rows);
  if (Math.abs(table.columns[0] - columns[0]) > 2 * size) return false;
  return rows.slice(bodyStart(rows)).every((row) => withinColumns(row, columns));
}

/** True when each cell of the row lies in one of the columns. */
function withinColumns(row: Segment[], columns: number[]): boolean {
  return row.every((segment) => {
    const tolerance = ALIGNED * segment.size;
    return segment.x >= columns[0] - tolerance && !columns.slice(0, -1).some((x) => x > segment.x + tolerance && x < segment.right - tolerance);
  });
}

/** A line's cells: its runs cut at spaces (placed by their share of the characters), touching pieces joined. */
export function segmentsOf(line: TextLine): Segment[] {
  const pieces: Segment[] = [];
  for (const run of line.runs) {
    const perChar = run.width / Math.max(1, run.text.length);
    for (const word of run.text.matchAll(/\S+/g)) {
      const start = run.x + (word.index ?? 0) * perChar;
      pieces.push({ x: start, right: start + word[0].length * perChar, text: word[0], size: run.height });
    }
  }
  pieces.sort((a, b) => a.x - b.x);
  const out: Segment[] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    // Pieces of one run split at a space stay apart: their gap is the space.
    if (last && piece.x - last.right <= JOIN_GAP * Math.min(last.size, piece.size)) {
      out[out.length - 1] = { ...last, right: Math.max(last.right, piece.right), text: last.text + piece.text };
    } else out.push(piece);
  }
  return out;
}

/** The gap between rows of the page's tables: the median gap between neighbouring lines of several cells. */
function usualGap(lines: TextLine[], rows: Segment[][]): number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (rows[i - 1].length >= 2 && rows[i].length >= 2) gaps.push(lines[i].y - (lines[i - 1].y + lines[i - 1].h));
  }
  return gaps.length ? median(gaps) : 0;
}

/** Runs of neighbouring lines (indices) with no blank row, size change, title, note or 编制 line among them. */
function bands(lines: TextLine[], usual: number): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  lines.forEach((line, i) => {
    const previous = current.length ? lines[current[current.length - 1]] : undefined;
    if (isTitle(line.text) || NOTE.test(line.text) || REPEATED_META.test(line.text) || PROSE.test(line.text)) {
      if (current.length) out.push(current);
      current = [];
      return;
    }
    if (previous && !sameBand(previous, line, usual)) {
      out.push(current);
      current = [];
    }
    current.push(i);
  });
  if (current.length) out.push(current);
  return out;
}

function sameBand(above: TextLine, below: TextLine, usual: number): boolean {
  const size = Math.min(above.h, below.h);
  if (Math.abs(above.h - below.h) > SIZE_CHANGE * size) return false;
  const gap = below.y - (above.y + above.h);
  return gap >= -0.5 * size && gap <= Math.max(usual, 0) + BLANK_ROW * size;
}

/**
 * The lines of a band that form a table: from its first line of several cells to its last, with the
 * single cells next to them that sit in their columns ("合计" under an empty table's header). A band
 * is a table when two or more lines split into cells and the table is more than two columns of words
 * (three cells on a line, or figures on two lines).
 */
function tableSpan(lines: TextLine[], rows: Segment[][]): { first: number; last: number } | undefined {
  const split = rows.flatMap((row, i) => (row.length >= 2 ? [i] : []));
  const wide = rows.some((row) => row.length >= 3);
  if (split.length === 0 || (split.length < 2 && !wide)) return undefined;
  const figures = rows.filter((row) => row.some((segment) => NUMBER.test(segment.text) && !YEAR.test(segment.text))).length;
  if (!wide && figures < 2) return undefined;
  const cells = split.flatMap((i) => rows[i]);
  const left = Math.min(...cells.map((s) => s.x));
  const right = Math.max(...cells.map((s) => s.right));
  const inColumn = (i: number) => {
    const [only, more] = rows[i];
    if (!only || more) return false;
    const tolerance = ALIGNED * only.size;
    const aligned = cells.some((s) => Math.abs(s.x - only.x) <= tolerance || Math.abs(s.right - only.right) <= tolerance);
    return aligned && only.right - only.x <= CELL_WIDTH * (right - left) && lines[i].h > 0;
  };
  let first = split[0];
  let last = split[split.length - 1];
  while (first > 0 && inColumn(first - 1)) first--;
  while (last < rows.length - 1 && inColumn(last + 1)) last++;
  // One line of cells alone is a table only as the header of lines under it (an empty table).
  return last > first ? { first, last } : undefined;
}

/** Column boundaries of a table's rows, outer edges included. */
function columnsOf(rows: Segment[][]): number[] {
  const all = rows.flat();
  const size = medianSize(rows);
  const tolerance = ALIGNED * size;
  const left = Math.min(...all.map((s) => s.x)) - 1;
  const right = Math.max(...all.map((s) => s.right)) + 1;
  const start = bodyStart(rows);
  const marks = headerBoundaries(rows.slice(0, start), tolerance);
  const cover = coverage(rows.slice(start).flat());
  const gaps: Array<{ from: number; to: number; inner: boolean }> = [];
  let at = left;
  for (const block of cover) {
    gaps.push({ from: at, to: block.from, inner: at !== left });
    at = block.to;
  }
  gaps.push({ from: at, to: right, inner: false });
  const xs = [left];
  for (const gap of gaps) {
    const heads = marks.filter((x) => x >= gap.from - tolerance && x <= gap.to + tolerance && x > xs[xs.length - 1] + tolerance);
    if (heads.length) xs.push(...heads);
    else if (gap.inner) xs.push((gap.from + gap.to) / 2);
  }
  xs.push(right);
  const minimum = Math.max(MIN_COLUMN, MIN_COLUMN_SIZE * size);
  return xs.filter((x, i) => i === 0 || i === xs.length - 1 || (x - xs[i - 1] >= minimum && xs[xs.length - 1] - x >= minimum));
}

/**
 * Index of the first body row: the first with an amount (a figure with decimals or thousands
 * separators), else the first with two figures that are not years; an empty table's body is the
 * rows under its last row of several cells (the names of its lines).
 */
function bodyStart(rows: Segment[][]): number {
  const amounts = rows.findIndex((row) => row.some((s) => NUMBER.test(s.text) && /[.,]/.test(s.text)));
  if (amounts >= 0) return amounts;
  const figures = rows.findIndex((row) => row.filter((s) => NUMBER.test(s.text) && !YEAR.test(s.text)).length >= 2);
  if (figures >= 0) return figures;
  let last = rows.length - 1;
  while (last >= 0 && rows[last].length < 2) last--;
  return last + 1;
}

/**
 * Column boundaries the header marks: before each word cell (at its left edge) and after each figure
 * (column numbers 1 2 3 …, at their right edge, unless they start where the words above them start;
 * a year is a word); a word cell that spans others (a header over several columns) marks nothing.
 */
function headerBoundaries(header: Segment[][], tolerance: number): number[] {
  const lefts = header.map((row) => row.map((s) => s.x));
  const elsewhere = (r: number, test: (x: number) => boolean) => lefts.some((others, o) => o !== r && others.some(test));
  const pad = Math.min(0.5, tolerance);
  const out: number[] = [];
  header.forEach((row, r) =>
    row.forEach((segment) => {
      if (NUMBER.test(segment.text) && !YEAR.test(segment.text)) {
        const leftAligned = elsewhere(r, (x) => Math.abs(x - segment.x) <= tolerance);
        out.push(leftAligned ? segment.x - pad : segment.right + pad);
      } else if (!elsewhere(r, (x) => x > segment.x + tolerance && x < segment.right - tolerance)) out.push(segment.x - pad);
    }),
  );
  return [...new Set(out)].sort((a, b) => a - b);
}

/** Where the body's cells lie across the table: overlapping cells merged, left to right. */
function coverage(cells: Segment[]): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  for (const cell of [...cells].sort((a, b) => a.x - b.x)) {
    const last = out[out.length - 1];
    if (last && cell.x < last.to) last.to = Math.max(last.to, cell.right);
    else out.push({ from: cell.x, to: cell.right });
  }
  return out;
}

/** Row boundaries: halfway between neighbouring lines, and just outside the first and last. */
function rowBoundaries(lines: TextLine[]): number[] {
  const out = [lines[0].y - 1];
  for (let i = 1; i < lines.length; i++) out.push((lines[i - 1].y + lines[i - 1].h + lines[i].y) / 2);
  const last = lines[lines.length - 1];
  out.push(last.y + last.h + 1);
  return out;
}

function medianSize(rows: Segment[][]): number {
  return median(rows.flat().map((s) => s.size)) || 10;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
