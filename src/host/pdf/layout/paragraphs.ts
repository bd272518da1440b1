/**
 * Narrative lines → paragraphs. A line starts a paragraph when it is indented (or centred), when the
 * line before it stopped short of the text's right edge (unless the line opens with a figure or Latin
 * word, with its unit and punctuation, too wide for the room left: those wrap whole), when the font
 * size changes, when it opens with a section number (一、, or 1. after a full stop), or after a blank
 * gap (a blank line, or clearly more space than the page leaves between lines: paragraphs set as
 * spreadsheet rows); otherwise it continues the paragraph, also across a page break.
 */
import { unionBox, type Box } from './geometry';
import { joinWrapped, type PageLine, type TextLine } from './text-lines';

export interface Paragraph {
  text: string;
  /** Page of the first line, and the box of the paragraph's lines on that page. */
  page: number;
  box: Box;
}

/**
 * What the publishers' word processors do not break: a figure or Latin word, the unit written right
 * after a figure and the punctuation that may not start a line (24,558.18 / 180.00万， / PDF), and a
 * character with the brackets and punctuation around it, which go to the next line with it (务。2022 /
 * （项）”29,381.00万).
 */
const UNBREAKABLE = /^([（(“‘《【[]*(?:\p{Script=Han}[，。；：、）)”’》】\]]+)?)((?:[0-9A-Za-z.,%+\-/【】[\]]|、(?=[0-9A-Za-z]))*)([万亿元]?[，。；：、）)”’》]*)/u;
/** Figures and Latin letters are about half as wide as a Chinese character of the same size. */
const NARROW_WIDTH = 0.5;
/** A gap between lines of this part of the font size is a blank line; so is one this much wider than the page's usual gap. */
const BLANK_LINE = 0.9;
const EXTRA_SPACE = 0.4;

/** Section headings: 一、 （二） at the margin start a paragraph even after a full line. */
const HEADING = /^\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/;
/** Numbered items: 3. 4、 start one after a sentence has ended (not a list within a sentence: 策略：1、…). */
const NUMBERED = /^\s*\d{1,2}(、|[.．](?!\d))/;
const SENTENCE_END = /[。；;]$/;

interface Bounds {
  left: number;
  right: number;
}

export function paragraphsOf(lines: PageLine[]): Paragraph[] {
  const bounds = pageBounds(lines);
  const gaps = lineGaps(lines);
  const groups: PageLine[][] = [];
  let previous: PageLine | undefined;
  for (const current of lines) {
    if (!previous || startsParagraph(previous, current, bounds, gaps)) groups.push([current]);
    else groups[groups.length - 1].push(current);
    previous = current;
  }
  return groups.map((group) => {
    const first = group[0];
    const onFirstPage = group.filter((item) => item.page === first.page).map((item) => item.line);
    return { text: joinWrapped(group.map((item) => item.line.text)), page: first.page, box: unionBox(onFirstPage) as Box };
  });
}

function startsParagraph(previous: PageLine, current: PageLine, bounds: Map<number, Bounds>, gaps: Map<number, number>): boolean {
  const before = previous.line;
  const line = current.line;
  const size = Math.min(before.h, line.h);
  if (Math.abs(before.h - line.h) > 0.2 * size) return true;
  const here = bounds.get(current.page) as Bounds;
  const there = bounds.get(previous.page) as Bounds;
  if (line.x > here.left + 0.8 * line.h || HEADING.test(line.text)) return true;
  if (NUMBERED.test(line.text) && SENTENCE_END.test(before.text)) return true;
  const room = there.right - (before.x + before.w);
  if (room > 2 * before.h && !wrapsWhole(line, room)) return true;
  const blank = Math.min(BLANK_LINE * size, (gaps.get(current.page) ?? Infinity) + EXTRA_SPACE * size);
  return previous.page === current.page && line.y - (before.y + before.h) > blank;
}

/** The usual gap between neighbouring lines of a page (lines of one paragraph are most of them). */
function lineGaps(lines: PageLine[]): Map<number, number> {
  const byPage = new Map<number, number[]>();
  for (let i = 1; i < lines.length; i++) {
    const [before, after] = [lines[i - 1], lines[i]];
    if (before.page !== after.page || Math.abs(before.line.h - after.line.h) > 0.2 * Math.min(before.line.h, after.line.h)) continue;
    byPage.set(after.page, [...(byPage.get(after.page) ?? []), after.line.y - (before.line.y + before.line.h)]);
  }
  const out = new Map<number, number>();
  for (const [page, values] of byPage) out.set(page, [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]);
  return out;
}

/** True when the line opens with a word that would not have fitted in `room` at the end of the line before. */
function wrapsWhole(line: TextLine, room: number): boolean {
  const [word, han = '', figure, unit] = UNBREAKABLE.exec(line.text) ?? [''];
  if (!word) return false;
  const estimate = (han.length + figure.length * NARROW_WIDTH + unit.length) * line.h;
  return (printedWidth(line, word.length) ?? estimate) > room;
}

/** How wide the line's first characters are printed, from its runs (undefined without them). */
function printedWidth(line: TextLine, chars: number): number | undefined {
  let left = chars;
  for (const run of line.runs) {
    const length = run.text.length;
    if (left <= length) return run.x + (run.width * left) / Math.max(1, length) - line.x;
    left -= length;
  }
  return undefined;
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
