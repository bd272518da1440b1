/**
 * The six published Shanghai PDFs (test/fixtures/pdf): every budget table is found, the narrative is
 * read, and against their workbooks in test/fixtures/shanghai (four transcribed cell by cell, two built
 * in the 2026 template's layout) every amount and narrative paragraph is the same, and checking the PDF
 * finds what checking the workbook finds, but where the workbook differs from the print. Cells
 * remember their page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { check } from '../../src/core/engine';
import { cellText, type Grid, type GridSheet } from '../../src/core/grid';
import { readWorkbook } from '../../src/core/tables';
import { loadBundledCatalogs } from '../../src/data';
import { readXlsx } from '../../src/host/file/xlsx-reader';
import { nodePdfSource } from '../../src/host/pdf/node-source';
import { readPdf, type PdfReading } from '../../src/host/pdf/pdf-reader';
import { compareFindings, compareGrids } from '../../scripts/pdf/compare-grids';

const DIR = path.join(__dirname, '../fixtures/pdf');
const PDFS = readdirSync(DIR)
  .filter((name) => name.endsWith('.pdf'))
  .sort();
const TRANSCRIPTIONS = path.join(__dirname, '../fixtures/shanghai');

/** The nine tables of the Shanghai template, as their titles end. */
const SHANGHAI_TABLES = [
  '财务收支预算总表',
  '收入预算总表',
  '支出预算总表',
  '财政拨款收支预算总表',
  '一般公共预算支出功能分类预算表',
  '政府性基金预算支出功能分类预算表',
  '国有资本经营预算支出功能分类预算表',
  '一般公共预算基本支出部门预算经济分类预算表',
  '“三公”经费和机关运行经费预算表',
];

/** Amount cells compared and found equal per PDF (npm run compare:pdf -- test/fixtures/pdf test/fixtures/shanghai prints them). */
const COMPARED: Record<string, number> = {
  '上海市普陀区万里街道办事处-2023-部门预算.pdf': 638,
  '上海市普陀区万里街道办事处-2024-部门预算.pdf': 875,
  '上海市普陀区人民政府办公室-2025-单位预算.pdf': 231,
  '上海市普陀区商务委员会-2025-部门预算.pdf': 287,
  '上海市普陀区社会福利院-2024-单位预算.pdf': 185,
  '上海市普陀区财政局-2025-部门预算.pdf': 241,
};

/**
 * Findings that differ, and why: both are the workbook's departures from the printed PDF.
 * - 万里街道 2024: the PDF prints “注:本部门2024年无“三公”经费和机关运行经费预算，故本表为空表。” under a
 *   三公 table that holds amounts; the transcription leaves the note out. The note contradicts the
 * table; the combined sheet is read as two tables, the note is said once.
 * - 财政局 2025: the transcription's 说明 holds the 编制说明 twice (rows 17–31 repeat rows 2–16); the PDF
 *   prints it once, so the two item errors the copy repeats are the transcription's alone.
 * - 万里街道 2023 and 2024, 社会福利院 2024, 财政局 2025: the PDFs print a 空表 note under the empty 政府性基金
 *   and 国有资本经营 tables (below their blank form lines and 合计 row); the transcriptions leave the notes
 *   out, so only the workbooks lack them. 财政局 2025 prints the 政府性基金 note under the 国有资本经营
 *   table too: a copied note.
 */
const DIFFERENCES: Record<string, { onlyPdf: string[]; onlyTranscribed: string[] }> = {
  '上海市普陀区万里街道办事处-2023-部门预算.pdf': {
    onlyPdf: [],
    onlyTranscribed: [
      'warning meta/no-data-note 2023年部门政府性基金预算支出功能分类预算表!2023年部门政府性基金预算支出功能分类预算表@A',
      'warning meta/no-data-note 2023年部门国有资本经营预算支出功能分类预算表!2023年部门国有资本经营预算支出功能分类预算表@A',
    ],
  },
  '上海市普陀区万里街道办事处-2024-部门预算.pdf': {
    onlyPdf: ['error meta/no-data-note 「注:本部门2024年无“三公”经费和机关运行经费预算，故本表为空表。」'],
    onlyTranscribed: [
      'warning meta/no-data-note 2024年部门政府性基金预算支出功能分类预算表!2024年部门政府性基金预算支出功能分类预算表@A',
      'warning meta/no-data-note 2024年部门国有资本经营预算支出功能分类预算表!2024年部门国有资本经营预算支出功能分类预算表@A',
    ],
  },
  '上海市普陀区社会福利院-2024-单位预算.pdf': {
    onlyPdf: [],
    onlyTranscribed: [
      'warning meta/no-data-note 2024年预算单位政府性基金预算支出功能分类预算表!2024年预算单位政府性基金预算支出功能分类预算表@A',
      'warning meta/no-data-note 2024年预算单位国有资本经营预算支出功能分类预算表!2024年预算单位国有资本经营预算支出功能分类预算表@A',
    ],
  },
  '上海市普陀区财政局-2025-部门预算.pdf': {
    onlyPdf: ['warning meta/no-data-note 「注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。」'],
    onlyTranscribed: [
      'warning meta/no-data-note 2025年部门政府性基金预算支出功能分类预算表!2025年部门政府性基金预算支出功能分类预算表@A',
      'warning meta/no-data-note 2025年部门国有资本经营预算支出功能分类预算表!2025年部门国有资本经营预算支出功能分类预算表@A',
      'error narrative/items 「7.“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）”887.36万元，主要用于缴纳职业年金支出。」',
      'error narrative/items 「8.“社会保障和就业支出（类）行政事业单位养老支出（款）其它行政事业单位养老支出（项）”0.96万元，主要用于缴纳养老支出。」',
    ],
  },
};

const readings = new Map<string, Promise<PdfReading>>();
function read(name: string): Promise<PdfReading> {
  if (!readings.has(name)) readings.set(name, readPdf(nodePdfSource(), readFileSync(path.join(DIR, name)), { name }));
  return readings.get(name) as Promise<PdfReading>;
}

function sheetTitled(grid: Grid, ending: string): GridSheet[] {
  return grid.sheets.filter((sheet) => cellText(sheet, 0, 0).endsWith(ending));
}

describe.each(PDFS)('%s', (name) => {
  it('finds each of the nine budget tables once, as a sheet named after its title with the title, 编制 and 单位 rows first', async () => {
    const { grid } = await read(name);
    for (const ending of SHANGHAI_TABLES) {
      const sheets = sheetTitled(grid, ending);
      expect(sheets.map((sheet) => sheet.name)).toHaveLength(1);
      const [sheet] = sheets;
      expect(sheet.name).toBe(cellText(sheet, 0, 0).replace(/\s+/g, '').slice(0, 31));
      expect(cellText(sheet, 1, 0)).toMatch(/^编制(部门|单位)：/);
      expect(sheet.rows[1]?.some((cell) => typeof cell?.v === 'string' && /^单位[:：](元|万元)$/.test(cell.v))).toBe(true);
    }
  });

  it('reads the narrative, one paragraph a row, without page numbers or the table of contents', async () => {
    const { grid } = await read(name);
    const narrative = grid.sheets.find((sheet) => sheet.name === '说明') as GridSheet;
    const paragraphs = narrative.rows.map((row) => String(row?.[0]?.v ?? ''));
    expect(paragraphs.some((text) => /预算编制说明$/.test(text))).toBe(true);
    expect(paragraphs.some((text) => /^\d{4}年，.+收入预算[\d,.]+万元，其中：财政拨款收入[\d,.]+万元/.test(text))).toBe(true);
    expect(paragraphs.some((text) => text.startsWith('其他相关情况说明'))).toBe(true);
    expect(paragraphs.filter((text) => /^目\s*录$|^\d+$/.test(text))).toEqual([]);
    // Text a clipping path hides (财政局 pp. 7–8, 商务委员会 pp. 3–4 hold their neighbour's lines) is not read.
    expect(paragraphs.filter((text, i) => text.length >= 20 && paragraphs.indexOf(text) !== i)).toEqual([]);
    expect(narrative.rows.every((row) => row?.length === 1 && row[0]?.src?.page !== undefined)).toBe(true);
  });
});

function transcription(name: string): Promise<Grid> {
  return readXlsx(readFileSync(path.join(TRANSCRIPTIONS, name.replace(/\.pdf$/, '.xlsx'))));
}

describe.each(PDFS)('%s against its workbook', (name) => {
  it('holds every transcribed amount, cell for cell, and every transcribed paragraph', async () => {
    const { grid } = await read(name);
    const transcribed = await transcription(name);
    const comparison = compareGrids(grid, transcribed);
    expect(comparison.tables.filter((table) => !table.pdfSheet)).toEqual([]);
    expect(comparison.tables).toHaveLength(9);
    expect(comparison.differences).toEqual([]);
    expect(comparison.compared).toBe(COMPARED[name]);
    expect(comparison.equal).toBe(comparison.compared);
    expect(comparison.missingParagraphs).toEqual([]);
  });

  it('gives the findings the workbook gives, but where the workbook departs from the print', async () => {
    const { grid } = await read(name);
    const transcribed = await transcription(name);
    const catalogSet = await loadBundledCatalogs();
    const findings = compareFindings({ grid, report: check(grid, { catalogSet }) }, { grid: transcribed, report: check(transcribed, { catalogSet }) });
    expect({ onlyPdf: findings.onlyPdf, onlyTranscribed: findings.onlyTranscribed }).toEqual(DIFFERENCES[name] ?? { onlyPdf: [], onlyTranscribed: [] });
    expect(findings.same).toBeGreaterThan(0);
  });
});

describe('上海市普陀区万里街道办事处-2023-部门预算.pdf in detail', () => {
  const NAME = '上海市普陀区万里街道办事处-2023-部门预算.pdf';

  it('joins a table that runs over four pages, its repeated header dropped, and keeps each row’s page', async () => {
    const { grid } = await read(NAME);
    const [sheet] = sheetTitled(grid, '一般公共预算支出功能分类预算表');
    const texts = sheet.rows.map((row) => (row ?? []).map((cell) => cell?.v ?? null));
    expect(texts.filter((row) => row[0] === '功能分类科目编码')).toHaveLength(1);
    expect(texts[texts.length - 1]).toEqual(['合计', null, null, null, 164978640, 99406297, 65572343]);
    const pages = new Set(sheet.rows.map((row) => row?.find((cell) => cell)?.src?.page));
    expect([...pages].sort()).toEqual([20, 21, 22, 23]);
    const row = sheet.rows.findIndex((r) => r?.[0]?.v === '212' && r?.[1]?.v === '01' && r?.[2]?.v === '99');
    expect(sheet.rows[row]?.[3]).toMatchObject({ v: '其他城乡社区管理事务支出', src: { page: 23 } });
  });

  it('keeps merged header cells merged and codes as text, amounts as numbers shown as published', async () => {
    const { grid } = await read(NAME);
    const [sheet] = sheetTitled(grid, '收入预算总表');
    const merged = sheet.merges.map((m) => cellText(sheet, m.top, m.left));
    expect(merged).toEqual(expect.arrayContaining(['2023年部门收入预算总表', '项目', '收入预算', '功能分类科目编码', '功能分类科目名称', '事业单位经营收入']));
    expect(sheet.merges).toContainEqual({ top: 3, bottom: 3, left: 0, right: 2 });
    expect(sheet.merges).toContainEqual({ top: 3, bottom: 4, left: 7, right: 7 });
    expect(sheet.rows[7]?.slice(0, 6)).toEqual([
      expect.objectContaining({ v: '201' }),
      expect.objectContaining({ v: '05' }),
      expect.objectContaining({ v: '06' }),
      expect.objectContaining({ v: '统计管理' }),
      expect.objectContaining({ v: 26300, t: '26,300', nf: '#,##0' }),
      expect.objectContaining({ v: 26300, t: '26,300', nf: '#,##0' }),
    ]);
  });

  it('keeps a note under an empty table and the 万元 table’s decimals', async () => {
    const { grid } = await read(NAME);
    const [fund] = sheetTitled(grid, '政府性基金预算支出功能分类预算表');
    expect(cellText(fund, fund.rows.length - 1, 0)).toBe('注：本部门2023年无政府性基金预算财政拨款安排的预算，故本表为空表。');
    const [threePublic] = sheetTitled(grid, '“三公”经费和机关运行经费预算表');
    expect(cellText(threePublic, 1, 6)).toBe('单位:万元');
    expect(threePublic.rows[5]?.map((cell) => cell?.v)).toEqual([22.91, 0, 1.35, 21.56, 0, 21.56, 786.09]);
  });

  it('names repeated titles apart (one 绩效目标表 per project) and reads them as tables, not as one', async () => {
    const { grid } = await read(NAME);
    const forms = grid.sheets.filter((sheet) => sheet.name.startsWith('财政项目支出绩效目标填报表'));
    expect(forms.map((sheet) => sheet.name)).toEqual([
      '财政项目支出绩效目标填报表',
      '财政项目支出绩效目标填报表 (2)',
      '财政项目支出绩效目标填报表 (3)',
      '财政项目支出绩效目标填报表 (4)',
      '财政项目支出绩效目标填报表 (5)',
    ]);
    expect(forms.map((sheet) => sheet.rows[0]?.[0]?.src?.page)).toEqual([31, 32, 33, 34, 35]);
  });

  it('is a disclosure the checker recognises', async () => {
    const { grid } = await read(NAME);
    expect(readWorkbook(grid).tables.length).toBeGreaterThan(0);
  });
});
