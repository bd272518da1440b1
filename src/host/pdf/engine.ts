/**
 * The pdf.js instance a reader uses. Node (CLI, tests) and the browser load pdf.js differently —
 * see pdfjs-node.ts and src/preview/pdf-engine.ts — and hand the reader the same shape.
 */
export type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

export interface PdfEngine {
  pdfjs: PdfjsModule;
  /** Folder (Node path or URL, ending in "/") of pdf.js's packed CMaps, for fonts that rely on them. */
  cMapUrl?: string;
}
