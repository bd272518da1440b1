/**
 * .xlsx bytes → Grid, through ExcelJS. Shared by the CLI, the browser preview and the tests.
 * Imported lazily by the task pane so Excel users do not download ExcelJS.
 * Reads values, displayed text of simply formatted numbers, formulas (shared formulas translated
 * to the cell), error values, rich text, dates, merges, hidden rows, columns and sheets.
 */
import type ExcelJS from 'exceljs';
import type { CellRange, CellValue, Grid, GridCell, GridSheet } from '../../core/grid';
import { parseRangeA1 } from '../../core/grid';
import { displayNumber } from './number-format';
import { readingCopy } from './reading-copy';
import { readPackage, UnreadableWorkbookError, writePackage, type PackageLimits, type XlsxPackage } from './xlsx-package';

export { UnreadableWorkbookError };

export interface LoadedWorkbook {
  pkg: XlsxPackage;
  workbook: ExcelJS.Workbook;
}

/**
 * The package is read first, under size limits; ExcelJS then gets a copy re-packed without
 * compression (so a zip entry whose header understates its size cannot expand inside ExcelJS)
 * holding only what the grid needs (see readingCopy).
 */
export async function loadPackage(data: ArrayBuffer | Uint8Array, limits?: PackageLimits): Promise<LoadedWorkbook> {
  const pkg = readPackage(data instanceof Uint8Array ? data : new Uint8Array(data), limits);
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(writePackage(readingCopy(pkg), 0) as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableWorkbookError(describeLoadError(error));
  }
  return { pkg, workbook };
}

export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  return (await loadPackage(data)).workbook;
}

function describeLoadError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/end of central directory|zip|signature|Corrupted/i.test(text)) {
    return '无法读取：文件不是有效的 .xlsx 工作簿（可能已损坏、被截断，或是加密/旧版 .xls 文件）。';
  }
  return `无法读取工作簿：文件内容无法解析（${text}）。请在 Excel 或 WPS 中打开并另存为 .xlsx 后再试。`;
}

export async function readXlsx(data: ArrayBuffer | Uint8Array, name?: string, limits?: PackageLimits): Promise<Grid> {
  return (await readPackageGrid(data, name, limits)).grid;
}

/** The grid and the package it was read from (for what lives beside the cells, such as the settings part). */
export async function readPackageGrid(data: ArrayBuffer | Uint8Array, name?: string, limits?: PackageLimits): Promise<{ pkg: XlsxPackage; grid: Grid }> {
  const { pkg, workbook } = await loadPackage(data, limits);
  try {
    return { pkg, grid: workbookToGrid(workbook, name) };
  } catch (error) {
    // ExcelJS loads some parts lazily; a broken part must still end as a clear message, not a crash.
    throw new UnreadableWorkbookError(describeLoadError(error));
  }
}

export function workbookToGrid(workbook: ExcelJS.Workbook, name?: string): Grid {
  const sheets: GridSheet[] = [];
  workbook.eachSheet((worksheet) => sheets.push(worksheetToSheet(worksheet)));
  return { sheets, ...(name ? { name } : {}) };
}

function worksheetToSheet(worksheet: ExcelJS.Worksheet): GridSheet {
  const rows: GridSheet['rows'] = [];
  const hiddenRows: number[] = [];
  // includeEmpty: a hidden row may hold nothing but still shifts what the user sees.
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.hidden) hiddenRows.push(rowNumber - 1);
    const cells: Array<GridCell | null> = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      const gridCell = toGridCell(cell);
      if (!gridCell) return;
      while (cells.length < colNumber - 1) cells.push(null);
      cells[colNumber - 1] = gridCell;
    });
    if (cells.length) rows[rowNumber - 1] = cells;
  });
  const hiddenCols: number[] = [];
  (worksheet.columns ?? []).forEach((column, index) => {
    if (column.hidden) hiddenCols.push(index);
  });
  return {
    name: worksheet.name,
    rows,
    merges: readMerges(worksheet),
    ...(hiddenRows.length ? { hiddenRows } : {}),
    ...(hiddenCols.length ? { hiddenCols } : {}),
    ...(worksheet.state !== 'visible' ? { hidden: true } : {}),
  };
}

/** The public worksheet model lists merges as A1 ranges ("A1:F1"). */
function readMerges(worksheet: ExcelJS.Worksheet): CellRange[] {
  const merges = (worksheet.model as { merges?: string[] }).merges ?? [];
  return merges.map((range) => parseRangeA1(range)).filter((range): range is CellRange => range !== undefined);
}

type ValueObject = Record<string, unknown>;

function toGridCell(cell: ExcelJS.Cell): GridCell | undefined {
  const value = cell.value as unknown;
  if (value === null || value === undefined) return undefined;
  const nf = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
  if (typeof value === 'object' && !(value instanceof Date)) {
    const obj = value as ValueObject;
    if ('formula' in obj || 'sharedFormula' in obj) return formulaCell(cell, obj, nf);
    if ('error' in obj) return { v: null, err: String(obj.error) };
    if ('richText' in obj) return { v: (obj.richText as Array<{ text: string }>).map((part) => part.text).join('') };
    if ('text' in obj) return { v: plainText(obj.text) };
  }
  return scalarCell(value, nf);
}

function formulaCell(cell: ExcelJS.Cell, obj: ValueObject, nf: string | undefined): GridCell {
  // cell.formula translates a shared formula ("C5" master) to this cell's own references.
  const formula = cell.formula || String(obj.formula ?? '');
  const f = formula ? { f: `=${formula.replace(/^=/, '')}` } : {};
  const result = obj.result;
  if (result && typeof result === 'object' && 'error' in (result as ValueObject)) {
    return { v: null, err: String((result as ValueObject).error), ...f };
  }
  if (result === undefined || result === null) return { v: null, ...f, ...(nf ? { nf } : {}) };
  return { ...scalarCell(result, nf), ...f };
}

function scalarCell(value: unknown, nf: string | undefined): GridCell {
  const format = nf ? { nf } : {};
  if (typeof value === 'number') {
    const t = displayNumber(value, nf);
    return { v: value, ...(t !== undefined && t !== String(value) ? { t } : {}), ...format };
  }
  if (value instanceof Date) {
    const date = value.toISOString().slice(0, 10);
    return { v: date, ...format };
  }
  return { v: toScalar(value), ...format };
}

function plainText(value: unknown): string {
  if (value && typeof value === 'object' && 'richText' in (value as ValueObject)) {
    return ((value as ValueObject).richText as Array<{ text: string }>).map((part) => part.text).join('');
  }
  return String(value ?? '');
}

function toScalar(value: unknown): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}
