/**
 * Page furniture: page numbers, running headers and footers, and the table of contents. None of it
 * belongs to a table or to the narrative.
 */
import type { PageContent } from './geometry';
import type { TextLine } from './text-lines';

/** Top and bottom bands of a page where headers, footers and page numbers live. */
const MARGIN_BAND = 0.12;
/** A margin line repeated on this many pages is a running header or footer. */
const REPEATED_ON = 3;
const PAGE_NUMBER = /^[-—–－\s]*(第\s*)?\d{1,4}\s*页?(\s*[/／]\s*\d{1,4})?(\s*共\s*\d{1,4}\s*页)?[-—–－\s]*$/;
const CONTENTS = /^目\s*录$/;

export interface PageLines {
  page: PageContent;
  /** Free lines (outside tables), top to bottom. */
  lines: TextLine[];
}

/** Lines that remain once furniture is gone; `contents` marks a table of contents page, dropped whole. */
export function dropFurniture(pages: PageLines[]): Array<{ lines: TextLine[]; contents: boolean }> {
  const repeated = repeatedMarginTexts(pages);
  return pages.map(({ page, lines }) => {
    const kept = lines.filter((line) => !(inMargin(line, page) && (PAGE_NUMBER.test(line.text) || repeated.has(marginKey(line)))));
    return kept.length && CONTENTS.test(kept[0].text) ? { lines: [], contents: true } : { lines: kept, contents: false };
  });
}

function repeatedMarginTexts(pages: PageLines[]): Set<string> {
  const pagesOf = new Map<string, Set<number>>();
  for (const { page, lines } of pages) {
    for (const line of lines) {
      if (!inMargin(line, page)) continue;
      const key = marginKey(line);
      pagesOf.set(key, (pagesOf.get(key) ?? new Set()).add(page.number));
    }
  }
  return new Set([...pagesOf].filter(([, on]) => on.size >= REPEATED_ON).map(([key]) => key));
}

/** Digits vary on running footers ("第 3 页"); the text otherwise repeats at the same height. */
function marginKey(line: TextLine): string {
  return `${Math.round(line.y / 4)}|${line.text.replace(/\d+/g, '#').replace(/\s+/g, '')}`;
}

function inMargin(line: TextLine, page: PageContent): boolean {
  return line.y + line.h < page.height * MARGIN_BAND || line.y > page.height * (1 - MARGIN_BAND);
}
