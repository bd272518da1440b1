/**
 * readPdf on PDFs written for the purpose (test/pdf/support): a table over two pages, merged header
 * cells, page numbers, wrapped narrative; and the PDFs it must refuse with a Chinese message —
 * scans, encrypted, damaged, not a PDF, too slow — without crashing or hanging.
 */
import { cellText } from '../../src/core/grid';
import type { PdfSource } from '../../src/host/pdf/engine';
import { MESSAGES, UnreadablePdfError } from '../../src/host/pdf/errors';
import { nodePdfSource, threadHeapMb } from '../../src/host/pdf/node-source';
import { readPdf } from '../../src/host/pdf/pdf-reader';
import { summaryDisclosure } from './support/disclosure-pdf';
import { buildPdf } from './support/pdf-writer';

function read(bytes: Uint8Array, options = {}) {
  return readPdf(nodePdfSource(), bytes, options);
}

async function failure(bytes: Uint8Array, options = {}): Promise<UnreadablePdfError> {
  const error = await read(bytes, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnreadablePdfError);
  return error as UnreadablePdfError;
}

describe('a table over two pages, with a merged header and page numbers', () => {
  it('is one sheet named after its title: title, 编制部门 / 单位, header, rows of both pages', async () => {
    const { grid, pageCount, textlessPages } = await read(buildPdf(summaryDisclosure()));
    expect(pageCount).toBe(3);
    expect(textlessPages).toEqual([]);
    expect(grid.sheets.map((sheet) => sheet.name)).toEqual(['2026年部门收支预算总表', '说明']);
    const [table] = grid.sheets;
    const values = table.rows.map((row) => (row ?? []).map((cell) => cell?.v ?? null));
    expect(values).toEqual([
      ['2026年部门收支预算总表'],
      ['编制部门：测试局', null, null, '单位：万元'],
      ['收入', null, '支出'],
      ['项目', '预算数', '项目', '预算数'],
      ['一般公共预算拨款收入', 200, '一般公共服务支出', 120],
      ['政府性基金预算拨款收入', 100, '教育支出', 180],
      ['本年收入合计', 300, '本年支出合计', 300],
      ['收入总计', 300, '支出总计', 300],
    ]);
    expect(table.merges).toEqual([
      { top: 0, bottom: 0, left: 0, right: 3 },
      { top: 2, bottom: 2, left: 0, right: 1 },
      { top: 2, bottom: 2, left: 2, right: 3 },
    ]);
    expect(table.rows[4]?.[1]).toMatchObject({ v: 200, t: '200.00', nf: '0.00' });
  });

  it('remembers the page and box each cell was printed in', async () => {
    const { grid } = await read(buildPdf(summaryDisclosure()));
    const [table] = grid.sheets;
    expect(table.rows.map((row) => row?.[0]?.src?.page)).toEqual([2, 2, 2, 2, 2, 2, 3, 3]);
    // 支出总计 on page 3: its ruled cell, second row of the table drawn at (60, 60) with columns 200, 120, 200, 120 wide.
    expect(table.rows[7]?.[2]?.src).toEqual({ page: 3, x: 380, y: 84, w: 200, h: 24 });
  });

  it('drops page numbers and joins wrapped lines into paragraphs', async () => {
    const { grid } = await read(buildPdf(summaryDisclosure()));
    const narrative = grid.sheets[1];
    expect(narrative.rows.map((row) => row?.[0]?.v)).toEqual([
      '部门预算编制说明',
      '2026年，测试局收入预算300.00万元，其中：一般公共预算拨款收入200.00万元，政府性基金预算拨款收入100.00万元。支出预算300.00万元，比上年增加10.00万元。',
      '一、单位名称：测试局。',
    ]);
    expect(grid.sheets.flatMap((sheet) => sheet.rows.flatMap((row) => (row ?? []).map((cell) => String(cell?.v ?? ''))))).not.toContain('- 2 -');
  });

  it('reads only printed text: none that a clipping path hides or that lies off the page', async () => {
    const { grid } = await read(
      buildPdf([
        {
          clip: { x: 40, y: 100, w: 760, h: 100 },
          texts: [
            { x: 60, y: 90, size: 12, text: '上一页末行，被裁去。' },
            { x: 84, y: 130, size: 12, text: '一、印出的段落。' },
            { x: 84, y: 250, size: 12, text: '下一页首行，被裁去。' },
            { x: 84, y: 640, size: 12, text: '页面之外的文字。' },
          ],
        },
      ]),
    );
    expect(grid.sheets.map((sheet) => sheet.rows.map((row) => row?.[0]?.v))).toEqual([['一、印出的段落。']]);
  });

  it('names a page that holds only an image, and reads the rest', async () => {
    const { grid, textlessPages } = await read(buildPdf(summaryDisclosure({ scanPage: true })));
    expect(textlessPages).toEqual([4]);
    expect(cellText(grid.sheets[0], 7, 3)).toBe('300.00');
  });

  it('leaves the built-ins of the checking process alone: pdf.js and its polyfills live on the PDF thread', async () => {
    const [push, parse, stringify] = [Array.prototype.push, JSON.parse, JSON.stringify];
    await read(buildPdf(summaryDisclosure()));
    expect(Array.prototype.push).toBe(push);
    expect(JSON.parse).toBe(parse);
    expect(JSON.stringify).toBe(stringify);
    expect(['pdfjsWorker', 'pdfjsLib', 'DOMMatrix'].filter((name) => name in globalThis)).toEqual([]);
  });

  it('gives the PDF thread no more heap than its checking process was given (the CLI shares free memory between processes)', () => {
    expect(threadHeapMb(512 * 1024 * 1024)).toBe(512);
    expect(threadHeapMb(8 * 1024 * 1024 * 1024)).toBe(2048);
  });

  it('leaves the caller’s bytes as they were (pdf.js takes its own copy)', async () => {
    const bytes = buildPdf(summaryDisclosure());
    const before = Buffer.from(bytes);
    await read(bytes);
    expect(Buffer.from(bytes).equals(before)).toBe(true);
  });
});

describe('PDFs that cannot be read end with a Chinese message', () => {
  it('a scan: pages that hold only an image', async () => {
    const error = await failure(buildPdf([{ image: true }, { image: true }]));
    expect(error.message).toBe(MESSAGES.noText(2, true));
    expect(error.message).toContain('没有文字层（可能是扫描件）');
  });

  it('a PDF with nothing on its pages', async () => {
    expect((await failure(buildPdf([{}]))).message).toBe(MESSAGES.noText(1, false));
  });

  it('encrypted with an open password; an empty password opens as usual', async () => {
    expect((await failure(buildPdf(summaryDisclosure(), { userPassword: '1234' }))).message).toBe(MESSAGES.encrypted);
    const { grid } = await read(buildPdf(summaryDisclosure(), { userPassword: '' }));
    expect(grid.sheets[0].name).toBe('2026年部门收支预算总表');
  });

  it.each([
    ['cut in half', (pdf: Buffer) => pdf.subarray(0, Math.floor(pdf.length / 2))],
    ['only the header', () => Buffer.from('%PDF-1.7\n')],
    ['garbage after the header', () => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(4000, 0x37)])],
  ])('damaged: %s', async (_, damage) => {
    const error = await failure(damage(buildPdf(summaryDisclosure())));
    expect(error.message).toMatch(/^PDF 文件已损坏或不完整，无法读取/);
  });

  it('not a PDF at all', async () => {
    expect((await failure(Buffer.from('PK\u0003\u0004 不是 PDF'))).message).toBe(MESSAGES.notPdf);
  });

  it('a reading that outlasts its time limit stops, and the source is told to stop', async () => {
    let stopped = false;
    const stalled: PdfSource = {
      readPages: (_, { signal, onProgress }) => {
        onProgress?.({ done: 2, total: 40 });
        signal.addEventListener('abort', () => (stopped = true));
        return new Promise(() => undefined);
      },
    };
    const started = Date.now();
    const error = await readPdf(stalled, buildPdf(summaryDisclosure()), { timeLimitMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadablePdfError);
    expect((error as Error).message).toBe(MESSAGES.timeout(0, 2, 40));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(stopped).toBe(true);
  });

  it('a PDF thread stopped in the middle of a reading leaves the next reading a fresh thread', async () => {
    const controller = new AbortController();
    const reading = read(buildPdf(summaryDisclosure()), { signal: controller.signal });
    controller.abort();
    expect(((await reading.catch((e: unknown) => e)) as Error).message).toBe(MESSAGES.cancelled);
    const { grid } = await read(buildPdf(summaryDisclosure()));
    expect(grid.sheets[0].name).toBe('2026年部门收支预算总表');
  });

  it('a cancelled reading stops with its own message', async () => {
    const controller = new AbortController();
    controller.abort();
    expect((await failure(buildPdf(summaryDisclosure()), { signal: controller.signal })).message).toBe(MESSAGES.cancelled);
  });
});
