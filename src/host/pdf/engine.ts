/**
 * Where pages come from. A PdfSource reads a PDF's pages (text runs and ruling lines) with pdf.js:
 * in the browser on the page's pdf.js (src/preview/pdf-engine.ts), in Node on a worker thread of its
 * own (node-source.ts). Both hand the reader the same plain data.
 */
import type { PageContent } from './layout/geometry';

export type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

export interface PdfEngine {
  pdfjs: PdfjsModule;
  /** Folder (Node path or URL, ending in "/") of pdf.js's packed CMaps, for fonts that rely on them. */
  cMapUrl?: string;
}

export interface PageProgress {
  done: number;
  total: number;
}

export interface PdfSource {
  /**
   * Every page of the PDF, in order. Rejects with UnreadablePdfError (a Chinese message) when the file
   * cannot be read; stops its work when the signal aborts.
   */
  readPages(bytes: Uint8Array, options: { signal: AbortSignal; onProgress?(progress: PageProgress): void }): Promise<PageContent[]>;
}
