/**
 * A ruled region → a matrix of cells. Column and row boundaries are where lines run; two neighbouring
 * cells with no line between them are one merged cell. Text goes to the cell holding its centre.
 */
import type { CellRange } from '../../../core/grid';
import type { Box, Ruling, TextRun } from './geometry';
import { LINE_TOLERANCE, boundaries, type RuledRegion } from './rulings';
import { groupLines, joinWrapped } from './text-lines';

/** Part of a cell's side a line must cover to separate it from its neighbour. */
const COVERAGE = 0.25;

export interface RegionCell {
  text: string;
  /** The ruled cell (the whole merged area). */
  box: Box;
}

export interface CellMatrix {
  rowCount: number;
  colCount: number;
  /** Text of each cell, at the merged area's top-left position; empty cells are undefined. */
  cells: Array<Array<RegionCell | undefined>>;
  /** Boxes of every cell position (also empty ones), for pointing at a cell on the page. */
  boxes: Box[][];
  merges: CellRange[];
}

/** Column boundaries of a region: its vertical lines and outer edges. */
export function columnBoundaries(region: RuledRegion): number[] {
  return boundaries(
    region.verticals.map((r) => r.at),
    region.left,
    region.right,
  );
}

export function rowBoundaries(region: RuledRegion): number[] {
  return boundaries(
    region.horizontals.map((r) => r.at),
    region.top,
    region.bottom,
  );
}

/** `xs`: column boundaries to use (a table's columns may come from several pages). */
export function buildCells(region: RuledRegion, xs: number[], runs: TextRun[]): CellMatrix {
  const ys = rowBoundaries(region);
  const rowCount = ys.length - 1;
  const colCount = xs.length - 1;
  const parent = Array.from({ length: rowCount * colCount }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const join = (a: number, b: number) => (parent[find(a)] = find(b));
  const verticalsAt = xs.map((x) => linesAt(region.verticals, x));
  const horizontalsAt = ys.map((y) => linesAt(region.horizontals, y));
  for (let r = 0; r < rowCount; r++) {
    for (let c = 0; c < colCount; c++) {
      if (c + 1 < colCount && !covered(verticalsAt[c + 1], ys[r], ys[r + 1])) join(r * colCount + c, r * colCount + c + 1);
      if (r + 1 < rowCount && !covered(horizontalsAt[r + 1], xs[c], xs[c + 1])) join(r * colCount + c, (r + 1) * colCount + c);
    }
  }
  const areas = mergedAreas(
    parent.map((_, i) => find(i)),
    rowCount,
    colCount,
  );
  const anchorOf = (r: number, c: number): CellRange => areas[r][c];
  const boxes = ys.slice(0, -1).map((_, r) => xs.slice(0, -1).map((_, c) => areaBox(anchorOf(r, c), xs, ys)));
  const texts = new Map<string, TextRun[]>();
  for (const piece of runs.flatMap((run) => splitAcross(run, xs))) {
    const area = anchorOf(indexOf(ys, piece.y + piece.height / 2), indexOf(xs, piece.x + piece.width / 2));
    const key = `${area.top}:${area.left}`;
    texts.set(key, [...(texts.get(key) ?? []), piece]);
  }
  const cells: CellMatrix['cells'] = Array.from({ length: rowCount }, () => new Array(colCount).fill(undefined));
  for (const [key, pieces] of texts) {
    const [r, c] = key.split(':').map(Number);
    const text = joinWrapped(groupLines(pieces).map((line) => line.text));
    if (text) cells[r][c] = { text, box: boxes[r][c] };
  }
  const merges: CellRange[] = [];
  const seen = new Set<CellRange>();
  for (const row of areas) {
    for (const area of row) {
      if (seen.has(area)) continue;
      seen.add(area);
      if (area.bottom > area.top || area.right > area.left) merges.push(area);
    }
  }
  return { rowCount, colCount, cells, boxes, merges };
}

function linesAt(lines: Ruling[], at: number): Ruling[] {
  return lines.filter((line) => Math.abs(line.at - at) <= LINE_TOLERANCE);
}

/** A line at the boundary runs along the middle part of the cell's side. */
function covered(lines: Ruling[], from: number, to: number): boolean {
  const middle = (from + to) / 2;
  const half = COVERAGE * (to - from);
  return lines.some((line) => line.from <= middle - half && line.to >= middle + half);
}

/** Each position's merged area; a group of cells that is not a rectangle stays as single cells. */
function mergedAreas(roots: number[], rowCount: number, colCount: number): CellRange[][] {
  const groups = new Map<number, CellRange & { size: number }>();
  roots.forEach((root, i) => {
    const r = Math.floor(i / colCount);
    const c = i % colCount;
    const area = groups.get(root);
    if (!area) groups.set(root, { top: r, bottom: r, left: c, right: c, size: 1 });
    else {
      area.top = Math.min(area.top, r);
      area.bottom = Math.max(area.bottom, r);
      area.left = Math.min(area.left, c);
      area.right = Math.max(area.right, c);
      area.size += 1;
    }
  });
  const areas = new Map<number, CellRange>();
  for (const [root, { size, ...area }] of groups) {
    if (size === (area.bottom - area.top + 1) * (area.right - area.left + 1)) areas.set(root, area);
  }
  return Array.from({ length: rowCount }, (_, r) => Array.from({ length: colCount }, (_, c) => areas.get(roots[r * colCount + c]) ?? { top: r, bottom: r, left: c, right: c }));
}

function areaBox(area: CellRange, xs: number[], ys: number[]): Box {
  return { x: xs[area.left], y: ys[area.top], w: xs[area.right + 1] - xs[area.left], h: ys[area.bottom + 1] - ys[area.top] };
}

/** The interval [bounds[i], bounds[i+1]) holding the value, clamped to the first and last. */
export function indexOf(bounds: number[], value: number): number {
  let i = 0;
  while (i < bounds.length - 2 && value >= bounds[i + 1]) i++;
  return i;
}

/**
 * A run that crosses a column boundary may hold the texts of two cells separated by spaces
 * ("阶段性项目 项目类别"): cut it at its spaces, placing each piece by its share of the characters.
 */
function splitAcross(run: TextRun, xs: number[]): TextRun[] {
  const crosses = xs.some((x) => x > run.x + LINE_TOLERANCE && x < run.x + run.width - LINE_TOLERANCE);
  if (!crosses || !/\S\s+\S/.test(run.text)) return [run];
  const perChar = run.width / run.text.length;
  const pieces: TextRun[] = [];
  for (const match of run.text.matchAll(/\S+/g)) {
    const start = match.index ?? 0;
    pieces.push({ ...run, text: match[0], x: run.x + start * perChar, width: match[0].length * perChar });
  }
  return pieces;
}
