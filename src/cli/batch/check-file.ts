/** Read + check one workbook file. Runs in the main thread for one file, in workers for a batch. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Catalog } from '../../core/catalog/types';
import { check, type CheckOptions } from '../../core/engine';
import { applyIgnores, IGNORED_SETTING, readIgnoreStore } from '../../core/ignores';
import { loadBundledCatalogs } from '../../data';
import type { Report } from '../../core/report';
import { readPackageSettings } from '../../host/file/settings-part';
import { readXlsx, UnreadableWorkbookError } from '../../host/file/xlsx-reader';
import { openZipParts } from '../../host/file/zip-parts';
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
  let bytes: Buffer;
  try {
    bytes = await readFile(request.path);
  } catch (error) {
    return { file: request.file, error: describeFileError(error) };
  }
  const notWorkbook = describeNonWorkbook(bytes);
  if (notWorkbook) return { file: request.file, error: notWorkbook };
  try {
    const grid = await readXlsx(bytes, path.basename(request.file));
    if (grid.sheets.length === 0) return { file: request.file, error: '文件中找不到任何工作表（缺少 workbook.xml 或已损坏），不是有效的 .xlsx 工作簿。' };
    // Findings the preparer ignored (with a reason) stay in the report, marked and counted apart.
    const ignores = readIgnoreStore((await readPackageSettings(await openZipParts(bytes))).get(IGNORED_SETTING));
    return { file: request.file, report: applyIgnores(check(grid, await checkOptions(request)), ignores) };
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) return { file: request.file, error: error.message };
    // A defect in a reader or rule must not take a whole batch down: report it against this file.
    return { file: request.file, error: `检查时出现内部错误：${error instanceof Error ? error.message : String(error)}` };
  }
}

let bundledCatalogs: Promise<Catalog[]> | undefined;

/** The engine's options for one file; the bundled catalogs are loaded once per thread. */
export async function checkOptions(request: CheckRequest): Promise<CheckOptions> {
  bundledCatalogs ??= loadBundledCatalogs();
  return { file: request.file, catalogs: request.catalogs, profile: request.profile, catalogSet: await bundledCatalogs };
}

function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return '文件不存在。';
  if (code === 'EISDIR') return '这是一个文件夹。';
  if (code === 'EACCES' || code === 'EPERM') return '没有读取权限。';
  return '无法打开文件。';
}
