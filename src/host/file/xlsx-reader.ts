/**
 * .xlsx bytes → Grid, through ExcelJS. Shared by the CLI, the browser preview and the tests.
 * Imported lazily by the task pane so Excel users do not download ExcelJS.
 */
import type ExcelJS from 'exceljs';
import type { CellValue, Grid, GridCell, GridSheet } from '../../core/grid';
import { parseRangeA1 } from '../../core/grid';

export class UnreadableWorkbookError extends Error {}

export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableWorkbookError(describeLoadError(error));
  }
  return workbook;
}

function describeLoadError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/end of central directory|zip|signature|Corrupted/i.test(text)) {
    return '无法读取：文件不是有效的 .xlsx 工作簿（可能已损坏、被截断，或是加密/旧版 .xls 文件）。';
  }
  return `无法读取工作簿：${text}`;
}

export async function readXlsx(data: ArrayBuffer | Uint8Array, name?: string): Promise<Grid> {
  const workbook = await loadWorkbook(data);
  return workbookToGrid(workbook, name);
}

export function workbookToGrid(workbook: ExcelJS.Workbook, name?: string): Grid {
  const sheets: GridSheet[] = [];
  workbook.eachSheet((worksheet) => sheets.push(worksheetToSheet(worksheet)));
  return { sheets, ...(name ? { name } : {}) };
}

function worksheetToSheet(worksheet: ExcelJS.Worksheet): GridSheet {
  const rows: GridSheet['rows'] = [];
  const hiddenRows: number[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (row.hidden) hiddenRows.push(rowNumber - 1);
    const cells: Array<GridCell | null> = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      const gridCell = toGridCell(cell);
      if (!gridCell) return;
      while (cells.length < colNumber - 1) cells.push(null);
      cells[colNumber - 1] = gridCell;
    });
    rows[rowNumber - 1] = cells;
  });
  const hiddenCols: number[] = [];
  worksheet.columns?.forEach((column, index) => {
    if (column.hidden) hiddenCols.push(index);
  });
  const merges = Object.keys((worksheet as unknown as { _merges: Record<string, unknown> })._merges ?? {})
    .map((key) => (worksheet as unknown as { _merges: Record<string, { range: string }> })._merges[key].range)
    .map((range) => parseRangeA1(range))
    .filter((range): range is NonNullable<typeof range> => range !== undefined);
  return {
    name: worksheet.name,
    rows,
    merges,
    ...(hiddenRows.length ? { hiddenRows } : {}),
    ...(hiddenCols.length ? { hiddenCols } : {}),
    ...(worksheet.state !== 'visible' ? { hidden: true } : {}),
  };
}

function toGridCell(cell: ExcelJS.Cell): GridCell | undefined {
  const value = cell.value as unknown;
  const nf = cell.numFmt && cell.numFmt !== 'General' ? { nf: cell.numFmt } : {};
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    return { v: value, ...nf };
  }
  if (value instanceof Date) return { v: value.toISOString().slice(0, 10), ...nf };
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if ('error' in obj) return { v: null, err: String(obj.error) };
    if ('richText' in obj) {
      const text = (obj.richText as Array<{ text: string }>).map((part) => part.text).join('');
      return { v: text };
    }
    if ('formula' in obj || 'sharedFormula' in obj) {
      const formula = String(obj.formula ?? obj.sharedFormula ?? '');
      const result = obj.result as unknown;
      const f = formula ? `=${formula}` : undefined;
      if (result && typeof result === 'object' && 'error' in (result as object)) {
        return { v: null, err: String((result as { error: unknown }).error), ...(f ? { f } : {}) };
      }
      return { v: toScalar(result), ...(f ? { f } : {}), ...nf };
    }
    if ('text' in obj) return { v: String(obj.text) };
  }
  return { v: String(value) };
}

function toScalar(value: unknown): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}
