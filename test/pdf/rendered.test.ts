/**
 * The fixture workbooks as LibreOffice prints them (test/fixtures/pdf-rendered, written by
 * scripts/pdf/render-fixtures.ts): the Shanxi disclosures (万元, 21 tables, no ruling lines; one table a
 * sheet, or every table stacked on one sheet; also with centred headers and titles, with ruling lines,
 * with names wrapped in a narrow column) and the six Shanghai transcriptions (ruled tables, narrative sheets). Read back, each PDF
 * holds its workbook's tables and every amount cell, word for word its paragraphs, and checking it
 * finds what checking the workbook finds, but where noted below.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { check } from '../../src/core/engine';
import { cellText, type Grid, type GridSheet } from '../../src/core/grid';
import { loadBundledCatalogs } from '../../src/data';
import { readXlsx } from '../../src/host/file/xlsx-reader';
import { nodePdfSource } from '../../src/host/pdf/node-source';
import { readPdf, type PdfReading } from '../../src/host/pdf/pdf-reader';
import { compareFindings, compareGrids } from '../../scripts/pdf/compare-grids';
import { RENDERINGS } from '../../scripts/pdf/render-fixtures';

const FIXTURES = path.join(__dirname, '../fixtures');
const DIR = path.join(FIXTURES, 'pdf-rendered');
const PDFS = readdirSync(DIR)
  .filter((name) => name.endsWith('.pdf'))
  .sort();

/** Tables in the workbook and amount cells compared, per PDF (npm run compare:pdf -- test/fixtures/pdf-rendered test/fixtures[/shanghai]). */
const EXPECTED: Record<string, { tables: number; amounts: number }> = {
  '上海市普陀区万里街道办事处-2023-部门预算.pdf': { tables: 9, amounts: 638 },
  '上海市普陀区万里街道办事处-2024-部门预算.pdf': { tables: 9, amounts: 875 },
  '上海市普陀区人民政府办公室-2025-单位预算.pdf': { tables: 9, amounts: 231 },
  '上海市普陀区商务委员会-2025-部门预算.pdf': { tables: 9, amounts: 287 },
  '上海市普陀区社会福利院-2024-单位预算.pdf': { tables: 9, amounts: 185 },
  '上海市普陀区财政局-2025-部门预算.pdf': { tables: 9, amounts: 241 },
  '永和县行政审批服务管理局-2024-单位预算公开-A.pdf': { tables: 21, amounts: 201 },
  '永和县行政审批服务管理局-2024-单位预算公开-B.pdf': { tables: 21, amounts: 202 },
  '泽州县财政局-2026-部门预算公开-A.pdf': { tables: 21, amounts: 275 },
  '泽州县财政局-2026-部门预算公开-B.pdf': { tables: 21, amounts: 276 },
  '泽州县财政局-2026-部门预算公开-A-居中表头.pdf': { tables: 21, amounts: 275 },
  '永和县行政审批服务管理局-2024-单位预算公开-A-居中表头表格线.pdf': { tables: 21, amounts: 201 },
  '泽州县财政局-2026-部门预算公开-A-名称折行.pdf': { tables: 21, amounts: 275 },
};

/**
 * Paragraphs the PDF cannot give as the workbook has them, and why.
 * - 财政局 2025: the 说明 rows “通过委托社会中介机构…充分履行财政管理职责。” and “详见单位的项目绩效目标表” print as
 *   two lines at the usual line spacing, the first filling the line: nothing on the page tells a new
 *   paragraph from a wrapped line (no indent, no spacing), so the PDF reads one paragraph.
 */
const MERGED_PARAGRAPHS: Record<string, string[]> = {
  '上海市普陀区财政局-2025-部门预算.pdf': ['通过委托社会中介机构参与会计服务、预算绩效管理服务、项目评审、信息公开监督等，促进财政部门充分履行财政管理职责。', '详见单位的项目绩效目标表'],
};

const readings = new Map<string, Promise<PdfReading>>();
function read(name: string): Promise<PdfReading> {
  if (!readings.has(name)) readings.set(name, readPdf(nodePdfSource(), readFileSync(path.join(DIR, name)), { name }));
  return readings.get(name) as Promise<PdfReading>;
}

function workbook(name: string): Promise<Grid> {
  const rendering = RENDERINGS.find((candidate) => candidate.pdf === name);
  if (!rendering) throw new Error(`${name} is not one of RENDERINGS`);
  return readXlsx(readFileSync(path.join(FIXTURES, rendering.source)));
}

it('renders each workbook listed in RENDERINGS, and expects figures of each', () => {
  expect(RENDERINGS.map((rendering) => rendering.pdf).sort()).toEqual(PDFS);
  expect(Object.keys(EXPECTED).sort()).toEqual(PDFS);
});

describe.each(PDFS)('%s against its workbook', (name) => {
  it('finds every table, and every amount cell and paragraph of the workbook', async () => {
    const { grid } = await read(name);
    const comparison = compareGrids(grid, await workbook(name));
    expect(comparison.tables.filter((table) => !table.pdfSheet).map((table) => table.title)).toEqual([]);
    expect(comparison.tables).toHaveLength(EXPECTED[name].tables);
    expect(comparison.differences).toEqual([]);
    expect(comparison.compared).toBe(EXPECTED[name].amounts);
    expect(comparison.equal).toBe(comparison.compared);
    expect(comparison.missingParagraphs).toEqual(MERGED_PARAGRAPHS[name] ?? []);
  });

  it('gives the findings the workbook gives', async () => {
    const { grid } = await read(name);
    const transcribed = await workbook(name);
    const catalogSet = await loadBundledCatalogs();
    const findings = compareFindings({ grid, report: check(grid, { catalogSet }) }, { grid: transcribed, report: check(transcribed, { catalogSet }) });
    expect({ onlyPdf: findings.onlyPdf, onlyTranscribed: findings.onlyTranscribed }).toEqual({ onlyPdf: [], onlyTranscribed: [] });
    expect(findings.same).toBeGreaterThan(0);
  });
});

describe('泽州县财政局-2026-部门预算公开-A.pdf, printed without ruling lines, in detail', () => {
  const NAME = '泽州县财政局-2026-部门预算公开-A.pdf';
  const sheet = async (title: string): Promise<GridSheet> => {
    const { grid } = await read(NAME);
    return grid.sheets.find((candidate) => candidate.name === title) as GridSheet;
  };
  const texts = (table: GridSheet) => table.rows.map((row, r) => (row ?? []).map((cell, c) => (cell ? cellText(table, r, c) : '')));

  it('reads the two-sided 收支总表 in its six columns, over two pages, its title on its own', async () => {
    const table = await sheet('2026年预算收支总表');
    const rows = texts(table);
    expect(rows.slice(0, 5)).toEqual([
      ['2026年预算收支总表'],
      ['部门名称：泽州县财政局', '', '', '', '', '单位：万元'],
      ['收入', '', '支出'],
      ['项目', '2026年', '项目', '2026年合计', '当年预算安排', '上年结转安排'],
      ['一、一般公共预算', '2541.25', '一、一般公共服务支出', '2134.19', '2134.19'],
    ]);
    expect(rows[rows.length - 1]).toEqual(['收入总计', '2541.25', '支出总计', '2541.25', '2541.25']);
    expect(table.rows[table.rows.length - 1]?.[0]?.src?.page).toBe(2);
    const income = await sheet('2026年预算收入总表');
    expect(cellText(income, 0, 0)).toBe('2026年预算收入总表');
  });

  it('puts a project’s name and its amounts in cells of their own, and an empty table’s line names under its header', async () => {
    const projects = texts(await sheet('2026年项目支出预算表（本年预算）'));
    expect(projects.find((row) => row[0] === '普法经费')).toEqual(['普法经费', '1.50', '1.50']);
    expect(projects[4]).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    const threePublic = texts(await sheet('2026年财政拨款安排“三公”经费支出预算表'));
    expect(threePublic.slice(3)).toEqual([
      ['项目', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'],
      ['因公出国（境）费'],
      ['公务接待费'],
      ['公务用车购置及运行费'],
      ['①公务用车购置费'],
      ['②公务用车运行维护费'],
      ['合计'],
      ['注：本表无数据'],
    ]);
  });

  it('reads each 绩效目标表 apart, its fields beside their values', async () => {
    const { grid } = await read(NAME);
    const forms = grid.sheets.filter((candidate) => candidate.name.startsWith('2026年项目支出绩效目标表'));
    expect(forms).toHaveLength(8);
    expect(texts(forms[7]).slice(1)).toEqual([
      ['项目名称', '泽州县财政局2026年部门预算公开报告'],
      ['主管部门及代码', '009-泽州县财政局', '', '实施单位', '泽州县财政局'],
      ['项目资金（元）', '实施期资金总额', '7,590,971.00', '年度资金总额', '7,590,971.00'],
    ]);
  });
});
