/**
 * Pages → the document's tables and narrative, in reading order. A ruled region is a table, and so is
 * a band of lines set out in columns without rulings (text-tables.ts); the line that reads as a title
 * above it names it and the lines between (编制部门, 单位：元) are its meta rows; a table with no title
 * right after another table (on the next page, or past a blank row) continues it: ruled, at the same
 * width; without rulings, in the same font size from its left edge or right of it. Lines opening
 * with 注 under a table are its notes. Every other line is narrative.
 */
import type { Box, PageContent, TextRun } from './geometry';
import { dropFurniture } from './furniture';
import { paragraphsOf, type Paragraph } from './paragraphs';
import { LINE_TOLERANCE, findRegions, type RuledRegion } from './rulings';
import { rowBoundaries } from './cells';
import { NOTE, REPEATED_META, isTitle } from './line-kinds';
import { groupLines, toLine, type PageLine, type TextLine } from './text-lines';
import { continuationOf, continuesTable, findTextTables, joinedColumns, rowGapOf, textRegion, textRuns, type TextTable } from './text-tables';

export { isTitle };

/** Lines above a table searched for its title. */
const TITLE_LOOKBACK = 4;
/** A continued table keeps its outer edges within this many points. */
const SAME_EDGE = 4;

export interface TablePart {
  page: number;
  region: RuledRegion;
  runs: TextRun[];
  /** For a table printed without rulings: its lines, and the columns of the whole table. */
  text?: TextTable;
}

export interface TableTitle {
  text: string;
  page: number;
  box: Box;
  /** True when the title is the table's own first row, inside its ruling (绩效目标表). */
  inTable: boolean;
}

export interface LaidOutTable {
  title?: TableTitle;
  /** Lines between the title and the table: 编制部门, 单位：元, （2023年度）. */
  meta: PageLine[];
  /** The table's ruled regions, one per page it runs over. */
  parts: TablePart[];
  /** Notes under the table (注：…), each with its wrapped lines. */
  notes: PageLine[][];
}

export interface DocumentLayout {
  tables: LaidOutTable[];
  paragraphs: Paragraph[];
}

type Flow = { kind: 'line'; line: TextLine } | { kind: 'region'; region: RuledRegion; runs: TextRun[]; text?: TextTable };

export function layoutDocument(pages: PageContent[]): DocumentLayout {
  const split = pages.map(splitPage);
  const kept = dropFurniture(split.map(({ page, lines }) => ({ page, lines })));
  const tables: LaidOutTable[] = [];
  const narrative: PageLine[] = [];
  let pending: PageLine[] = [];
  let open: LaidOutTable | undefined;
  split.forEach(({ page, regions }, index) => {
    if (kept[index].contents) return;
    // A table without rulings that ended the page before (nothing, not even a note, under it) may go
    // on at the top of this one.
    const carried = open && pending.length === 0 && open.notes.length === 0 ? open.parts[open.parts.length - 1].text?.columns : undefined;
    const { tables: textTables, rest } = findTextTables(kept[index].lines, carried);
    const flow: Flow[] = [
      ...rest.map((line): Flow => ({ kind: 'line', line })),
      ...regions.map((item): Flow => ({ kind: 'region', ...item })),
      ...textTables.map((text): Flow => ({ kind: 'region', region: textRegion(text), runs: textRuns(text), text })),
    ].sort((a, b) => top(a) - top(b));
    for (const item of flow) {
      if (item.kind === 'line') {
        const pageLine = { page: page.number, line: item.line };
        if (open && pending.length === 0 && NOTE.test(item.line.text)) open.notes.push([pageLine]);
        else if (open && pending.length === 0 && continuesNote(open, pageLine)) open.notes[open.notes.length - 1].push(pageLine);
        else pending.push(pageLine);
        continue;
      }
      const part: TablePart = { page: page.number, region: item.region, runs: item.runs, ...(item.text ? { text: item.text } : {}) };
      const inside = titleRow(item.region, item.runs);
      const titleAt = inside ? -1 : findTitle(pending);
      if (!inside && titleAt < 0 && open && pending.every(({ line }) => REPEATED_META.test(line.text)) && continues(open, part)) {
        open.parts = withPart(open.parts, part);
        pending = [];
        continue;
      }
      const before = titleAt < 0 ? pending : pending.slice(0, titleAt);
      narrative.push(...before);
      const above = pending[titleAt];
      const title = inside ? { ...inside, page: page.number, inTable: true } : above && { text: above.line.text, page: above.page, box: above.line, inTable: false };
      open = { ...(title ? { title } : {}), meta: titleAt >= 0 ? pending.slice(titleAt + 1) : [], parts: [part], notes: [] };
      tables.push(open);
      pending = [];
    }
  });
  narrative.push(...pending);
  return { tables, paragraphs: paragraphsOf(narrative) };
}

function splitPage(page: PageContent): { page: PageContent; lines: TextLine[]; regions: Array<{ region: RuledRegion; runs: TextRun[] }> } {
  const regions = findRegions(page.rulings).map((region) => ({ region, runs: [] as TextRun[] }));
  const free: TextRun[] = [];
  for (const run of page.runs) {
    const x = run.x + run.width / 2;
    const y = run.y + run.height / 2;
    const home = regions.find(({ region }) => inside(region, x, y));
    if (home) home.runs.push(run);
    else free.push(run);
  }
  return { page, lines: groupLines(free), regions };
}

function inside(region: RuledRegion, x: number, y: number): boolean {
  return x >= region.left - LINE_TOLERANCE && x <= region.right + LINE_TOLERANCE && y >= region.top - LINE_TOLERANCE && y <= region.bottom + LINE_TOLERANCE;
}

function top(item: Flow): number {
  return item.kind === 'line' ? item.line.y : item.region.top;
}

/** Index in `pending` of the title of the table that follows, or -1. */
function findTitle(pending: PageLine[]): number {
  for (let i = pending.length - 1; i >= Math.max(0, pending.length - TITLE_LOOKBACK); i--) {
    if (isTitle(pending[i].line.text)) return i;
  }
  return -1;
}

/** A first row that spans the whole table and reads as a title is the table's title. */
function titleRow(region: RuledRegion, runs: TextRun[]): { text: string; box: Box } | undefined {
  const [top, next] = rowBoundaries(region);
  const middle = (top + next) / 2;
  const divided = region.verticals.some((v) => v.at > region.left + LINE_TOLERANCE && v.at < region.right - LINE_TOLERANCE && v.from <= middle && v.to >= middle);
  if (divided) return undefined;
  const inRow = runs.filter((run) => run.y + run.height / 2 < next);
  if (inRow.length === 0) return undefined;
  const line = toLine(inRow);
  return isTitle(line.text) ? { text: line.text, box: line } : undefined;
}

/** The wrapped second line of a note sits right under it. */
function continuesNote(table: LaidOutTable, next: PageLine): boolean {
  const last = table.notes[table.notes.length - 1]?.at(-1);
  return !!last && last.page === next.page && next.line.y - (last.line.y + last.line.h) < 0.8 * last.line.h;
}

/** A ruled part continues a ruled table of the same width; a part without rulings, one it lines up with. */
function continues(table: LaidOutTable, part: TablePart): boolean {
  const last = table.parts[table.parts.length - 1];
  if (last.text && part.text) return continuesTable(last.text, part.text);
  if (last.text || part.text) return false;
  return Math.abs(last.region.left - part.region.left) <= SAME_EDGE && Math.abs(last.region.right - part.region.right) <= SAME_EDGE;
}

/**
 * The table's parts with one more. Parts without rulings are cut into the same columns and rows are
 * told from wrapped lines by the same gap, read from all of them: a header alone at the foot of a
 * page tells less than the rows under it, a part of one wrapped row has no gap between rows.
 */
function withPart(parts: TablePart[], part: TablePart): TablePart[] {
  const first = parts[0].text;
  if (!first || !part.text) return [...parts, part];
  const all = [...parts, { ...part, text: continuationOf(first, part.text) }];
  const texts = all.map((item) => item.text as TextTable);
  const [columns, rowGap] = [joinedColumns(texts), rowGapOf(texts)];
  return all.map((item) => {
    const text = { ...(item.text as TextTable), columns, rowGap };
    return { ...item, region: textRegion(text), text };
  });
}
