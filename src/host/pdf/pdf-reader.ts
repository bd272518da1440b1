/**
 * Published PDF bytes → Grid (one sheet a table, the narrative on 说明), read-only. Shared by the CLI,
 * the browser preview and the tests; the caller says where pages come from (a PdfSource, see
 * engine.ts). Anything that stops the reading — no text layer, a password, a damaged file, too long —
 * ends as UnreadablePdfError with a Chinese message, never as a crash or a hang.
 */
import type { Grid } from '../../core/grid';
import type { PageProgress, PdfSource } from './engine';
import { MESSAGES, UnreadablePdfError } from './errors';
import type { PageContent } from './layout/geometry';
import { layoutDocument } from './layout/document';
import { layoutToGrid } from './to-grid';

export interface PdfReadOptions {
  /** File name, for the grid. */
  name?: string;
  /** The reading gives up after this many milliseconds. */
  timeLimitMs?: number;
  signal?: AbortSignal;
  onProgress?(progress: PageProgress): void;
}

export interface PdfReading {
  grid: Grid;
  pageCount: number;
  /** 1-based numbers of pages with no text (scanned images): nothing on them was read. */
  textlessPages: number[];
}

export const DEFAULT_TIME_LIMIT_MS = 120_000;
const PDF_SIGNATURE = '%PDF-';
/** The signature may follow some junk, as readers accept. */
const SIGNATURE_WINDOW = 1024;

export async function readPdf(source: PdfSource, data: ArrayBuffer | Uint8Array, options: PdfReadOptions = {}): Promise<PdfReading> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (!hasSignature(bytes)) throw new UnreadablePdfError(MESSAGES.notPdf);
  const pages = await withinLimits(source, bytes, options);
  const textlessPages = pages.filter((page) => page.runs.length === 0).map((page) => page.number);
  if (textlessPages.length === pages.length) {
    throw new UnreadablePdfError(
      MESSAGES.noText(
        pages.length,
        pages.some((page) => page.images > 0),
      ),
    );
  }
  return { grid: layoutToGrid(layoutDocument(pages), options.name), pageCount: pages.length, textlessPages };
}

/** True when the bytes are a PDF (they carry its signature near the start), whatever the file is called. */
export function hasSignature(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SIGNATURE_WINDOW));
  return head.includes(PDF_SIGNATURE);
}

/** The source's pages, or UnreadablePdfError once the time limit passes or the caller cancels; the source is told to stop. */
function withinLimits(source: PdfSource, bytes: Uint8Array, options: PdfReadOptions): Promise<PageContent[]> {
  const limitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  const progress: PageProgress = { done: 0, total: 0 };
  const stop = new AbortController();
  return new Promise<PageContent[]>((resolve, reject) => {
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', cancel);
      settle();
    };
    const fail = (message: string) => {
      stop.abort();
      finish(() => reject(new UnreadablePdfError(message)));
    };
    const timer = setTimeout(() => fail(MESSAGES.timeout(Math.round(limitMs / 1000), progress.done, progress.total)), limitMs);
    const cancel = () => fail(MESSAGES.cancelled);
    if (options.signal?.aborted) return cancel();
    options.signal?.addEventListener('abort', cancel, { once: true });
    const onProgress = (next: PageProgress) => {
      Object.assign(progress, next);
      options.onProgress?.({ ...next });
    };
    Promise.resolve()
      .then(() => source.readPages(bytes, { signal: stop.signal, onProgress }))
      .then(
        (pages) => finish(() => resolve(pages)),
        (error: unknown) => finish(() => reject(error)),
      );
  });
}
