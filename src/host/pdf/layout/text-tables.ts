/**
 * Tables printed without ruling lines (a spreadsheet printed without borders) → regions the reader
 * rules itself, so that cells.ts reads them as it reads drawn tables.
 *
 * Rows: each line of text is a row. Cells: a line splits into cells at every space and wherever its
 * runs leave a gap (one cell's text is drawn as touching runs; neighbouring cells keep at least the
 * two cell margins apart). A table is a band of lines of one font size with no blank row between
 * them, several of them split into cells, or one header line of three cells or more over the names
 * of an empty table's lines (tableSpan); a title, a 注 line, a 编制部门 / 单位 line or a line of prose
 * (sentence punctuation) ends it.
 * Columns: the body (the rows from the first amount down) fills each column it uses and leaves gaps
 * between them; the header cells above join those columns or, set over a gap where both neighbours
 * have their header, make columns of their own (columnsOf). Headers may be set at the left, centred
 * or at the right; figures at the right or left, text anywhere.
 */
import type { Ruling, TextRun } from './geometry';
import { NOTE, REPEATED_META, isTitle } from './line-kinds';
import type { RuledRegion } from './rulings';
import { toLine, type TextLine } from './text-lines';

/** Runs closer than this (part of the font size) are one cell's text. */
const JOIN_GAP = 0.05;
/** A gap between two lines wider than this (part of the font size), beyond the page's usual gap between rows, is a blank row. */
const BLANK_ROW = 0.8;
/** Lines whose font sizes differ by more than this part are not rows of one table. */
const SIZE_CHANGE = 0.25;
/** Edges this close (part of the font size) are aligned. */
const ALIGNED = 0.25;
/** Lines of one wrapped cell lie closer than this part of the least gap between rows. */
const WRAPPED_GAP = 0.75;
/** Lines of one wrapped cell lie closer than this part of the font size; rows, this many times farther. */
const CELL_LEADING = 0.3;
const ROW_SPACING = 1.5;
/** A line of one cell joins the table above or below it when no wider than this part of the table. */
const CELL_WIDTH = 0.5;

const NUMBER = /^[-−－]?[(（]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?[)）]?%?$/;
const YEAR = /^(19|20)\d\d$/;
/** Sentence punctuation: a line of prose (a numbered paragraph, spaced-out justified text), not a row. */
const PROSE = /[，。；]/;

/** A cell's text on one line, with its left and right edges. */
interface Segment {
  x: number;
  right: number;
  /** Top of the glyph box. */
  y: number;
  text: string;
  size: number;
  /** Joined from characters drawn one at a time with spaces between them (see spacedApart). */
  spelled?: boolean;
}

export interface TextTable {
  /** The table's lines, top to bottom. */
  lines: TextLine[];
  /** Column boundaries, outer edges included. */
  columns: number[];
  /** Index of the first body line, when not the table's own (a part that continues a table on the next page). */
  bodyFrom?: number;
  /** The gap between rows, when read from all the parts of a table printed in parts. */
  rowGap?: number;
}

/**
 * The tables among a page's lines (outside ruled tables), and the lines that are not in one. Lines
 * right after a table, past a blank row, that sit in its columns go on with it, even a lone row;
 * `carried`: the columns of a table left open on the page before, which the lines the page opens
 * with may go on in (a lone 合计 row).
 */
export function findTextTables(lines: TextLine[], carried?: number[]): { tables: TextTable[]; rest: TextLine[] } {
  const rows = lines.map(segmentsOf);
  const gap = usualGap(lines, rows);
  const inTable = new Set<number>();
  const tables: TextTable[] = [];
  const take = (members: number[], columns: number[]) => {
    members.forEach((i) => inTable.add(i));
    tables.push({ lines: members.map((i) => lines[i]), columns });
  };
  // The table the band before ended with (or the one carried over), whose columns a band right after it may go on in.
  let previous = carried && { end: -1, columns: carried };
  for (const band of bands(lines, gap)) {
    const span = tableSpan(
      band.map((i) => lines[i]),
      band.map((i) => rows[i]),
    );
    const last = band[band.length - 1];
    if (span) {
      const members = band.slice(span.first, span.last + 1);
      const columns = columnsOf(members.map((i) => rows[i]));
      take(members, columns);
      previous = members[members.length - 1] === last ? { end: last, columns } : undefined;
    } else if (previous && band[0] === previous.end + 1 && band.every((i) => withinColumns(rows[i], previous!.columns))) {
      take(band, previous.columns);
      previous = { end: last, columns: previous.columns };
    } else previous = undefined;
  }
  return { tables, rest: lines.filter((_, i) => !inTable.has(i)) };
}

/** The table's text as runs, one a cell's text on a line: runs one cell draws in pieces go to one cell together. */
export function textRuns(table: TextTable): TextRun[] {
  return table.lines.flatMap((line) => segmentsOf(line).map((s) => ({ text: s.text, x: s.x, y: s.y, width: s.right - s.x, height: s.size })));
}

/**
 * A part that continues a table on the next page (or past a blank row): its body starts after the
 * lines that repeat the first part's header.
 */
export function continuationOf(first: TextTable, next: TextTable): TextTable {
  const header = first.lines.slice(0, first.bodyFrom ?? bodyStart(first.lines.map(segmentsOf))).map((line) => line.text);
  let repeated = 0;
  while (repeated < next.lines.length && repeated < header.length && next.lines[repeated].text === header[repeated]) repeated++;
  return { ...next, bodyFrom: repeated };
}

/**
 * The body's rows: its lines, but the lines of one wrapped cell are one row. Beside cells centred on
 * the row, a cell wrapped over two lines prints them above and below theirs (the lines overlap);
 * beside cells set at the top or bottom, its other lines lie closer to the row's line than rows lie
 * to one another (rowGapOf), and two lines of figures are never one row. Header lines stay apart: a
 * header centred over two rows overlaps both.
 */
function bodyRows(table: TextTable): TextLine[] {
  const { rows, start } = overlappingJoined(table);
  const rowGap = table.rowGap ?? rowGapOf([table]);
  const wrapped = (above: Row, below: Row) => gapBetween(above.line, below.line) < WRAPPED_GAP * rowGap && !(above.figures && below.figures) && sharesColumn(above.line, below.line);
  // The first body row, set at the bottom, may print a line above its figures.
  const from = start > 0 && start < rows.length && wrapped(rows[start - 1], rows[start]) ? start - 1 : start;
  return joinRows(rows, from, wrapped).map((row) => row.line);
}

/**
 * The gap between rows of a table (printed in parts: of all of them) when some cells wrap, else
 * -Infinity (nothing wraps). Lines of a wrapped cell
 * lie closer than rows (under CELL_LEADING of the font size: the font's own leading); rows lie at
 * least half as far again apart. Without lines that close, no cell wraps.
 */
export function rowGapOf(parts: TextTable[]): number {
  const joined = parts.map(overlappingJoined);
  const gaps = joined.flatMap(({ rows, start }) => rows.slice(start + 1).map((row, k) => gapBetween(rows[start + k].line, row.line)));
  const size = medianSize(joined.flatMap(({ rows }) => rows.map((row) => segmentsOf(row.line))));
  const least = Math.min(...gaps);
  if (!(least < CELL_LEADING * size)) return -Infinity;
  const apart = gaps.filter((gap) => gap >= ROW_SPACING * Math.max(least, 0.05 * size));
  return apart.length ? Math.min(...apart) : -Infinity;
}

interface Row {
  line: TextLine;
  figures: boolean;
}

/** The table's lines with the body's overlapping lines joined, and where its body starts. */
function overlappingJoined(table: TextTable): { rows: Row[]; start: number } {
  const segments = table.lines.map(segmentsOf);
  const start = table.bodyFrom ?? bodyStart(segments);
  const rows = table.lines.map((line, i) => ({ line, figures: segments[i].some((s) => NUMBER.test(s.text)) }));
  const overlapping = (above: Row, below: Row) => -gapBetween(above.line, below.line) > ALIGNED * Math.min(above.line.h, below.line.h);
  return { rows: joinRows(rows, start, overlapping), start };
}

/** Rows with each body row joined to the one above it when `joins` says so; the header (before `start`) stays as it is. */
function joinRows(rows: Row[], start: number, joins: (above: Row, below: Row) => boolean): Row[] {
  const out: Row[] = [];
  rows.forEach((row, i) => {
    const last = out[out.length - 1];
    if (i > start && last && joins(last, row)) out[out.length - 1] = { line: toLine([...last.line.runs, ...row.line.runs]), figures: last.figures || row.figures };
    else out.push(row);
  });
  return out;
}

function gapBetween(above: TextLine, below: TextLine): number {
  return below.y - (above.y + above.h);
}

/** True when a word of one line lies over a word of the other (the lines of one wrapped cell). */
function sharesColumn(above: TextLine | undefined, below: TextLine): boolean {
  const words = (line: TextLine) => segmentsOf(line).filter((s) => !NUMBER.test(s.text));
  return !!above && words(above).some((a) => words(below).some((b) => a.x < b.right && b.x < a.right));
}

/** The table's region, ruled at its row gaps and at the given column boundaries (its own by default). */
export function textRegion(table: TextTable, columns = table.columns): RuledRegion {
  const ys = rowBoundaries(bodyRows(table));
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

/**
 * True when a table may go on from another (on the next page, or past a blank row): in the same font
 * size, from its left edge or right of it (its first columns may be empty there). Their columns are then read from
 * both (joinedColumns): a header alone at the foot of a page tells less than the rows under it.
 */
export function continuesTable(previous: TextTable, next: TextTable): boolean {
  const [before, after] = [previous, next].map((table) => medianSize(table.lines.map(segmentsOf)));
  return Math.abs(before - after) <= SIZE_CHANGE * Math.min(before, after) && next.columns[0] >= previous.columns[0] - 2 * after;
}

/** True when each cell of the row lies in one of the columns. */
function withinColumns(row: Segment[], columns: number[]): boolean {
  return row.every((segment) => {
    const tolerance = ALIGNED * segment.size;
    return segment.x >= columns[0] - tolerance && !columns.slice(1, -1).some((x) => x > segment.x + tolerance && x < segment.right - tolerance);
  });
}

/**
 * One word set with spaces between its characters, as templates print their headers and total lines
 * ("项    目", "收  入  总  计"): single Chinese characters only, and not a row of one-character cells
 * (类 款 项, 甲 乙 丙).
 */
const LETTER_SPACED = /^[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff]){1,5}$/;
const ONE_CHARACTER_CELLS = /^[类款项甲乙丙丁\s]+$/;

function wordsOf(text: string): Iterable<{ index?: number; 0: string }> {
  const trimmed = text.trim();
  if (LETTER_SPACED.test(trimmed) && !ONE_CHARACTER_CELLS.test(trimmed)) return [{ index: text.indexOf(trimmed), 0: trimmed }];
  return text.matchAll(/\S+/g);
}

/** Characters of a letter-spaced word drawn one by one stand at most this far apart (part of the font size). */
const LETTER_SPACING = 3;

/** The next character of a word drawn one character at a time with spaces between ("项    目"). */
function spacedApart(last: Segment, piece: Segment): boolean {
  const single = (text: string) => /^[\u4e00-\u9fff]$/.test(text);
  const spelled = (single(last.text) || (last.spelled === true && last.text.length < 6)) && single(piece.text);
  return spelled && !ONE_CHARACTER_CELLS.test(last.text + piece.text) && piece.x - last.right <= LETTER_SPACING * Math.min(last.size, piece.size);
}

/** A line's cells: its runs cut at spaces (placed by their share of the characters), touching pieces joined. */
function segmentsOf(line: TextLine): Segment[] {
  const pieces: Segment[] = [];
  for (const run of line.runs) {
    const perChar = run.width / Math.max(1, run.text.length);
    for (const word of wordsOf(run.text)) {
      const start = run.x + (word.index ?? 0) * perChar;
      pieces.push({ x: start, right: start + word[0].length * perChar, y: run.y, text: word[0].replace(/\s+/g, ''), size: run.height });
    }
  }
  pieces.sort((a, b) => a.x - b.x);
  const out: Segment[] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    // Pieces of one run split at a space stay apart: their gap is the space.
    const spelled = !!last && spacedApart(last, piece);
    if (last && (spelled || piece.x - last.right <= JOIN_GAP * Math.min(last.size, piece.size))) {
      out[out.length - 1] = { ...last, right: Math.max(last.right, piece.right), y: Math.min(last.y, piece.y), size: Math.max(last.size, piece.size), text: last.text + piece.text, spelled };
    } else out.push(piece);
  }
  return out;
}

/** The gap between rows of the page's tables: the median gap between neighbouring lines of several cells (else of any lines). */
function usualGap(lines: TextLine[], rows: Segment[][]): number {
  const pairs = lines.slice(1).map((line, k) => ({ gap: gapBetween(lines[k], line), split: rows[k].length >= 2 && rows[k + 1].length >= 2 }));
  const split = pairs.filter((pair) => pair.split);
  return median((split.length ? split : pairs).map((pair) => pair.gap));
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
 * single cells around them that lie within the table ("合计" under an empty table's header, a header
 * cell over two rows). A band is a table when two or more lines split into cells and the table is
 * more than two columns of words (three cells on a line, or figures on two lines). A header cell set
 * over two rows prints between them, so lines that overlap count their cells together.
 */
function tableSpan(lines: TextLine[], rows: Segment[][]): { first: number; last: number } | undefined {
  const overlaps = (a: number, b: number) => !!lines[a] && !!lines[b] && Math.min(lines[a].y + lines[a].h, lines[b].y + lines[b].h) > Math.max(lines[a].y, lines[b].y);
  const cellsAround = (i: number) => rows[i].length + (overlaps(i - 1, i) ? rows[i - 1].length : 0) + (overlaps(i, i + 1) ? rows[i + 1].length : 0);
  const split = rows.flatMap((row, i) => (row.length >= 2 || cellsAround(i) >= 3 ? [i] : []));
  const wide = rows.some((_, i) => cellsAround(i) >= 3);
  if (split.length === 0 || (split.length < 2 && !wide)) return undefined;
  const figures = rows.filter((row) => row.some((segment) => NUMBER.test(segment.text) && !YEAR.test(segment.text))).length;
  if (!wide && figures < 2) return undefined;
  const cells = split.flatMap((i) => rows[i]);
  const left = Math.min(...cells.map((s) => s.x));
  const right = Math.max(...cells.map((s) => s.right));
  const within = (i: number) => {
    const [only, more] = rows[i];
    if (!only || more) return false;
    return only.right > left && only.x < right && only.right - only.x <= CELL_WIDTH * (right - left);
  };
  let first = split[0];
  let last = split[split.length - 1];
  while (first > 0 && within(first - 1)) first--;
  while (last < rows.length - 1 && within(last + 1)) last++;
  // One line of cells alone is a table only as the header of lines under it (an empty table).
  return last > first ? { first, last } : undefined;
}

/**
 * Column boundaries of a table's rows, outer edges included: halfway between neighbouring columns.
 * The body's columns are where its cells lie (the gaps between them run from the first body row to
 * the last); the header's cells then join them, from the row next to the body up (headerRow).
 */
function columnsOf(rows: Segment[][]): number[] {
  const all = rows.flat();
  const start = bodyStart(rows);
  const columns = coverage(rows.slice(start).flatMap((row) => row.map((cell) => withoutOverflow(cell, row, rows))));
  const header = rows.slice(0, start);
  const flushLeft = headersFlushLeft(columns, header.flat());
  for (const row of [...header].reverse()) headerRow(columns, row, flushLeft);
  const xs = [Math.min(...all.map((s) => s.x)) - 1];
  for (let k = 1; k < columns.length; k++) xs.push((columns[k - 1].to + columns[k].from) / 2);
  return [...xs, Math.max(...all.map((s) => s.right)) + 1];
}

/**
 * A body cell's words cut back to where another column starts: a spreadsheet prints text on over
 * the empty cells to its right. A column starts where a cell of another row starts, or where a
 * figure of another row ends.
 */
function withoutOverflow(cell: Segment, row: Segment[], rows: Segment[][]): Segment {
  if (NUMBER.test(cell.text)) return cell;
  const tolerance = ALIGNED * cell.size;
  let right = cell.right;
  for (const other of rows) {
    if (other === row) continue;
    for (const s of other) {
      for (const edge of NUMBER.test(s.text) ? [s.x, s.right] : [s.x]) if (edge > cell.x + tolerance && edge < right - tolerance) right = edge;
    }
  }
  return right === cell.right ? cell : { ...cell, right };
}

interface Column {
  from: number;
  to: number;
  /**
   * How its body cells are set: flush left or right, or centred (a column only a header word fills
   * counts as centred on it: nothing outside that word is its header).
   */
  align?: 'left' | 'right' | 'centre';
  /** A cell of the header row being placed already heads it. */
  headed?: boolean;
}

/**
 * One header row's cells joined to the columns. A cell over one column heads it; a cell over several
 * spans them (a header above the header) and changes nothing. A cell in a gap heads the neighbour
 * that no other cell of its row heads and that can have it there — a header set at the left of
 * figures flush right, or centred over words flush left that fall short of it — and when neither
 * neighbour can, it heads a column of its own, one no body row fills; when both can, it is centred
 * over both and changes nothing.
 */
function headerRow(columns: Column[], row: Segment[], flushLeft: boolean): void {
  for (const column of columns) column.headed = false;
  const head = (column: Column, cell: Segment) => Object.assign(column, { from: Math.min(column.from, cell.x), to: Math.max(column.to, cell.right), headed: true });
  const inGaps: Segment[] = [];
  for (const cell of row) {
    const tolerance = ALIGNED * cell.size;
    const under = columns.filter((column) => column.from < cell.right - tolerance && cell.x < column.to - tolerance);
    if (under.length === 1) head(under[0], cell);
    else if (under.length === 0) inGaps.push(cell);
  }
  for (const cell of inGaps) {
    const next = columns.findIndex((column) => column.from >= cell.right - ALIGNED * cell.size);
    const at = next < 0 ? columns.length : next;
    const [left, right] = [columns[at - 1], columns[at]];
    // Nothing is set to the right of figures flush right, nor to the left of words flush left, nor
    // beside centred entries; a header set flush left starts its column (column numbers, set as
    // figures, end theirs).
    const leftFree = !!left && !left.headed && (left.align === 'left' || left.align === undefined) && (!flushLeft || NUMBER.test(cell.text));
    const rightFree = !!right && !right.headed && (right.align === 'right' || right.align === undefined);
    if (leftFree && !rightFree) head(left, cell);
    else if (rightFree && !leftFree) head(right, cell);
    else if (!leftFree && !rightFree) columns.splice(at, 0, { from: cell.x, to: cell.right, headed: true, align: NUMBER.test(cell.text) ? 'right' : 'centre' });
  }
}

/**
 * True when the header's words are set flush left: most of those over a column of words flush left
 * start where its entries start.
 */
function headersFlushLeft(columns: Column[], header: Segment[]): boolean {
  let flush = 0;
  let other = 0;
  for (const cell of header) {
    const column = columns.find((candidate) => candidate.align === 'left' && candidate.from < cell.right && cell.x < candidate.to);
    if (!column || NUMBER.test(cell.text)) continue;
    if (Math.abs(cell.x - column.from) <= ALIGNED * cell.size) flush++;
    else other++;
  }
  return flush > 0 && flush >= other;
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

/** Where the body's cells lie across the table: overlapping cells merged, left to right. */
function coverage(cells: Segment[]): Column[] {
  const groups: Array<{ cells: Segment[]; to: number }> = [];
  for (const cell of [...cells].sort((a, b) => a.x - b.x)) {
    const last = groups[groups.length - 1];
    // Text cut at its cell's edge may show a sliver of its last character beyond it.
    if (last && cell.x < last.to - ALIGNED * cell.size) {
      last.cells.push(cell);
      last.to = Math.max(last.to, cell.right);
    } else groups.push({ cells: [cell], to: cell.right });
  }
  return groups.map(({ cells: group, to }) => ({ from: group[0].x, to, align: alignment(group) }));
}

/**
 * How a column's entries are set: flush at one edge (or centred) while the other edges vary; entries
 * all alike are figures at the right and words at the left, as spreadsheets set them.
 */
function alignment(cells: Segment[]): Column['align'] {
  const tolerance = ALIGNED * medianSize([cells]);
  const flush = (edges: number[]) => Math.max(...edges) - Math.min(...edges) <= tolerance;
  const left = flush(cells.map((s) => s.x));
  const right = flush(cells.map((s) => s.right));
  if (left && right) return cells.every((s) => NUMBER.test(s.text)) ? 'right' : 'left';
  if (left || right) return left ? 'left' : 'right';
  return flush(cells.map((s) => (s.x + s.right) / 2)) ? 'centre' : undefined;
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
