/**
 * Pages → the document's tables and narrative, in reading order. A ruled region is a table; the line
 * that reads as a title above it names it and the lines between (编制部门, 单位：元) are its meta rows;
 * a region with no title that starts a page right after a table, at the same width, continues that
 * table; lines opening with 注 under a table are its notes. Every other line is narrative.
 */
import type { Box, PageContent, TextRun } from './geometry';
import { dropFurniture } from './furniture';
import { paragraphsOf, type Paragraph } from './paragraphs';
import { LINE_TOLERANCE, findRegions, type RuledRegion } from './rulings';
import { rowBoundaries } from './cells';
import { groupLines, toLine, type PageLine, type TextLine } from './text-lines';

/** Lines above a table searched for its title. */
const TITLE_LOOKBACK = 4;
/** A continued table keeps its outer edges within this many points. */
const SAME_EDGE = 4;
const TITLE = /表\s*([（(][^）)]*[）)])?$/;
const SENTENCE = /[。；;]/;
const NOTE = /^(注|备注|说明)\s*[:：\d（(]/;
/** Lines a continued table may repeat above itself. */
const REPEATED_META = /^(编制(部门|单位)\s*[:：].*|.*单位\s*[:：]\s*(万元|元|千元)\s*)$/;

export interface TablePart {
  page: number;
  region: RuledRegion;
  runs: TextRun[];
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

type Flow = { kind: 'line'; line: TextLine } | { kind: 'region'; region: RuledRegion; runs: TextRun[] };

export function layoutDocument(pages: PageContent[]): DocumentLayout {
  const split = pages.map(splitPage);
  const kept = dropFurniture(split.map(({ page, lines }) => ({ page, lines })));
  const tables: LaidOutTable[] = [];
  const narrative: PageLine[] = [];
  let pending: PageLine[] = [];
  let open: LaidOutTable | undefined;
  split.forEach(({ page, regions }, index) => {
    if (kept[index].contents) return;
    const flow: Flow[] = [
      ...kept[index].lines.map((line): Flow => ({ kind: 'line', line })),
      ...regions.map((item): Flow => ({ kind: 'region', ...item })),
    ].sort((a, b) => top(a) - top(b));
    for (const item of flow) {
      if (item.kind === 'line') {
        const pageLine = { page: page.number, line: item.line };
        if (open && pending.length === 0 && NOTE.test(item.line.text)) open.notes.push([pageLine]);
        else if (open && pending.length === 0 && continuesNote(open, pageLine)) open.notes[open.notes.length - 1].push(pageLine);
        else pending.push(pageLine);
        continue;
      }
      const part: TablePart = { page: page.number, region: item.region, runs: item.runs };
      const inside = titleRow(item.region, item.runs);
      const titleAt = inside ? -1 : findTitle(pending);
      if (!inside && titleAt < 0 && open && pending.every(({ line }) => REPEATED_META.test(line.text)) && sameWidth(open, item.region)) {
        open.parts.push(part);
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

export function isTitle(text: string): boolean {
  const bare = text.replace(/\s+/g, '');
  return bare.length >= 4 && bare.length <= 60 && TITLE.test(bare) && !SENTENCE.test(bare) && !NOTE.test(bare);
}

/** The wrapped second line of a note sits right under it. */
function continuesNote(table: LaidOutTable, next: PageLine): boolean {
  const last = table.notes[table.notes.length - 1]?.at(-1);
  return !!last && last.page === next.page && next.line.y - (last.line.y + last.line.h) < 0.8 * last.line.h;
}

function sameWidth(table: LaidOutTable, region: RuledRegion): boolean {
  const last = table.parts[table.parts.length - 1].region;
  return Math.abs(last.left - region.left) <= SAME_EDGE && Math.abs(last.right - region.right) <= SAME_EDGE;
}
