/** Read + check one workbook file, in a worker process (see pool.ts). */
import path from 'node:path';
import type { Catalog } from '../../core/catalog/types';
import { checkOptions } from '../../core/check-options';
import { check, type CheckOptions } from '../../core/engine';
import { loadBundledCatalogs } from '../../data';
import type { Report } from '../../core/report';
import { boundReport } from '../../core/report-bounds';
import { parseA1, type Grid } from '../../core/grid';
import { readXlsx, UnreadableWorkbookError } from '../../host/file/xlsx-reader';
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
}

export type FileOutcome = { file: string; report: Report; error?: undefined } | { file: string; error: string; report?: undefined };

export async function checkFile(request: CheckRequest): Promise<FileOutcome> {
  const { bytes, error } = await readInput(request.path);
  if (!bytes) return { file: request.file, error };
  const notWorkbook = describeNonWorkbook(bytes);
  if (notWorkbook) return { file: request.file, error: notWorkbook };
  try {
    const grid = await readXlsx(bytes, path.basename(request.file));
    if (grid.sheets.length === 0) return { file: request.file, error: '文件中找不到任何工作表（缺少 workbook.xml 或已损坏），不是有效的 .xlsx 工作簿。' };
    const report = check(grid, await optionsFor(request));
    return { file: request.file, report: boundReport(report, (sheet, cell) => textAt(grid, sheet, cell)) };
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) return { file: request.file, error: error.message };
    // A defect in a reader or rule must not take a whole batch down: report it against this file.
    return { file: request.file, error: `检查时出现内部错误：${error instanceof Error ? error.message : String(error)}` };
  }
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
