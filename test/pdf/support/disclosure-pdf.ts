/**
 * Synthetic disclosure PDFs for the reader's tests: ruled tables with merged cells drawn as office
 * exports draw them (a line per cell side, none inside a merged area), wrapped narrative, page numbers.
 */
import type { PdfLine, PdfPage, PdfText } from './pdf-writer';

export interface Merge {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface RuledTable {
  x: number;
  y: number;
  widths: number[];
  rowHeight: number;
  rows: Array<Array<string | null>>;
  merges?: Merge[];
  size?: number;
}

/** Lines and texts of a ruled table: every cell side is drawn, except those inside a merged area. */
export function drawTable(table: RuledTable): { texts: PdfText[]; lines: PdfLine[] } {
  const size = table.size ?? 10;
  const xs = table.widths.reduce((acc, w) => [...acc, acc[acc.length - 1] + w], [table.x]);
  const ys = table.rows.map((_, r) => table.y + (r + 1) * table.rowHeight);
  ys.unshift(table.y);
  const areaOf = (r: number, c: number) => table.merges?.find((m) => r >= m.row && r < m.row + m.rows && c >= m.col && c < m.col + m.cols) ?? { row: r, col: c, rows: 1, cols: 1 };
  const lines: PdfLine[] = [];
  for (let r = 0; r <= table.rows.length; r++) {
    for (let c = 0; c < table.widths.length; c++) {
      const inside = r > 0 && r < table.rows.length && areaOf(r - 1, c) === areaOf(r, c) && areaOf(r, c).rows > 1;
      if (!inside) lines.push({ x1: xs[c], y1: ys[r], x2: xs[c + 1], y2: ys[r] });
    }
  }
  for (let c = 0; c <= table.widths.length; c++) {
    for (let r = 0; r < table.rows.length; r++) {
      const inside = c > 0 && c < table.widths.length && areaOf(r, c - 1) === areaOf(r, c) && areaOf(r, c).cols > 1;
      if (!inside) lines.push({ x1: xs[c], y1: ys[r], x2: xs[c], y2: ys[r + 1] });
    }
  }
  const texts: PdfText[] = [];
  table.rows.forEach((row, r) =>
    row.forEach((text, c) => {
      if (!text) return;
      const area = areaOf(r, c);
      const middle = (ys[area.row] + ys[area.row + area.rows]) / 2;
      texts.push({ x: xs[area.col] + 3, y: middle + size * 0.35, size, text });
    }),
  );
  return { texts, lines };
}

/** Text wrapped at `perLine` characters, the first line indented by two characters. */
export function paragraph(text: string, x: number, y: number, perLine: number, size = 12): PdfText[] {
  const out: PdfText[] = [];
  let rest = text;
  for (let line = 0; rest; line++) {
    const room = line === 0 ? perLine - 2 : perLine;
    out.push({ x: line === 0 ? x + 2 * size : x, y: y + line * size * 1.5, size, text: rest.slice(0, room) });
    rest = rest.slice(room);
  }
  return out;
}

export function pageNumber(n: number, page: { width: number; height: number } = { width: 842, height: 595 }): PdfText {
  return { x: page.width / 2 - 5, y: page.height - 20, size: 9, text: `- ${n} -` };
}

/** A 收支总表 whose rows run over two pages (the second without the header), and its narrative. */
export function summaryDisclosure(options: { scanPage?: boolean; totals?: [number, number] } = {}): PdfPage[] {
  const [income, expenditure] = options.totals ?? [300, 300];
  const header = [
    ['收入', null, '支出', null],
    ['项目', '预算数', '项目', '预算数'],
  ];
  const widths = [200, 120, 200, 120];
  const first = drawTable({
    x: 60,
    y: 110,
    widths,
    rowHeight: 24,
    rows: [...header, ['一般公共预算拨款收入', '200.00', '一般公共服务支出', '120.00'], ['政府性基金预算拨款收入', '100.00', '教育支出', '180.00']],
    merges: [
      { row: 0, col: 0, rows: 1, cols: 2 },
      { row: 0, col: 2, rows: 1, cols: 2 },
    ],
  });
  const second = drawTable({
    x: 60,
    y: 60,
    widths,
    rowHeight: 24,
    rows: [
      ['本年收入合计', '300.00', '本年支出合计', '300.00'],
      ['收入总计', income.toFixed(2), '支出总计', expenditure.toFixed(2)],
    ],
  });
  const narrative = '2026年，测试局收入预算300.00万元，其中：一般公共预算拨款收入200.00万元，政府性基金预算拨款收入100.00万元。支出预算300.00万元，比上年增加10.00万元。';
  const pages: PdfPage[] = [
    {
      texts: [{ x: 360, y: 60, size: 18, text: '部门预算编制说明' }, ...paragraph(narrative, 60, 110, 50), ...paragraph('一、单位名称：测试局。', 60, 200, 50), pageNumber(1)],
    },
    {
      texts: [
        { x: 330, y: 60, size: 18, text: '2026年部门收支预算总表' },
        { x: 60, y: 95, size: 10, text: '编制部门：测试局' },
        { x: 640, y: 95, size: 10, text: '单位：万元' },
        ...first.texts,
        pageNumber(2),
      ],
      lines: first.lines,
    },
    { texts: [...second.texts, pageNumber(3)], lines: second.lines },
  ];
  if (options.scanPage) pages.push({ image: true });
  return pages;
}
