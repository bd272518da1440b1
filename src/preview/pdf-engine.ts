/**
 * pdf.js in the browser preview: loaded only when a PDF is opened, its worker (which does the parsing
 * off the page's thread) and CMaps served by the page itself from assets/pdfjs (copied there by
 * webpack), never from a CDN.
 */
import type { PdfEngine, PdfSource } from '../host/pdf/engine';
import { pdfjsSource } from '../host/pdf/extract';

const ASSETS = 'assets/pdfjs/';

let engine: Promise<PdfEngine> | undefined;

export async function browserPdfSource(): Promise<PdfSource> {
  return pdfjsSource(await browserPdfEngine());
}

function browserPdfEngine(): Promise<PdfEngine> {
  engine ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((pdfjs) => {
    const base = new URL(ASSETS, document.baseURI);
    pdfjs.GlobalWorkerOptions.workerSrc = new URL('pdf.worker.min.mjs', base).href;
    return { pdfjs, cMapUrl: new URL('cmaps/', base).href };
  });
  return engine;
}
