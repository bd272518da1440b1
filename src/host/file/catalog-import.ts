/** .xlsx → catalog: the workbook is read into a Grid, then the chosen sheet goes through the 2-D importer. */
import type { GridSheet } from '../../core/grid';
import { importCatalogFromRows, type CellInput, type ImportOptions, type ImportResult } from '../../core/catalog/import';
import { readXlsx, UnreadableWorkbookError } from './xlsx-reader';

export interface XlsxImportOptions extends ImportOptions {
  /** Sheet name; the first sheet with content when absent. */
  sheet?: string;
}

export async function importCatalogFromXlsx(data: ArrayBuffer | Uint8Array, options: XlsxImportOptions): Promise<ImportResult> {
  let sheets: GridSheet[];
  try {
    sheets = (await readXlsx(data, options.file)).sheets;
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) return { problems: [{ row: 0, severity: 'error', message: error.message }] };
    throw error;
  }
  const sheet = options.sheet
    ? sheets.find((candidate) => candidate.name === options.sheet)
    : sheets.find((candidate) => candidate.rows.some((row) => row?.some((cell) => cell && cell.v !== null)));
  if (!sheet) {
    const message = options.sheet ? `工作簿中没有名为“${options.sheet}”的工作表。` : '工作簿中没有内容。';
    return { problems: [{ row: 0, severity: 'error', message }] };
  }
  return importCatalogFromRows(sheetRows(sheet), { ...options, file: options.file ? `${options.file}#${sheet.name}` : sheet.name });
}

function sheetRows(sheet: GridSheet): CellInput[][] {
  return Array.from(sheet.rows, (row) => Array.from(row ?? [], (cell) => cell?.t ?? cell?.v ?? null));
}
