import { readFileSync } from 'node:fs';
import { nodePdfEngine } from '../../src/host/pdf/pdfjs-node';
import { readPdf } from '../../src/host/pdf/pdf-reader';
test('smoke', async () => {
  const r = await readPdf(await nodePdfEngine(), readFileSync('/work/shared/corpus/shanghai/pdf/上海市普陀区万里街道办事处-2023-部门预算.pdf'));
  expect(r.grid.sheets.length).toBe(15);
});
