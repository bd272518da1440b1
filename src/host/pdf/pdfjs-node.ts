/**
 * pdf.js in Node: the legacy build (it supports Node 20), with its worker code loaded into this
 * thread so nothing is fetched or spawned. The CMaps are read from the installed package. pdf.js
 * takes the DOM classes Node lacks (DOMMatrix) from its optional dependency @napi-rs/canvas, which
 * npm installs with it.
 */
import path from 'node:path';
import type { PdfEngine } from './engine';

let engine: Promise<PdfEngine> | undefined;

export function nodePdfEngine(): Promise<PdfEngine> {
  engine ??= load();
  return engine;
}

async function load(): Promise<PdfEngine> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]).catch((error: unknown) => {
    throw new Error(`无法加载 PDF 读取组件 pdf.js（${error instanceof Error ? error.message : String(error)}），请在项目目录运行 npm ci 重新安装依赖。`);
  });
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
