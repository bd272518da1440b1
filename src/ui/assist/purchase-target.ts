/**
 * Where a suggested 政府购买服务 code goes: the 目录代码 cell of the project's row in the 政府购买服务预算表
 * (and its 目录名称 cell when the table has one), else the active cell.
 */
import type { CatalogEntry } from '../../core/catalog/types';
import { parseA1, refToA1, toA1, type CellRef } from '../../core/grid';
import type { SelectionInfo } from '../../core/ports/workbook-host';
import type { CellEdit } from '../../core/findings';
import type { BudgetTable, TableRow } from '../../core/tables';
import { nameSimilarity, normalizeName } from '../../core/text/normalize';

/** A gps row names the project as the 项目支出表 does, or nearly (OCR, 续 suffixes). */
const SAME_PROJECT = 0.8;

export interface PurchaseInsert {
  edits: CellEdit[];
  /** Chinese: where the code is written, for the preview title and the undo label. */
  where: string;
}

function gpsRowOf(tables: BudgetTable[], project: string): { table: BudgetTable; row: TableRow } | undefined {
  const wanted = normalizeName(project);
  let best: { table: BudgetTable; row: TableRow; score: number } | undefined;
  for (const table of tables.filter((t) => t.kind === 'gps')) {
    for (const row of table.rows) {
      const name = row.name?.text ?? '';
      const score = normalizeName(name) === wanted ? 1 : nameSimilarity(project, name);
      if (score >= SAME_PROJECT && (!best || score > best.score)) best = { table, row, score };
    }
  }
  return best;
}

function columnCell(table: BudgetTable, row: TableRow, key: string): CellRef | undefined {
  const text = row.texts?.[key];
  if (text) return text.ref;
  const column = table.columns.find((c) => c.key === key);
  return column ? { sheet: table.sheet, row: row.row, col: column.col } : undefined;
}

function edit(ref: CellRef, value: string): CellEdit {
  return { sheet: ref.sheet, cell: refToA1(ref), value };
}

/** The edits inserting `entry` for `project`; throws a Chinese message when there is nowhere to write. */
export function purchaseInsert(tables: BudgetTable[], project: string, entry: CatalogEntry, selection: SelectionInfo | undefined): PurchaseInsert {
  const found = gpsRowOf(tables, project);
  const codeCell = found && columnCell(found.table, found.row, 'catalog-code');
  if (found && codeCell) {
    const nameCell = columnCell(found.table, found.row, 'catalog-name');
    // One cell holding "B0701-评审服务" keeps that form.
    const combined = nameCell && nameCell.col === codeCell.col;
    const edits = combined ? [edit(codeCell, `${entry.code}-${entry.name}`)] : [edit(codeCell, entry.code), ...(nameCell ? [edit(nameCell, entry.name)] : [])];
    return { edits, where: `政府购买服务预算表 ${codeCell.sheet}!${refToA1(codeCell)}` };
  }
  const pos = selection && parseA1(selection.cell.split(':')[0]);
  if (!selection || !pos) throw new Error('工作簿中没有这个项目的政府购买服务预算表行：请先选中要填入目录代码的单元格。');
  const cell = toA1(pos.row, pos.col);
  return { edits: [{ sheet: selection.sheet, cell, value: entry.code }], where: `当前单元格 ${selection.sheet}!${cell}` };
}
