/**
 * Narrative lines → paragraphs. A line starts a paragraph when it is indented (or centred), when the
 * line before it stopped short of the text's right edge (unless the line opens with a figure or Latin
 * word, with its unit and punctuation, too wide for the room left: those wrap whole), when the font size
 * changes, when it opens with a section number (一、), or after a blank gap; otherwise it continues
 * the paragraph, also across a page break.
 */
import { unionBox, type Box } from './geometry';
import { joinWrapped, type PageLine } from './text-lines';

export interface Paragraph {
  text: string;
  /** Page of the first line, and the box of the paragraph's lines on that page. */
  page: number;
  box: Box;
}

/**
 * What the publishers' word processors do not break: a figure or Latin word, the unit written right
 * after a figure and the punctuation that may not start a line (24,558.18 / 180.00万， / PDF).
 */
const UNBREAKABLE = /^([0-9A-Za-z.,%+\-/]+)([万亿元]?[，。；：、）”]?)/;
/** Figures and Latin letters are about half as wide as a Chinese character of the same size. */
const NARROW_WIDTH = 0.5;

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
  const room = there.right - (before.x + before.w);
  if (room > 2 * before.h && !wrapsWhole(line.text, room, line.h)) return true;
  return previous.page === current.page && line.y - (before.y + before.h) > 0.9 * size;
}

/** True when the line opens with a word that would not have fitted in `room` at the end of the line before. */
function wrapsWhole(text: string, room: number, size: number): boolean {
  const word = UNBREAKABLE.exec(text);
  return !!word && (word[1].length * NARROW_WIDTH + word[2].length) * size > room;
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
