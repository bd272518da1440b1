/**
 * Narrative lines → paragraphs. A line starts a paragraph when it is indented (or centred), when the
 * line before it stopped short of the text's right edge, when the font size changes, when it opens
 * with a section number (一、), or after a blank gap; otherwise it continues the paragraph, also
 * across a page break.
 */
import { unionBox, type Box } from './geometry';
import { joinWrapped, type PageLine } from './text-lines';

export interface Paragraph {
  text: string;
  /** Page of the first line, and the box of the paragraph's lines on that page. */
  page: number;
  box: Box;
}

/** Section headings: 一、 （二） 三是… at the margin start a paragraph even after a full line. */
const HEADING = /^\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/;

interface Bounds {
  left: number;
  right: number;
}

export function paragraphsOf(lines: PageLine[]): Paragraph[] {
  const bounds = pageBounds(lines);
  const groups: PageLine[][] = [];
  let previous: PageLine | undefined;
  for (const current of lines) {
    if (!previous || startsParagraph(previous, current, bounds)) groups.push([current]);
    else groups[groups.length - 1].push(current);
    previous = current;
  }
  return groups.map((group) => {
    const first = group[0];
    const onFirstPage = group.filter((item) => item.page === first.page).map((item) => item.line);
    return { text: joinWrapped(group.map((item) => item.line.text)), page: first.page, box: unionBox(onFirstPage) as Box };
  });
}

function startsParagraph(previous: PageLine, current: PageLine, bounds: Map<number, Bounds>): boolean {
  const before = previous.line;
  const line = current.line;
  const size = Math.min(before.h, line.h);
  if (Math.abs(before.h - line.h) > 0.2 * size) return true;
  const here = bounds.get(current.page) as Bounds;
  const there = bounds.get(previous.page) as Bounds;
  if (line.x > here.left + 0.8 * line.h || HEADING.test(line.text)) return true;
  if (before.x + before.w < there.right - 2 * before.h) return true;
  return previous.page === current.page && line.y - (before.y + before.h) > 0.9 * size;
}

/** Where the text of each page starts and ends: its leftmost line start and rightmost line end. */
function pageBounds(lines: PageLine[]): Map<number, Bounds> {
  const bounds = new Map<number, Bounds>();
  for (const { page, line } of lines) {
    const current = bounds.get(page);
    bounds.set(page, { left: Math.min(current?.left ?? Infinity, line.x), right: Math.max(current?.right ?? -Infinity, line.x + line.w) });
  }
  return bounds;
}
