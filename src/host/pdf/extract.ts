/**
 * pdf.js → PageContent for every page: text runs with their boxes, and the ruling lines found in each
 * page's operator list (stroked segments, rectangle edges, thin filled bars), all in top-left page
 * points. Only printed text is kept: pdf.js gives every run of the text layer, also runs a clipping
 * path hides or that lie off the page (some converters lay out each page with its neighbours' text and
 * clip it away). pdf.js failures become UnreadablePdfError with a Chinese message.
 */
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfEngine, PdfjsModule, PdfSource } from './engine';
import { MAX_PAGES, MESSAGES, UnreadablePdfError } from './errors';
import type { Box, PageContent, Ruling, TextRun } from './layout/geometry';

type Matrix = [number, number, number, number, number, number];

/** pdf.js path data opcodes (DrawOPS in pdf.js). */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;

/** A filled rectangle this thin (points) is drawn as a line. */
const BAR_THICKNESS = 2.5;
/** Below this, a segment counts as axis-aligned. */
const AXIS_TOLERANCE = 0.5;
/** Part of the font size below the baseline (descent), to place the glyph box. */
const DESCENT = 0.15;

/** pdf.js in this thread (or, in the browser, with its own web worker) as a page source. */
export function pdfjsSource(engine: PdfEngine): PdfSource {
  return { readPages: (bytes, options) => readPages(engine, bytes, options) };
}

async function readPages(engine: PdfEngine, bytes: Uint8Array, { signal, onProgress }: Parameters<PdfSource['readPages']>[1]): Promise<PageContent[]> {
  const task = engine.pdfjs.getDocument({
    // pdf.js takes ownership of the buffer it is given: a copy keeps the caller's bytes.
    data: new Uint8Array(bytes),
    cMapUrl: engine.cMapUrl,
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: engine.pdfjs.VerbosityLevel.ERRORS,
  });
  // Destroying the task stops pdf.js's work (and in the browser its worker).
  const stop = () => void task.destroy();
  signal.addEventListener('abort', stop, { once: true });
  try {
    const document = await task.promise.catch(describeFailure);
    if (document.numPages > MAX_PAGES) throw new UnreadablePdfError(MESSAGES.tooManyPages(document.numPages));
    const pages: PageContent[] = [];
    for (let number = 1; number <= document.numPages && !signal.aborted; number++) {
      const page = await document.getPage(number).catch(describeFailure);
      pages.push(await readPageContent(engine.pdfjs, page).catch(describeFailure));
      page.cleanup();
      onProgress?.({ done: number, total: document.numPages });
    }
    return pages;
  } finally {
    signal.removeEventListener('abort', stop);
    await task.destroy().catch(() => undefined);
  }
}

/** pdf.js failures → the Chinese message for the user; our own errors pass through. */
function describeFailure(error: unknown): never {
  if (error instanceof UnreadablePdfError) throw error;
  const name = (error as { name?: string })?.name;
  if (name === 'PasswordException') throw new UnreadablePdfError(MESSAGES.encrypted);
  throw new UnreadablePdfError(MESSAGES.damaged(name === 'InvalidPDFException' ? '文件结构无效' : error instanceof Error ? error.message : String(error)));
}

async function readPageContent(pdfjs: PdfjsModule, page: PDFPageProxy): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const toPage = viewport.transform as Matrix;
  const [text, operators] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
  const pageBox: Box = { x: 0, y: 0, w: viewport.width, h: viewport.height };
  const { rulings, images, textAreas } = readOperators(pdfjs, operators.fnArray, operators.argsArray, toPage, pageBox);
  const printed = textAreas.length ? textAreas : [pageBox];
  const runs: TextRun[] = [];
  for (const item of text.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const run = textRun(item.str, item.transform as Matrix, item.width, item.height, toPage);
    if (printed.some((area) => contains(area, run.x + run.width / 2, run.y + run.height / 2))) runs.push(run);
  }
  return { number: page.pageNumber, width: viewport.width, height: viewport.height, runs, rulings, images };
}

function textRun(text: string, transform: Matrix, width: number, height: number, toPage: Matrix): TextRun {
  const [, , , , x, y] = transform;
  const size = height || Math.hypot(transform[2], transform[3]);
  const [x1, y1] = apply(toPage, x, y - DESCENT * size);
  const [x2, y2] = apply(toPage, x + width, y + (1 - DESCENT) * size);
  return { text, x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) };
}

/**
 * Rulings, images, and the areas text is shown in: the clipping box in effect at each text-showing
 * operator, within the page. Clipping paths count by their bounding box, so text is only
 * ever dropped when no clip it was drawn under could show it.
 */
function readOperators(pdfjs: PdfjsModule, fns: number[], args: unknown[][], toPage: Matrix, pageBox: Box): { rulings: Ruling[]; images: number; textAreas: Box[] } {
  const { OPS } = pdfjs;
  const imageOps = new Set([
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintImageMaskXObject,
    OPS.paintImageXObjectRepeat,
    OPS.paintInlineImageXObjectGroup,
    OPS.paintImageMaskXObjectGroup,
    OPS.paintImageMaskXObjectRepeat,
  ]);
  const strokes = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fills = new Set([OPS.fill, OPS.eoFill]);
  const clips = new Set([OPS.clip, OPS.eoClip]);
  const showsText = new Set([OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText]);
  const rulings: Ruling[] = [];
  const textAreas = new Map<string, Box>();
  let images = 0;
  let state: GraphicsState = { ctm: [1, 0, 0, 1, 0, 0] };
  let clipPending = false;
  const stack: GraphicsState[] = [];
  for (let i = 0; i < fns.length; i++) {
    const fn = fns[i];
    const arg = args[i];
    if (fn === OPS.save) stack.push(state);
    else if (fn === OPS.restore) state = stack.pop() ?? state;
    else if (fn === OPS.transform) state = { ...state, ctm: multiply(state.ctm, arg as Matrix) };
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(state);
      if (Array.isArray(arg[0])) state = { ...state, ctm: multiply(state.ctm, arg[0] as Matrix) };
    } else if (fn === OPS.paintFormXObjectEnd) state = stack.pop() ?? state;
    else if (imageOps.has(fn)) images += 1;
    else if (clips.has(fn)) clipPending = true;
    else if (showsText.has(fn)) {
      const area = state.clip ? intersect(state.clip, pageBox) : pageBox;
      textAreas.set(`${area.x}|${area.y}|${area.w}|${area.h}`, area);
    } else if (fn === OPS.constructPath) {
      const [paint, [data]] = arg as [number, [ArrayLike<number> | null]];
      if (!data) continue;
      const matrix = multiply(toPage, state.ctm);
      // pdf.js gives the clip operator first, then the path it clips to.
      if (clipPending) {
        clipPending = false;
        const box = pathBox(data, matrix);
        if (box) state = { ...state, clip: state.clip ? intersect(state.clip, box) : box };
      }
      const stroked = strokes.has(paint);
      if (!stroked && !fills.has(paint)) continue;
      for (const path of subpaths(data)) rulings.push(...(stroked ? strokeRulings(path, matrix) : fillRulings(path, matrix)));
    }
  }
  return { rulings, images, textAreas: [...textAreas.values()] };
}

interface GraphicsState {
  ctm: Matrix;
  /** Bounding box of the clipping path in page points; undefined while nothing clips. */
  clip?: Box;
}

function pathBox(data: ArrayLike<number>, matrix: Matrix): Box | undefined {
  const points = subpaths(data).flatMap((path) => path.points.map(([x, y]) => apply(matrix, x, y)));
  if (points.length === 0) return undefined;
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const left = Math.min(...xs);
  const top = Math.min(...ys);
  return { x: left, y: top, w: Math.max(...xs) - left, h: Math.max(...ys) - top };
}

function intersect(a: Box, b: Box): Box {
  const left = Math.max(a.x, b.x);
  const top = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.w, b.x + b.w);
  const bottom = Math.min(a.y + a.h, b.y + b.h);
  return { x: left, y: top, w: Math.max(0, right - left), h: Math.max(0, bottom - top) };
}

/** With a little slack: a glyph box straddling the clip edge by rounding is still printed. */
function contains(box: Box, x: number, y: number): boolean {
  const slack = 1;
  return x >= box.x - slack && x <= box.x + box.w + slack && y >= box.y - slack && y <= box.y + box.h + slack;
}

interface Subpath {
  points: Array<[number, number]>;
  closed: boolean;
  /** False when the subpath has curves: only straight pieces make rulings. */
  straight: boolean;
}

function subpaths(data: ArrayLike<number>): Subpath[] {
  const out: Subpath[] = [];
  let current: Subpath | undefined;
  for (let i = 0; i < data.length;) {
    const op = data[i++];
    if (op === MOVE_TO) {
      current = { points: [[data[i], data[i + 1]]], closed: false, straight: true };
      out.push(current);
      i += 2;
    } else if (op === LINE_TO) {
      current?.points.push([data[i], data[i + 1]]);
      i += 2;
    } else if (op === CURVE_TO || op === QUADRATIC_CURVE_TO) {
      const size = op === CURVE_TO ? 6 : 4;
      if (current) {
        current.straight = false;
        current.points.push([data[i + size - 2], data[i + size - 1]]);
      }
      i += size;
    } else if (op === CLOSE_PATH) {
      if (current) current.closed = true;
    } else break;
  }
  return out;
}

function strokeRulings(path: Subpath, matrix: Matrix): Ruling[] {
  if (!path.straight) return [];
  const points = path.points.map(([x, y]) => apply(matrix, x, y));
  if (path.closed && points.length > 2) points.push(points[0]);
  const out: Ruling[] = [];
  for (let i = 1; i < points.length; i++) {
    const ruling = segment(points[i - 1], points[i]);
    if (ruling) out.push(ruling);
  }
  return out;
}

/** A thin filled rectangle is a line along its long side; anything else filled is shading, not a ruling. */
function fillRulings(path: Subpath, matrix: Matrix): Ruling[] {
  if (!path.straight || path.points.length < 3) return [];
  const points = path.points.map(([x, y]) => apply(matrix, x, y));
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const left = Math.min(...xs);
  const right = Math.max(...xs);
  const top = Math.min(...ys);
  const bottom = Math.max(...ys);
  const isRectangle = points.every(([x, y]) => (near(x, left) || near(x, right)) && (near(y, top) || near(y, bottom)));
  if (!isRectangle) return [];
  const width = right - left;
  const height = bottom - top;
  if (height <= BAR_THICKNESS && width > height) return [{ axis: 'h', at: (top + bottom) / 2, from: left, to: right }];
  if (width <= BAR_THICKNESS && height > width) return [{ axis: 'v', at: (left + right) / 2, from: top, to: bottom }];
  return [];
}

function segment([x1, y1]: [number, number], [x2, y2]: [number, number]): Ruling | undefined {
  if (Math.abs(y1 - y2) <= AXIS_TOLERANCE && Math.abs(x1 - x2) > AXIS_TOLERANCE) {
    return { axis: 'h', at: (y1 + y2) / 2, from: Math.min(x1, x2), to: Math.max(x1, x2) };
  }
  if (Math.abs(x1 - x2) <= AXIS_TOLERANCE && Math.abs(y1 - y2) > AXIS_TOLERANCE) {
    return { axis: 'v', at: (x1 + x2) / 2, from: Math.min(y1, y2), to: Math.max(y1, y2) };
  }
  return undefined;
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= AXIS_TOLERANCE;
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return [m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3], m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5]];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}
