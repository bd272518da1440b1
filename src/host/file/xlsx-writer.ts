/**
 * Writes edits into a loaded ExcelJS workbook, so saving keeps everything the edits did
 * not touch (styles, number formats, merges, other cells). Only type imports: the workbook object
 * comes from loadWorkbook, which loads ExcelJS lazily.
 */
import type ExcelJS from 'exceljs';
import type { CellEdit, CellLocation } from '../../core/rules/types';

/** A cell's exact ExcelJS value before an edit (rich text, dates, shared formulas included). */
export interface CellContent extends CellLocation {
  value: ExcelJS.CellValue;
}

export function requireWorksheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const worksheet = workbook.getWorksheet(name);
  if (!worksheet) throw new Error(`找不到工作表“${name}”，修改未执行。`);
  return worksheet;
}

export function captureCell(workbook: ExcelJS.Workbook, location: CellLocation): CellContent {
  const cell = requireWorksheet(workbook, location.sheet).getCell(location.cell);
  return { ...location, value: structuredClone(cell.value) };
}

export function writeEdit(workbook: ExcelJS.Workbook, edit: CellEdit): void {
  const worksheet = requireWorksheet(workbook, edit.sheet);
  const cell = worksheet.getCell(edit.cell);
  detachSharedFormula(worksheet, cell);
  cell.value = edit.formula !== undefined ? { formula: edit.formula.replace(/^=/, '') } : (edit.value ?? null);
}

export function restoreCell(workbook: ExcelJS.Workbook, content: CellContent): void {
  const worksheet = requireWorksheet(workbook, content.sheet);
  const cell = worksheet.getCell(content.cell);
  detachSharedFormula(worksheet, cell);
  cell.value = structuredClone(content.value);
}

/**
 * Cells that share the formula of `master` only store a reference to it; before the master is
 * overwritten they get their own (translated) formula, or they would lose theirs.
 */
function detachSharedFormula(worksheet: ExcelJS.Worksheet, master: ExcelJS.Cell): void {
  const model = master.value as { shareType?: string } | null;
  if (!model || typeof model !== 'object' || model.shareType !== 'shared') return;
  worksheet.eachRow((row) => {
    row.eachCell((cell) => {
      const value = cell.value as ExcelJS.CellSharedFormulaValue | null;
      if (value && typeof value === 'object' && 'sharedFormula' in value && value.sharedFormula === master.address) {
        cell.value = { formula: cell.formula, result: value.result };
      }
    });
  });
}
