/**
 * What the layout needs from a PDF page, in points from the page's top-left corner (y grows down),
 * whatever the page's rotation or crop box. Plain data: the layout never sees pdf.js.
 */

/** One run of text as the PDF draws it (pdf.js text item). */
export interface TextRun {
  text: string;
  /** Left edge and top of the glyph box. */
  x: number;
  y: number;
  width: number;
  /** Font size: the height of the glyph box. */
  height: number;
}

/** An axis-aligned ruling line: a stroked segment, a rectangle's edge or a thin filled bar. */
export interface Ruling {
  /** 'h': from (from, at) to (to, at); 'v': from (at, from) to (at, to). */
  axis: 'h' | 'v';
  at: number;
  from: number;
  to: number;
}

export interface PageContent {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
  rulings: Ruling[];
  /** Images painted on the page (a page with images and no text is a scan). */
  images: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function runBox(run: TextRun): Box {
  return { x: run.x, y: run.y, w: run.width, h: run.height };
}

/** The smallest box holding every box; undefined for none. */
export function unionBox(boxes: Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.w));
  const bottom = Math.max(...boxes.map((b) => b.y + b.h));
  return { x: left, y: top, w: right - left, h: bottom - top };
}
