/**
 * PDF reading speed in one process: the six published disclosures of test/fixtures/pdf read into grids
 * (pdf.js text and operator lists on the PDF thread, layout, grid), after a warm-up round that loads pdf.js.
 * The CPU figure counts every thread of the process (pdf.js works on a thread of its own).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { nodePdfSource } from '../../src/host/pdf/node-source';
import { readPdf } from '../../src/host/pdf/pdf-reader';
import { median, round, timeAlternating } from './stats';

const FIXTURES = path.resolve(__dirname, '..', '..', 'test', 'fixtures', 'pdf');

export interface PdfFigures {
  pdfPagesPerSecond: number;
  details: {
    files: number;
    pages: number;
    rounds: number;
    /** Median wall-clock milliseconds to read all the files once. */
    medianMs: number;
    /** The same work by CPU time: what an idle core would give. */
    cpuPagesPerSecond: number;
    /** The first read of one file, starting the PDF thread and loading pdf.js (a CLI run on one PDF pays this once). */
    firstFileMs: number;
  };
  notes: string[];
}

export async function benchPdf(rounds: number): Promise<PdfFigures> {
  const files = readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.pdf'))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(path.join(FIXTURES, name)) }));
  const coldStart = performance.now();
  const source = nodePdfSource();
  await readPdf(source, files[0].bytes);
  const firstFileMs = performance.now() - coldStart;
  let pages = 0;
  const readAll = async () => {
    pages = 0;
    for (const file of files) pages += (await readPdf(source, file.bytes, { name: file.name })).pageCount;
  };
  const [timings] = await timeAlternating(rounds, [readAll], 1);
  const wallMs = median(timings.wall);
  const cpuMs = median(timings.cpu);
  return {
    pdfPagesPerSecond: round(pages / (wallMs / 1000), 1),
    details: { files: files.length, pages, rounds, medianMs: round(wallMs, 1), cpuPagesPerSecond: round(pages / (cpuMs / 1000), 1), firstFileMs: round(firstFileMs, 1) },
    notes: [],
  };
}
