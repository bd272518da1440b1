/**
 * A worksheet part's <sheetData> indexed by row and cell with exact offsets, and a batch of cell
 * writes turned into splices: a replaced cell keeps its place, a new cell goes where its column
 * belongs in its row, a new row where its number belongs. Everything else stays byte for byte.
 */
import { columnIndex, columnLetters } from '../../../core/grid';
import { applySplices, attribute, elementEnd, findStartTag, MalformedXmlError, withAttribute, type Splice, type StartTag } from './xml';

export interface CellSpan {
  row: number;
  col: number;
  tag: StartTag;
  end: number;
}

interface RowSpan {
  row: number;
  tag: StartTag;
  end: number;
  cells?: CellSpan[];
}

/** A cell written by a patch: what its part held before and after (undefined: no element). */
export interface RawCellChange {
  row: number;
  col: number;
  before?: string;
  after?: string;
}

export class SheetXml {
  /** Element prefix of the sheet ("" or e.g. "x:"), used for new elements. */
  readonly prefix: string;
  private readonly data: StartTag;
  private readonly dataEnd: number;
  private readonly rows: RowSpan[] = [];
  private readonly byRow = new Map<number, RowSpan>();
  private readonly writes = new Map<string, { row: number; col: number; xml?: string }>();

  constructor(readonly xml: string) {
    const data = findStartTag(xml, 'sheetData');
    if (!data) throw new MalformedXmlError(0);
    this.data = data;
    this.prefix = data.prefix;
    this.dataEnd = elementEnd(xml, data);
    let previous = -1;
    let tag = data.selfClosing ? undefined : findStartTag(xml, 'row', data.end);
    while (tag && tag.start < this.dataEnd) {
      const r = attribute(tag, 'r');
      const row = r === undefined ? previous + 1 : Number(r) - 1;
      const span: RowSpan = { row, tag, end: elementEnd(xml, tag) };
      this.rows.push(span);
      this.byRow.set(row, span);
      previous = row;
      tag = findStartTag(xml, 'row', span.end);
    }
  }

  /** The raw XML of a cell as currently written (pending writes included), or undefined. */
  cell(row: number, col: number): string | undefined {
    const pending = this.writes.get(key(row, col));
    if (pending) return pending.xml;
    const span = this.cellSpan(row, col);
    return span ? this.xml.slice(span.tag.start, span.end) : undefined;
  }

  /** Cells of rows top..bottom (0-based, inclusive) as written in the part, in document order. */
  *cellsInRows(top: number, bottom: number): Generator<CellSpan> {
    for (const span of this.rows) if (span.row >= top && span.row <= bottom) yield* this.cellsOf(span);
  }

  /** Whether the part holds any formula. */
  hasFormulas(): boolean {
    return findStartTag(this.xml, 'f', this.data.end) !== undefined;
  }

  /** Queues a write: `xml` is the whole new <c> element, undefined removes the cell. */
  write(row: number, col: number, xml: string | undefined): void {
    this.writes.set(key(row, col), { row, col, xml });
  }

  /** The part with every queued write, and what each written cell held before and after. */
  result(): { xml: string; changes: RawCellChange[] } {
    const splices: Splice[] = [];
    const changes: RawCellChange[] = [];
    const newRows = new Map<number, Array<{ col: number; xml: string }>>();
    const byRow = new Map<number, Array<{ col: number; xml?: string }>>();
    for (const write of this.writes.values()) {
      const before = this.cellSpan(write.row, write.col);
      changes.push({ row: write.row, col: write.col, before: before ? this.xml.slice(before.tag.start, before.end) : undefined, after: write.xml });
      byRow.set(write.row, [...(byRow.get(write.row) ?? []), write]);
    }
    for (const [row, writes] of byRow) {
      const span = this.byRow.get(row);
      if (span) splices.push(...this.rowSplices(span, writes));
      else {
        const cells = writes.filter((write): write is { col: number; xml: string } => write.xml !== undefined);
        if (cells.length) newRows.set(row, cells);
      }
    }
    splices.push(...this.newRowSplices(newRows));
    const dimension = this.dimensionSplice();
    if (dimension) splices.push(dimension);
    return { xml: applySplices(this.xml, splices), changes };
  }

  private cellSpan(row: number, col: number): CellSpan | undefined {
    const span = this.byRow.get(row);
    return span ? this.cellsOf(span).find((cell) => cell.col === col) : undefined;
  }

  private cellsOf(span: RowSpan): CellSpan[] {
    if (span.cells) return span.cells;
    const cells: CellSpan[] = [];
    if (!span.tag.selfClosing) {
      const close = span.end - span.tag.name.length - 3;
      let previous = -1;
      for (let tag = findStartTag(this.xml, 'c', span.tag.end); tag && tag.start < close;) {
        const r = attribute(tag, 'r');
        const col = r === undefined ? previous + 1 : columnIndex(r.replace(/\d+$/, ''));
        const end = elementEnd(this.xml, tag);
        cells.push({ row: span.row, col, tag, end });
        previous = col;
        tag = findStartTag(this.xml, 'c', end);
      }
    }
    span.cells = cells;
    return cells;
  }

  private rowSplices(span: RowSpan, writes: Array<{ col: number; xml?: string }>): Splice[] {
    const cells = this.cellsOf(span);
    const splices: Splice[] = [];
    const inserts = new Map<number, string>();
    const closeStart = span.end - span.tag.name.length - 3;
    for (const write of [...writes].sort((a, b) => a.col - b.col)) {
      const existing = cells.find((cell) => cell.col === write.col);
      if (existing) {
        splices.push({ start: existing.tag.start, end: existing.end, text: write.xml ?? '' });
        continue;
      }
      if (write.xml === undefined) continue;
      const next = cells.find((cell) => cell.col > write.col);
      const at = next ? next.tag.start : span.tag.selfClosing ? span.tag.end : closeStart;
      inserts.set(at, (inserts.get(at) ?? '') + write.xml);
    }
    const added = writes.filter((write) => write.xml !== undefined).map((write) => write.col);
    const tagText = this.widenSpans(span.tag, added);
    if (span.tag.selfClosing) {
      const content = inserts.get(span.tag.end);
      if (content === undefined) return splices;
      const open = tagText.replace(/\s*\/>$/, '>');
      return [...splices, { start: span.tag.start, end: span.tag.end, text: `${open}${content}</${span.tag.name}>` }];
    }
    if (tagText !== this.xml.slice(span.tag.start, span.tag.end)) splices.push({ start: span.tag.start, end: span.tag.end, text: tagText });
    for (const [at, text] of inserts) splices.push({ start: at, end: at, text });
    return splices;
  }

  /** The row's start tag with its optional `spans` hint widened to cover new columns. */
  private widenSpans(tag: StartTag, cols: number[]): string {
    const written = this.xml.slice(tag.start, tag.end);
    const spans = attribute(tag, 'spans');
    const match = spans ? /^(\d+):(\d+)$/.exec(spans) : null;
    if (!match || cols.length === 0) return written;
    const first = Math.min(Number(match[1]), ...cols.map((col) => col + 1));
    const last = Math.max(Number(match[2]), ...cols.map((col) => col + 1));
    return first === Number(match[1]) && last === Number(match[2]) ? written : withAttribute(this.xml, tag, 'spans', `${first}:${last}`);
  }

  private newRowSplices(newRows: Map<number, Array<{ col: number; xml: string }>>): Splice[] {
    if (newRows.size === 0) return [];
    const rowTag = `${this.prefix}row`;
    const inserts = new Map<number, string>();
    const dataClose = this.dataEnd - this.data.name.length - 3;
    for (const row of [...newRows.keys()].sort((a, b) => a - b)) {
      const cells = newRows.get(row)!.sort((a, b) => a.col - b.col);
      const next = this.rows.find((span) => span.row > row);
      const at = next ? next.tag.start : this.data.selfClosing ? this.data.end : dataClose;
      inserts.set(at, `${inserts.get(at) ?? ''}<${rowTag} r="${row + 1}">${cells.map((cell) => cell.xml).join('')}</${rowTag}>`);
    }
    if (this.data.selfClosing) {
      const open = this.xml.slice(this.data.start, this.data.end).replace(/\s*\/>$/, '>');
      return [{ start: this.data.start, end: this.data.end, text: `${open}${inserts.get(this.data.end)}</${this.data.name}>` }];
    }
    return [...inserts].map(([at, text]) => ({ start: at, end: at, text }));
  }

  /** The optional <dimension ref> widened to cover written cells, so readers that trust it see them. */
  private dimensionSplice(): Splice | undefined {
    const tag = findStartTag(this.xml, 'dimension');
    if (!tag || tag.start > this.data.start) return undefined;
    const match = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(attribute(tag, 'ref') ?? '');
    if (!match) return undefined;
    let [top, left] = [Number(match[2]) - 1, columnIndex(match[1])];
    let [bottom, right] = match[3] ? [Number(match[4]) - 1, columnIndex(match[3])] : [top, left];
    const before = `${top},${left},${bottom},${right}`;
    for (const write of this.writes.values()) {
      if (write.xml === undefined) continue;
      [top, left, bottom, right] = [Math.min(top, write.row), Math.min(left, write.col), Math.max(bottom, write.row), Math.max(right, write.col)];
    }
    if (`${top},${left},${bottom},${right}` === before) return undefined;
    const ref = `${columnLetters(left)}${top + 1}:${columnLetters(right)}${bottom + 1}`;
    return { start: tag.start, end: tag.end, text: withAttribute(this.xml, tag, 'ref', ref) };
  }
}

function key(row: number, col: number): string {
  return `${row},${col}`;
}
