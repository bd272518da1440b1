/**
 * Renders the fixture workbooks to PDF as a department would publish them from LibreOffice: every
 * sheet fitted to one landscape A4 page wide (the published PDFs fit the page), as many pages long
 * as it takes; two of them also set out in other offices' styles (RENDERINGS). Writes
 * test/fixtures/pdf-rendered/<name>.pdf, read by test/pdf/rendered.test.ts.
 * Needs soffice (Debian libreoffice-calc-nogui) and a CJK font (fonts-wqy-microhei); the PDFs are
 * committed because CI has neither.
 *   npx tsx scripts/pdf/render-fixtures.ts [part of a name …]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';

const FIXTURES = path.resolve(__dirname, '../../test/fixtures');
const OUT = path.join(FIXTURES, 'pdf-rendered');
/** How a rendering sets the tables out beyond the workbook's own layout, as other offices' templates do. */
export type TableStyle = 'centred' | 'ruled' | 'wrapped';

export interface Rendering {
  /** File name in test/fixtures/pdf-rendered. */
  pdf: string;
  /** The workbook, relative to test/fixtures. */
  source: string;
  styles: TableStyle[];
}

const SHANXI = readdirSync(FIXTURES).filter((name) => /预算公开-[AB]\.xlsx$/.test(name));
const SHANGHAI = readdirSync(path.join(FIXTURES, 'shanghai'))
  .filter((name) => name.endsWith('.xlsx'))
  .map((name) => path.join('shanghai', name));
const asIs = (source: string): Rendering => ({ pdf: path.basename(source).replace(/\.xlsx$/, '.pdf'), source, styles: [] });

/**
 * The Shanxi workbooks (one table a sheet, and every table stacked on one sheet) and the Shanghai
 * transcriptions as they are; and Shanxi workbooks set out as many templates are: headers and titles
 * centred (over two rows where merged, long headers wrapped), that with ruling lines, and names
 * wrapped in a narrow column beside figures set at the bottom of their row.
 */
export const RENDERINGS: Rendering[] = [
  ...[...SHANXI, ...SHANGHAI].sort().map(asIs),
  { pdf: '泽州县财政局-2026-部门预算公开-A-居中表头.pdf', source: '泽州县财政局-2026-部门预算公开-A.xlsx', styles: ['centred'] },
  { pdf: '永和县行政审批服务管理局-2024-单位预算公开-A-居中表头表格线.pdf', source: '永和县行政审批服务管理局-2024-单位预算公开-A.xlsx', styles: ['centred', 'ruled'] },
  { pdf: '泽州县财政局-2026-部门预算公开-A-名称折行.pdf', source: '泽州县财政局-2026-部门预算公开-A.xlsx', styles: ['wrapped'] },
];
/** Width (Excel units) a wrapped name column is narrowed to. */
const WRAPPED_WIDTH = 14;
/** ExcelJS paper size 9 is A4. */
const A4 = 9;
/** Widest column (Excel width units) that LibreOffice wraps within a landscape A4 page at 100%. */
const PAGE_COLUMN_WIDTH = 90;
/** Points a wrapped line takes, per point of font size. */
const LINE_HEIGHT = 1.4;
/** Part of a column's width that text wrapped over more than two lines fills. */
const WRAP_FILL = 0.8;

/** Excel width units a text takes: a Chinese character is two digits wide. */
function textWidth(text: string, size: number): number {
  let units = 0;
  for (const char of text) units += (char.codePointAt(0) ?? 0) <= 0xff ? 1 : 2;
  return (units * size) / 11;
}

/**
 * What a department does before printing so that nothing is cut: a column whose text runs into a
 * filled neighbour, or whose number does not fit, is widened to it (fit-to-width scales the page
 * down instead), a column
 * wider than the page is narrowed, and a row of wrapped text gets the height of its lines. Without
 * this LibreOffice cuts labels at the next cell and narrative lines at the page edge.
 */
export function makePrintable(sheet: ExcelJS.Worksheet): void {
  const needed = new Map<number, number>();
  sheet.eachRow((row) => {
    row.eachCell((cell, col) => {
      if (cell.type === ExcelJS.ValueType.Merge || cell.isMerged || cell.alignment?.wrapText) return;
      // A number that does not fit prints as ###; text runs on over an empty neighbour.
      const next = row.getCell(col + 1);
      if (cell.type !== ExcelJS.ValueType.Number && (next.value === null || next.value === '')) return;
      const shown = cell.type === ExcelJS.ValueType.Number ? `${Number(cell.value).toLocaleString('en-US', { minimumFractionDigits: 2 })}` : cell.text;
      const width = textWidth(shown, cell.font?.size ?? 11) + 2;
      needed.set(col, Math.max(needed.get(col) ?? 0, width));
    });
  });
  for (const [col, width] of needed) {
    const column = sheet.getColumn(col);
    if ((column.width ?? 8.43) < width) column.width = width;
  }
  sheet.columns?.forEach((column) => {
    if ((column.width ?? 0) > PAGE_COLUMN_WIDTH) column.width = PAGE_COLUMN_WIDTH;
  });
  sheet.eachRow((row) => {
    let height = 0;
    row.eachCell((cell, col) => {
      if (!cell.alignment?.wrapText || cell.type === ExcelJS.ValueType.Merge) return;
      const size = cell.font?.size ?? 11;
      // Over many lines LibreOffice fits fewer characters on a line than the width suggests: a row
      // too low cuts lines off (a row too high reads as a blank row).
      const [units, width] = [textWidth(cell.text, size), sheet.getColumn(col).width ?? 8.43];
      const lines = units <= 2 * width ? Math.ceil(units / width) : Math.ceil(units / (WRAP_FILL * width));
      height = Math.max(height, lines * size * LINE_HEIGHT);
    });
    if (height > (row.height ?? 15)) row.height = height;
  });
}

async function prepare(rendering: Rendering, target: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(FIXTURES, rendering.source));
  for (const sheet of workbook.worksheets) {
    sheet.pageSetup = { ...sheet.pageSetup, fitToPage: true, fitToWidth: 1, fitToHeight: 0, orientation: 'landscape', paperSize: A4 };
    // Names wrap before rows get their heights; headers are centred in the heights the rows have.
    if (rendering.styles.includes('wrapped')) wrapNames(sheet);
    makePrintable(sheet);
    styleTable(sheet, rendering.styles);
  }
  await workbook.xlsx.writeFile(target);
}

/** Table sheets of the Shanxi workbooks: title, 单位 row, header from HEADER_FROM, body, note. */
const TABLE_SHEET = /^表\d+$/;
const HEADER_FROM = 3;

/** The first row with a figure under the 单位 row (past the last row when none has one). */
function firstFigures(sheet: ExcelJS.Worksheet): number {
  for (let r = HEADER_FROM; r <= sheet.rowCount; r++) {
    const values = sheet.getRow(r).values;
    if (Array.isArray(values) && values.some((value) => typeof value === 'number')) return r;
  }
  return sheet.rowCount + 1;
}

/**
 * A table sheet (表N: title, 单位 row, header, body, note) in the given styles. Centred: the title
 * merged across the table and centred, the header rows (above the first figure; every row of an
 * empty table) centred both ways and wrapped. Ruled: thin lines round every cell under the 单位 row
 * but the note.
 */
function styleTable(sheet: ExcelJS.Worksheet, styles: TableStyle[]): void {
  if (!TABLE_SHEET.test(sheet.name) || styles.length === 0) return;
  const width = sheet.actualColumnCount;
  const figures = firstFigures(sheet);
  for (let r = HEADER_FROM; r <= sheet.rowCount; r++) {
    if (/^注/.test(sheet.getCell(r, 1).text)) continue;
    for (let c = 1; c <= width; c++) {
      const cell = sheet.getCell(r, c);
      if (styles.includes('centred') && r < figures) cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      if (styles.includes('ruled')) cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
    }
  }
  if (styles.includes('centred')) {
    if (!sheet.getCell(1, 1).isMerged && width > 1) sheet.mergeCells(1, 1, 1, width);
    sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  }
}

/** A table sheet's column of the longest names (below the header) narrowed, its names and header wrapped over lines. */
function wrapNames(sheet: ExcelJS.Worksheet): void {
  if (!TABLE_SHEET.test(sheet.name)) return;
  let column = 0;
  let longest = 0;
  for (let r = firstFigures(sheet); r <= sheet.rowCount; r++) {
    sheet.getRow(r).eachCell((cell, c) => {
      if (cell.type === ExcelJS.ValueType.String && cell.text.length > longest) [column, longest] = [c, cell.text.length];
    });
  }
  if (longest <= WRAPPED_WIDTH / 2) return;
  sheet.getColumn(column).width = WRAPPED_WIDTH;
  for (let r = HEADER_FROM; r <= sheet.rowCount; r++) {
    const cell = sheet.getCell(r, column);
    if (!/^注/.test(cell.text)) cell.alignment = { ...cell.alignment, wrapText: true, vertical: 'bottom' };
  }
}

/**
 * The PDF without its embedded font programs (two thirds of its size): text extraction needs only
 * each font's ToUnicode map and glyph widths, which stay, so pdf.js reads the same runs at the same
 * places. LibreOffice writes one classic cross-reference table and no object streams; each object is
 * rewritten at its new offset, a font program becomes null.
 */
export function withoutFontPrograms(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
  const table = /^xref\s+0\s+(\d+)\s+/.exec(text.slice(startxref));
  if (!table) throw new Error('unexpected PDF structure: no single cross-reference table');
  const count = Number(table[1]);
  const entries = text.slice(startxref + table[0].length, startxref + table[0].length + 20 * count);
  const offsets = Array.from({ length: count }, (_, i) => entries.slice(20 * i, 20 * i + 20)).map((entry) => (entry[17] === 'n' ? Number(entry.slice(0, 10)) : undefined));
  const ends = [...offsets.filter((offset): offset is number => offset !== undefined), startxref].sort((a, b) => a - b);
  const bodies = offsets.map((offset) => (offset === undefined ? undefined : text.slice(offset, ends[ends.indexOf(offset) + 1])));
  const programs = new Set<number>();
  bodies.forEach((body, i) => {
    if (!body?.includes('/FontDescriptor')) return;
    bodies[i] = body.replace(/\/FontFile[23]?\s+(\d+)\s+0\s+R/, (_, ref: string) => {
      programs.add(Number(ref));
      return '';
    });
  });
  for (const number of programs) bodies[number] = `${number} 0 obj\nnull\nendobj\n`;
  let out = text.slice(0, Math.min(...ends));
  const newOffsets = bodies.map((body) => {
    if (body === undefined) return undefined;
    const at = out.length;
    out += body;
    return at;
  });
  const xrefAt = out.length;
  out += `xref\n0 ${count}\n`;
  for (const offset of newOffsets) out += offset === undefined ? '0000000000 65535 f \n' : `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += text.slice(text.lastIndexOf('trailer'), text.lastIndexOf('startxref'));
  out += `startxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const work = mkdtempSync(path.join(tmpdir(), 'render-fixtures-'));
  try {
    const only = process.argv.slice(2);
    for (const rendering of RENDERINGS.filter(({ pdf }) => only.length === 0 || only.some((word) => pdf.includes(word)))) {
      const prepared = path.join(work, rendering.pdf.replace(/\.pdf$/, '.xlsx'));
      await prepare(rendering, prepared);
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'pdf', '--outdir', work, prepared], { stdio: 'ignore' });
      writeFileSync(path.join(OUT, rendering.pdf), withoutFontPrograms(readFileSync(path.join(work, rendering.pdf))));
      console.log(`${rendering.pdf}\t${Math.round(statSync(path.join(OUT, rendering.pdf)).size / 1024)} KB`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
