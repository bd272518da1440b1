/** Read + check one workbook or PDF file, in a worker process (see pool.ts). */
import path from 'node:path';
import type { Catalog } from '../../core/catalog/types';
import { checkOptions } from '../../core/check-options';
import { check, type CheckOptions } from '../../core/engine';
import { applyIgnores, readIgnoreStore } from '../../core/ignores';
import { IGNORED_SETTING } from '../../core/settings';
import { loadBundledCatalogs } from '../../data';
import type { Report } from '../../core/report';
import { boundReport } from '../../core/report-bounds';
import { parseA1, type Grid } from '../../core/grid';
import { readSettings } from '../../host/file/package-parts';
import { readPackageGrid, UnreadableWorkbookError } from '../../host/file/xlsx-reader';
import { pdfReport } from '../../host/pdf/pdf-report';
import { MESSAGES as PDF_MESSAGES, UnreadablePdfError } from '../../host/pdf/errors';
import { nodePdfSource } from '../../host/pdf/node-source';
import { hasSignature, readPdf } from '../../host/pdf/pdf-reader';
import { fixWorkbook, type FixOutcome, type FixTarget } from '../fix/fix-workbook';
import { PDF_NOT_FIXED } from '../fix/targets';
import { readInput } from './read-input';
import { describeNonWorkbook } from './sniff';

/** Plain data so it can be sent to a worker process. */
export interface CheckRequest {
  /** Absolute path. */
  path: string;
  /** Name shown in reports and messages. */
  file: string;
  catalogs?: string[];
  profile?: string;
  /** --fix / --fix-dry-run: where the fixed workbook goes. */
  fix?: FixTarget;
}

export type FileOutcome = ({ file: string; report: Report; error?: undefined } | { file: string; error: string; report?: undefined }) & { fixed?: FixOutcome };

export async function checkFile(request: CheckRequest): Promise<FileOutcome> {
  // The same input checks for both kinds (regular file, size cap); only a workbook is a zip package
  // with limits of its own (readXlsx), a PDF is read by pdf.js on its own thread (node-source.ts).
  const { bytes, error } = await readInput(request.path);
  if (!bytes) return { file: request.file, error };
  const isPdf = hasSignature(bytes);
  if (!isPdf && /\.pdf$/i.test(request.file)) return { file: request.file, error: PDF_MESSAGES.notPdf };
  const notWorkbook = isPdf ? undefined : describeNonWorkbook(bytes);
  if (notWorkbook) return { file: request.file, error: notWorkbook };
  try {
    if (isPdf) {
      const outcome = await checkPdf(request, bytes);
      // A PDF named .xlsx: found out only here, from its first bytes.
      return request.fix && outcome.report ? { ...outcome, fixed: { applied: [], notApplied: [], error: PDF_NOT_FIXED } } : outcome;
    }
    const checked = await checkWorkbook(bytes, request);
    if (!checked) return { file: request.file, error: '文件中找不到任何工作表（缺少 workbook.xml 或已损坏），不是有效的 .xlsx 工作簿。' };
    const { grid, report } = checked;
    if (!request.fix) return { file: request.file, report };
    const recheck = async (fixed: Uint8Array) => (await checkWorkbook(fixed, request))!.report;
    // A failure while fixing costs the fix, not the file's report.
    const fixed = await fixWorkbook(bytes, grid, report, request.fix, recheck).catch((error: unknown) => ({
      applied: [],
      notApplied: [],
      error: `修复时出现内部错误，未写入文件：${error instanceof Error ? error.message : String(error)}`,
    }));
    return { file: request.file, report, fixed };
  } catch (error) {
    if (error instanceof UnreadableWorkbookError || error instanceof UnreadablePdfError) return { file: request.file, error: error.message };
    // A defect in a reader or rule must not take a whole batch down: report it against this file.
    return { file: request.file, error: `检查时出现内部错误：${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * The bounded report of an .xlsx workbook, and the grid it was made from; undefined when it has no sheet.
 * Findings the preparer ignored (with a reason) stay in the report, marked and counted apart; the
 * ignore keys hash the whole message, so they are matched before the report's texts are bounded.
 */
async function checkWorkbook(bytes: Uint8Array, request: CheckRequest): Promise<{ grid: Grid; report: Report } | undefined> {
  const { pkg, grid } = await readPackageGrid(bytes, path.basename(request.file));
  if (grid.sheets.length === 0) return undefined;
  const ignores = readIgnoreStore(readSettings(pkg).get(IGNORED_SETTING));
  return { grid, report: bounded(applyIgnores(check(grid, await optionsFor(request)), ignores), grid) };
}

/** A published PDF: its tables and narrative as a grid, checked like a workbook; findings carry their page. */
async function checkPdf(request: CheckRequest, bytes: Uint8Array): Promise<FileOutcome> {
  const reading = await readPdf(nodePdfSource(), bytes, { name: path.basename(request.file) });
  const report = check(reading.grid, await optionsFor(request));
  if (report.tables.length === 0) return { file: request.file, error: PDF_MESSAGES.notDisclosure };
  return { file: request.file, report: bounded(pdfReport(report, reading), reading.grid) };
}

/** The report as it leaves the engine, bounded (report-bounds.ts) against the grid that was checked. */
function bounded(report: Report, grid: Grid): Report {
  return boundReport(report, (sheet, cell) => textAt(grid, sheet, cell));
}

let bundledCatalogs: Promise<Catalog[]> | undefined;

/** The engine's options for one file; the bundled catalogs are loaded once per thread. */
async function optionsFor(request: CheckRequest): Promise<CheckOptions> {
  bundledCatalogs ??= loadBundledCatalogs();
  return checkOptions({ file: request.file, catalogSet: await bundledCatalogs, catalogs: request.catalogs, profile: request.profile });
}

function textAt(grid: Grid, sheet: string, cell: string): string | undefined {
  const pos = parseA1(cell);
  const value = pos ? grid.sheets.find((candidate) => candidate.name === sheet)?.rows[pos.row]?.[pos.col]?.v : undefined;
  return typeof value === 'string' ? value : undefined;
}
