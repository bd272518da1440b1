/**
 * Reads each published PDF that has a transcription and compares the two cell by cell:
 *   npx tsx scripts/pdf/compare-transcriptions.ts [pdf-folder] [xlsx-folder] [--json]
 * Defaults to the Shanghai corpus (../shared/corpus/shanghai: four transcriptions); with
 * `test/fixtures/pdf test/fixtures/shanghai` all six PDFs are compared (two workbooks in the template's
 * layout); with `test/fixtures/pdf-rendered test/fixtures` (or `… test/fixtures/shanghai`) the workbooks
 * rendered by LibreOffice (scripts/pdf/render-fixtures.ts); workbooks without a PDF are skipped. Prints tables found, cells compared, cells equal, every difference, every transcribed
 * paragraph the PDF's narrative lacks, and the findings that checking one gives and checking the
 * other does not (compared by rule and place: compare-grids.ts compareFindings).
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { check } from '../../src/core/engine';
import { loadBundledCatalogs } from '../../src/data';
import { readXlsx } from '../../src/host/file/xlsx-reader';
import { nodePdfSource } from '../../src/host/pdf/node-source';
import { readPdf } from '../../src/host/pdf/pdf-reader';
import { compareFindings, compareGrids, type FindingComparison, type GridComparison } from './compare-grids';

const CORPUS = path.resolve(__dirname, '../../../shared/corpus/shanghai');

export interface FileComparison {
  file: string;
  comparison: GridComparison;
  findings: FindingComparison;
}

export async function compareFolder(pdfDir: string, xlsxDir: string): Promise<FileComparison[]> {
  const source = nodePdfSource();
  const catalogSet = await loadBundledCatalogs();
  const out: FileComparison[] = [];
  const pdfOf = (name: string) => name.replace(/\.xlsx$/, '.pdf');
  const names = (await readdir(xlsxDir)).filter((file) => file.endsWith('.xlsx') && existsSync(path.join(pdfDir, pdfOf(file))));
  for (const name of names.sort()) {
    const pdfName = pdfOf(name);
    const pdf = (await readPdf(source, await readFile(path.join(pdfDir, pdfName)), { name: pdfName })).grid;
    const transcribed = await readXlsx(await readFile(path.join(xlsxDir, name)), name);
    const findings = compareFindings({ grid: pdf, report: check(pdf, { catalogSet }) }, { grid: transcribed, report: check(transcribed, { catalogSet }) });
    out.push({ file: pdfName, comparison: compareGrids(pdf, transcribed), findings });
  }
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((arg) => arg !== '--json');
  const [pdfDir = path.join(CORPUS, 'pdf'), xlsxDir = path.join(CORPUS, 'xlsx')] = args;
  const results = await compareFolder(pdfDir, xlsxDir);
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    return;
  }
  let compared = 0;
  let equal = 0;
  for (const { file, comparison, findings } of results) {
    compared += comparison.compared;
    equal += comparison.equal;
    const found = comparison.tables.filter((t) => t.pdfSheet).length;
    console.log(`== ${file}`);
    console.log(`  表格：${found}/${comparison.tables.length} 找到；金额单元格：比较 ${comparison.compared}，相等 ${comparison.equal}`);
    console.log(`  说明段落：${comparison.paragraphsFound}/${comparison.paragraphs} 逐字一致`);
    for (const t of comparison.tables.filter((table) => !table.pdfSheet)) console.log(`  未找到：${t.transcribedSheet} ${t.title}`);
    for (const d of comparison.differences) console.log(`  不同：${d.table} [${d.row}] ${d.column}列 PDF=${d.pdf} 转录=${d.transcribed}`);
    for (const p of comparison.missingParagraphs) console.log(`  段落缺失：${p.slice(0, 80)}`);
    console.log(`  检查结果：相同 ${findings.same}，仅 PDF ${findings.onlyPdf.length}，仅转录 ${findings.onlyTranscribed.length}`);
    for (const k of findings.onlyPdf) console.log(`  仅 PDF：${k}`);
    for (const k of findings.onlyTranscribed) console.log(`  仅转录：${k}`);
  }
  console.log(`合计：比较 ${compared} 个金额单元格，相等 ${equal}（${compared ? ((100 * equal) / compared).toFixed(2) : '0.00'}%）`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
