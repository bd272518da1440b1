/**
 * How a workbook is read in a fixed number of syncs: the used range of every sheet is cut into
 * row chunks, and chunks are grouped into sync batches that stay under Excel's ~5 MB payload limit.
 * A normal budget workbook (13 tables, a few thousand cells) is one batch. A batch whose response
 * still exceeds the limit (long texts) is split in halves and read again (splitBatch).
 */
import { columnLetters, MAX_SHEET_COLS, MAX_SHEET_ROWS, parseRangeA1, type CellRange } from '../../core/grid';

/** Cells per range load: five properties per cell keep one chunk well under a megabyte. */
export const CHUNK_CELLS = 10_000;
/** Cells per sync: ~50k cells × 5 properties stays below the 5 MB response limit of Excel on the web. */
export const SYNC_CELLS = 50_000;

export interface UsedArea {
  /** Index of the sheet in workbook order. */
  sheet: number;
  range: CellRange;
}

export interface Chunk {
  sheet: number;
  /** 0-based sheet rows and columns covered. */
  range: CellRange;
  /** A1 address within the sheet, e.g. "A1:F2000". */
  address: string;
}

export function planChunks(areas: UsedArea[], chunkCells = CHUNK_CELLS): Chunk[] {
  const chunks: Chunk[] = [];
  for (const { sheet, range } of areas) {
    const width = range.right - range.left + 1;
    const rowsPerChunk = Math.max(1, Math.floor(chunkCells / width));
    for (let top = range.top; top <= range.bottom; top += rowsPerChunk) {
      const part = { ...range, top, bottom: Math.min(range.bottom, top + rowsPerChunk - 1) };
      chunks.push({ sheet, range: part, address: rangeAddress(part) });
    }
  }
  return chunks;
}

/** Consecutive chunks grouped so each group's cells stay within `syncCells` (a chunk never splits). */
export function batchChunks(chunks: Chunk[], syncCells = SYNC_CELLS): Chunk[][] {
  const batches: Chunk[][] = [];
  let current: Chunk[] = [];
  let cells = 0;
  for (const chunk of chunks) {
    const size = cellCount(chunk.range);
    if (current.length && cells + size > syncCells) {
      batches.push(current);
      current = [];
      cells = 0;
    }
    current.push(chunk);
    cells += size;
  }
  if (current.length) batches.push(current);
  return batches;
}

export function cellCount(range: CellRange): number {
  return (range.bottom - range.top + 1) * (range.right - range.left + 1);
}

/**
 * A batch that was too large for one response, as two smaller batches: halves of its chunks, else
 * halves of its one chunk's rows, else of its columns; undefined for a single cell.
 */
export function splitBatch(batch: Chunk[]): [Chunk[], Chunk[]] | undefined {
  if (batch.length > 1) return [batch.slice(0, batch.length >> 1), batch.slice(batch.length >> 1)];
  const [{ sheet, range }] = batch;
  const part = (r: CellRange): Chunk[] => [{ sheet, range: r, address: rangeAddress(r) }];
  if (range.bottom > range.top) {
    const middle = (range.top + range.bottom) >> 1;
    return [part({ ...range, bottom: middle }), part({ ...range, top: middle + 1 })];
  }
  if (range.right > range.left) {
    const middle = (range.left + range.right) >> 1;
    return [part({ ...range, right: middle }), part({ ...range, left: middle + 1 })];
  }
  return undefined;
}

/** The range cut into up to `parts` × `parts` tiles, to find where a huge used range really holds values. */
export function tiles(range: CellRange, parts: number): CellRange[] {
  const cuts = (from: number, to: number) => {
    const size = Math.max(1, Math.ceil((to - from + 1) / parts));
    const out: Array<[number, number]> = [];
    for (let start = from; start <= to; start += size) out.push([start, Math.min(to, start + size - 1)]);
    return out;
  };
  return cuts(range.top, range.bottom).flatMap(([top, bottom]) => cuts(range.left, range.right).map(([left, right]) => ({ top, bottom, left, right })));
}

export function rangeAddress(range: CellRange): string {
  return `${columnLetters(range.left)}${range.top + 1}:${columnLetters(range.right)}${range.bottom + 1}`;
}

/**
 * "Sheet1!A1:F38", "'预算 表'!C9" or "表1!$A$1" → sheet name and range. Excel doubles quotes inside
 * quoted sheet names. Whole columns ("A:C") and rows ("5:7") become ordinary ranges ("A1:C1048576").
 */
export function splitAddress(address: string): { sheet: string; range: string } | undefined {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return undefined;
  const rawSheet = address.slice(0, bang);
  const sheet = /^'.*'$/.test(rawSheet) ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const range = wholeLines(address.slice(bang + 1).replace(/\$/g, ''));
  return parseRangeA1(range) ? { sheet, range } : undefined;
}

function wholeLines(range: string): string {
  const columns = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(range);
  if (columns) return `${columns[1]}1:${columns[2]}${MAX_SHEET_ROWS}`;
  const rows = /^(\d+):(\d+)$/.exec(range);
  if (rows) return `A${rows[1]}:${columnLetters(MAX_SHEET_COLS - 1)}${rows[2]}`;
  return range;
}

/** A multi-area address ("S!A1:B2, S!C3:D4" or "S!A1:B2,S!C3:D4") → ranges. */
export function parseAreas(address: string): CellRange[] {
  // A quoted sheet name doubles its apostrophes: 'a''b'!A1 is sheet a'b.
  return address
    .split(/,\s*(?=(?:'(?:[^']|'')*'|[^',!]+)!)/)
    .map((part) => splitAddress(part.trim()))
    .flatMap((split) => {
      const range = split && parseRangeA1(split.range);
      return range ? [range] : [];
    });
}
