/**
 * pdf.js in Node: the legacy build (it supports Node 20), with its worker code loaded into this
 * thread so nothing is fetched or spawned. The CMaps are read from the installed package.
 */
import path from 'node:path';
import type { PdfEngine } from './engine';

let engine: Promise<PdfEngine> | undefined;

export function nodePdfEngine(): Promise<PdfEngine> {
  engine ??= load();
  return engine;
}

async function load(): Promise<PdfEngine> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
  // pdf.js runs its "fake worker" in this thread when it finds the worker module here.
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  return { pdfjs, cMapUrl: cMapFolder() };
}

function cMapFolder(): string | undefined {
  try {
    return `${path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps')}${path.sep}`;
  } catch {
    return undefined;
  }
}
