/**
 * pdf.js in the browser preview: loaded only when a PDF is opened, its worker and CMaps served by the
 * page itself from assets/pdfjs (copied there by webpack), never from a CDN.
 */
import type { PdfEngine } from '../host/pdf/engine';

const ASSETS = 'assets/pdfjs/';

let engine: Promise<PdfEngine> | undefined;

export function browserPdfEngine(): Promise<PdfEngine> {
  engine ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((pdfjs) => {
    const base = new URL(ASSETS, document.baseURI);
    pdfjs.GlobalWorkerOptions.workerSrc = new URL('pdf.worker.min.mjs', base).href;
    return { pdfjs, cMapUrl: new URL('cmaps/', base).href };
  });
  return engine;
}
