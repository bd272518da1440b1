/**
 * Grid → a new .xlsx workbook through ExcelJS: values, formulas, number formats and merges, so that
 * reading the file back with xlsx-reader gives the same cells. Used by `budget-check convert`, the
 * browser preview (a PDF opened as a workbook) and the test fixtures.
 */
import type ExcelJS from 'exceljs';
import { rangeToA1, type Grid, type GridSheet } from '../../core/grid';

export interface GridWriteOptions {
  /** Size columns to their text (Chinese characters count double) and wrap long paragraphs. */
  fitColumns?: boolean;
}

/** Widest column the fitting gives, in Excel character widths; longer text wraps. */
const MAX_COLUMN_WIDTH = 60;
const MIN_COLUMN_WIDTH = 6;

export async function gridToWorkbook(grid: Grid, options: GridWriteOptions = {}): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  for (const sheet of grid.sheets) writeSheet(workbook.addWorksheet(sheet.name), sheet, options);
  return workbook;
}

export async function gridToXlsx(grid: Grid, options: GridWriteOptions = {}): Promise<Uint8Array> {
  return workbookBytes(await gridToWorkbook(grid, options));
}

/** The workbook a PDF's grid becomes (`convert`, the preview's 「另存为 Excel 工作簿」): columns fitted to their text. */
export async function convertedWorkbook(grid: Grid): Promise<{ workbook: ExcelJS.Workbook; bytes: Uint8Array }> {
  const workbook = await gridToWorkbook(grid, { fitColumns: true });
  return { workbook, bytes: await workbookBytes(workbook) };
}

async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

function writeSheet(worksheet: ExcelJS.Worksheet, sheet: GridSheet, options: GridWriteOptions): void {
  sheet.rows.forEach((cells, r) => {
    cells?.forEach((cell, c) => {
      if (!cell) return;
      const target = worksheet.getCell(r + 1, c + 1);
      if (cell.f) target.value = { formula: cell.f.replace(/^=/, ''), result: cell.v ?? undefined } as ExcelJS.CellFormulaValue;
      else target.value = cell.v;
      if (cell.nf) target.numFmt = cell.nf;
    });
  });
  for (const merge of sheet.merges) if (merge.bottom > merge.top || merge.right > merge.left) worksheet.mergeCells(rangeToA1(merge));
  if (options.fitColumns) fitColumns(worksheet, sheet);
}

/** Column widths from the text of unmerged cells; cells wider than the limit wrap. */
function fitColumns(worksheet: ExcelJS.Worksheet, sheet: GridSheet): void {
  const merged = new Set<string>();
  for (const m of sheet.merges) for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) merged.add(`${r}:${c}`);
  const widths: number[] = [];
  sheet.rows.forEach((cells, r) =>
    cells?.forEach((cell, c) => {
      if (!cell || merged.has(`${r}:${c}`)) return;
      const width = textWidth(cell.t ?? (cell.v === null ? '' : String(cell.v)));
      widths[c] = Math.max(widths[c] ?? MIN_COLUMN_WIDTH, Math.min(width + 2, MAX_COLUMN_WIDTH));
      if (width + 2 > MAX_COLUMN_WIDTH) worksheet.getCell(r + 1, c + 1).alignment = { wrapText: true, vertical: 'top' };
    }),
  );
  widths.forEach((width, c) => {
    if (width) worksheet.getColumn(c + 1).width = width;
  });
}

function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return width;
}
