/**
 * Ruling lines → ruled regions (tables). Lines that touch one another form one region; a region
 * with at least two cells is a table. Segments drawn in pieces or twice are merged first.
 */
import type { Ruling } from './geometry';

/** Lines this close (points) are the same line; ends this close touch. */
export const LINE_TOLERANCE = 2;
/** More cells than this is line art (a chart, a map, hatching), not a table a person reads. */
const MAX_CELLS = 20_000;

export interface RuledRegion {
  left: number;
  right: number;
  top: number;
  bottom: number;
  horizontals: Ruling[];
  verticals: Ruling[];
}

export function findRegions(rulings: Ruling[]): RuledRegion[] {
  const horizontals = mergeRulings(rulings.filter((r) => r.axis === 'h'));
  const verticals = mergeRulings(rulings.filter((r) => r.axis === 'v'));
  const all = [...horizontals, ...verticals];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  // Verticals by position: each horizontal looks only at those within its extent.
  const byPosition = verticals.map((v, j) => ({ v, j })).sort((a, b) => a.v.at - b.v.at);
  horizontals.forEach((h, i) => {
    for (let k = firstAtOrAfter(byPosition, h.from - LINE_TOLERANCE); k < byPosition.length && byPosition[k].v.at <= h.to + LINE_TOLERANCE; k++) {
      if (crosses(h, byPosition[k].v)) parent[find(i)] = find(horizontals.length + byPosition[k].j);
    }
  });
  const groups = new Map<number, Ruling[]>();
  all.forEach((ruling, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), ruling]));
  const regions: RuledRegion[] = [];
  for (const group of groups.values()) {
    const region = toRegion(group);
    const cells = region ? cellCount(region) : 0;
    if (region && cells >= 2 && cells <= MAX_CELLS) regions.push(region);
  }
  return regions.sort((a, b) => a.top - b.top || a.left - b.left);
}

function firstAtOrAfter(sorted: Array<{ v: Ruling }>, position: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle].v.at < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

function crosses(h: Ruling, v: Ruling): boolean {
  return v.at >= h.from - LINE_TOLERANCE && v.at <= h.to + LINE_TOLERANCE && h.at >= v.from - LINE_TOLERANCE && h.at <= v.to + LINE_TOLERANCE;
}

function toRegion(group: Ruling[]): RuledRegion | undefined {
  const horizontals = group.filter((r) => r.axis === 'h');
  const verticals = group.filter((r) => r.axis === 'v');
  if (horizontals.length < 2 || verticals.length < 1) return undefined;
  return {
    left: Math.min(...horizontals.map((r) => r.from), ...verticals.map((r) => r.at)),
    right: Math.max(...horizontals.map((r) => r.to), ...verticals.map((r) => r.at)),
    top: Math.min(...horizontals.map((r) => r.at), ...verticals.map((r) => r.from)),
    bottom: Math.max(...horizontals.map((r) => r.at), ...verticals.map((r) => r.to)),
    horizontals,
    verticals,
  };
}

function cellCount(region: RuledRegion): number {
  const rows =
    boundaries(
      region.horizontals.map((r) => r.at),
      region.top,
      region.bottom,
    ).length - 1;
  const cols =
    boundaries(
      region.verticals.map((r) => r.at),
      region.left,
      region.right,
    ).length - 1;
  return rows * cols;
}

/** Narrower than this (points), a row or column is a double line, not a cell. */
const MIN_CELL = 3;

/** Positions of lines, clustered, with both outer edges (a table may have no outer border on a side). */
export function boundaries(positions: number[], start: number, end: number): number[] {
  const out: number[] = [];
  for (const value of cluster([start, ...positions, end])) {
    if (out.length && value - out[out.length - 1] < MIN_CELL) out[out.length - 1] = Math.max(out[out.length - 1], value);
    else out.push(value);
  }
  return out;
}

/** Sorted positions with the ones closer than LINE_TOLERANCE merged into their mean. */
export function cluster(positions: number[]): number[] {
  const sorted = [...positions].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const value of sorted) {
    const last = out[out.length - 1];
    if (last && value - last[last.length - 1] <= LINE_TOLERANCE) last.push(value);
    else out.push([value]);
  }
  return out.map((group) => group.reduce((sum, v) => sum + v, 0) / group.length);
}

/** Collinear segments that overlap or touch become one. */
export function mergeRulings(rulings: Ruling[]): Ruling[] {
  const sorted = [...rulings].sort((a, b) => a.at - b.at || a.from - b.from);
  const lines: Ruling[][] = [];
  for (const ruling of sorted) {
    const line = lines[lines.length - 1];
    if (line && ruling.at - line[0].at <= LINE_TOLERANCE) line.push(ruling);
    else lines.push([ruling]);
  }
  const out: Ruling[] = [];
  for (const line of lines) {
    const at = line.reduce((sum, r) => sum + r.at, 0) / line.length;
    const pieces = [...line].sort((a, b) => a.from - b.from);
    let current: Ruling | undefined;
    for (const piece of pieces) {
      if (current && piece.from <= current.to + LINE_TOLERANCE) current.to = Math.max(current.to, piece.to);
      else {
        current = { axis: piece.axis, at, from: piece.from, to: piece.to };
        out.push(current);
      }
    }
  }
  return out;
}
