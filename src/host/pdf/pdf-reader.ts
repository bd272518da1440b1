/**
 * Published PDF bytes → Grid (one sheet a table, the narrative on 说明), read-only. Shared by the CLI,
 * the browser preview and the tests; the caller supplies pdf.js (see engine.ts). Anything that stops
 * the reading — no text layer, a password, a damaged file, too long — ends as UnreadablePdfError
 * with a Chinese message, never as a crash or a hang.
 */
import type { Grid } from '../../core/grid';
import type { PdfEngine } from './engine';
import { readPageContent } from './extract';
import type { PageContent } from './layout/geometry';
import { layoutDocument } from './layout/document';
import { layoutToGrid } from './to-grid';

export class UnreadablePdfError extends Error {}

export interface PdfReadOptions {
  /** File name, for the grid and messages. */
  name?: string;
  /** The reading gives up after this many milliseconds. */
  timeLimitMs?: number;
  signal?: AbortSignal;
  onProgress?(progress: { done: number; total: number }): void;
}

export interface PdfReading {
  grid: Grid;
  pageCount: number;
  /** 1-based numbers of pages with no text (scanned images): nothing on them was read. */
  textlessPages: number[];
}

export const DEFAULT_TIME_LIMIT_MS = 120_000;
/** Budget disclosures run to tens of pages; thousands mean something else. */
export const MAX_PAGES = 2000;
const PDF_SIGNATURE = '%PDF-';
/** The signature may follow some junk, as readers accept. */
const SIGNATURE_WINDOW = 1024;

export const MESSAGES = {
  notPdf: '文件不是 PDF（开头没有 %PDF 标记），可能是改了扩展名的其他文件。',
  encrypted: '这份 PDF 设有打开密码（已加密），无法读取。请使用未加密的文件，或在 PDF 阅读器中输入密码后另存为不加密的 PDF 再检查。',
  damaged: (detail: string) => `PDF 文件已损坏或不完整，无法读取（${detail}）。请重新下载或向发布单位索取原文件。`,
  noText: (pages: number, images: boolean) =>
    images
      ? `这份 PDF 的 ${pages} 页都只有图片、没有文字层（可能是扫描件），无法读取表格。请使用发布单位导出的原始 PDF，或先做文字识别（OCR）。`
      : `这份 PDF 的 ${pages} 页中没有任何可读取的文字，无法读取表格。`,
  tooManyPages: (pages: number) => `这份 PDF 有 ${pages} 页，超过 ${MAX_PAGES} 页的上限，不像是预算公开文件，未读取。`,
  timeout: (seconds: number, done: number, total: number) =>
    `读取 PDF 超时：${seconds} 秒内只读完 ${done}/${total} 页，已停止。文件可能异常复杂或已损坏。`,
  cancelled: '已取消读取 PDF。',
  notDisclosure: '这份 PDF 中没有找到任何预算公开表（未识别到“2026年部门收支预算总表”之类的表名），可能不是部门预算公开文件，未检查。',
} as const;

export async function readPdf(engine: PdfEngine, data: ArrayBuffer | Uint8Array, options: PdfReadOptions = {}): Promise<PdfReading> {
  // pdf.js takes ownership of the buffer it is given: hand it a copy so the caller's bytes survive.
  const bytes = new Uint8Array(data instanceof Uint8Array ? data : new Uint8Array(data)).slice();
  if (!hasSignature(bytes)) throw new UnreadablePdfError(MESSAGES.notPdf);
  const limitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  const deadline = Date.now() + limitMs;
  const task = engine.pdfjs.getDocument({
    data: bytes,
    cMapUrl: engine.cMapUrl,
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: engine.pdfjs.VerbosityLevel.ERRORS,
  });
  const progress = { done: 0, total: 0 };
  const step = <T>(promise: Promise<T>) => within(promise, deadline, options.signal, () => MESSAGES.timeout(Math.round(limitMs / 1000), progress.done, progress.total));
  try {
    const document = await step(task.promise).catch(describeFailure);
    progress.total = document.numPages;
    if (document.numPages > MAX_PAGES) throw new UnreadablePdfError(MESSAGES.tooManyPages(document.numPages));
    const pages: PageContent[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await step(
        (async () => {
          const page = await document.getPage(number);
          const read = await readPageContent(engine.pdfjs, page);
          page.cleanup();
          return read;
        })(),
      ).catch(describeFailure);
      pages.push(content);
      progress.done = number;
      options.onProgress?.({ ...progress });
    }
    const textlessPages = pages.filter((page) => page.runs.length === 0).map((page) => page.number);
    if (textlessPages.length === pages.length) {
      throw new UnreadablePdfError(MESSAGES.noText(pages.length, pages.some((page) => page.images > 0)));
    }
    return { grid: layoutToGrid(layoutDocument(pages), options.name), pageCount: pages.length, textlessPages };
  } finally {
    // Stops pdf.js's work on a timeout as well; nothing is left running.
    await task.destroy().catch(() => undefined);
  }
}

/** True when the bytes are a PDF (they carry its signature near the start), whatever the file is called. */
export function hasSignature(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SIGNATURE_WINDOW));
  return head.includes(PDF_SIGNATURE);
}

/** pdf.js failures → the Chinese message for the user; our own errors pass through. */
function describeFailure(error: unknown): never {
  if (error instanceof UnreadablePdfError) throw error;
  const name = (error as { name?: string })?.name;
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') throw new UnreadablePdfError(MESSAGES.encrypted);
  throw new UnreadablePdfError(MESSAGES.damaged(name === 'InvalidPDFException' ? '文件结构无效' : message));
}

function within<T>(promise: Promise<T>, deadline: number, signal: AbortSignal | undefined, timeoutMessage: () => string): Promise<T> {
  if (signal?.aborted) return Promise.reject(new UnreadablePdfError(MESSAGES.cancelled));
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => finish(() => reject(new UnreadablePdfError(timeoutMessage()))), Math.max(0, deadline - Date.now()));
    const onAbort = () => finish(() => reject(new UnreadablePdfError(MESSAGES.cancelled)));
    signal?.addEventListener('abort', onAbort, { once: true });
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      settle();
    };
    promise.then(
      (value) => finish(() => resolve(value)),
      (error) => finish(() => reject(error)),
    );
  });
}
