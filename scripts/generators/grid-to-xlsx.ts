/** Grid → .xlsx bytes through ExcelJS (values, formulas and merges; enough for reading back). */
import ExcelJS from 'exceljs';
import type { Grid } from '../../src/core/grid';
import { rangeToA1 } from '../../src/core/grid';

export async function gridToXlsx(grid: Grid): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of grid.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((cells, r) => {
      cells?.forEach((cell, c) => {
        if (!cell) return;
        const target = worksheet.getCell(r + 1, c + 1);
        if (cell.f) target.value = { formula: cell.f.replace(/^=/, ''), result: cell.v ?? undefined } as ExcelJS.CellFormulaValue;
        else target.value = cell.v;
      });
    });
    for (const merge of sheet.merges) if (merge.bottom > merge.top || merge.right > merge.left) worksheet.mergeCells(rangeToA1(merge));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
