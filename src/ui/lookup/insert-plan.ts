/**
 * What a 查码 insert writes, and whether it must ask first. A code goes straight into an empty cell
 * or over a code; anything else there (words that are not a code, an amount, a formula) is shown
 * beside the new value before it is replaced. The name goes only into an empty cell or a name column.
 */
import { codeLevel, normalizeCode, splitPrefixedCode } from '../../core/catalog/code';
import { cellAt, parseA1, toA1, type Grid, type GridCell } from '../../core/grid';
import type { CellEdit, CellLocation } from '../../core/findings';
import type { BudgetTable } from '../../core/tables';

export interface InsertPlan {
  edits: CellEdit[];
  /** Some write replaces content that is not a code: preview it and ask. */
  confirm: boolean;
  /** What is left out and why (Chinese). */
  notes: string[];
}

type ColumnRole = 'code' | 'name' | undefined;

const CODE_COLUMNS = new Set(['code', 'code-class', 'code-section', 'code-item', 'catalog-code', 'secondary-code']);
const NAME_COLUMNS = new Set(['name', 'catalog-name', 'secondary-name']);

/** The code (and with `withName` the name, in the cell to the right) for the cell at `at`. */
export function planInsert(grid: Grid, tables: BudgetTable[], at: CellLocation, entry: { code: string; name: string }, withName: boolean): InsertPlan {
  const pos = parseA1(at.cell);
  if (!pos) throw new Error(`单元格地址“${at.cell}”无效。`);
  if (!entry.code) throw new Error(`“${entry.name}”在目录中没有编码，无法插入。`);
  const plan: InsertPlan = { edits: [], confirm: false, notes: [] };
  const codeCell = contentAt(grid, at.sheet, pos.row, pos.col);
  if (shown(codeCell) === entry.code) plan.notes.push(`${at.sheet}!${at.cell} 已是 ${entry.code}。`);
  else {
    plan.edits.push({ sheet: at.sheet, cell: at.cell, value: entry.code });
    if (!isEmpty(codeCell) && !(isCode(codeCell) || (columnRole(tables, at.sheet, pos.row, pos.col) === 'code' && !codeCell?.f))) plan.confirm = true;
  }
  if (!withName) return plan;
  const nameAt = { sheet: at.sheet, cell: toA1(pos.row, pos.col + 1) };
  const nameCell = contentAt(grid, at.sheet, pos.row, pos.col + 1);
  const nameColumn = columnRole(tables, at.sheet, pos.row, pos.col + 1) === 'name';
  if (shown(nameCell) === entry.name) return plan;
  if (isEmpty(nameCell)) plan.edits.push({ ...nameAt, value: entry.name });
  else if (nameColumn) {
    plan.edits.push({ ...nameAt, value: entry.name });
    plan.confirm = true;
  } else {
    plan.notes.push(`右侧单元格 ${nameAt.sheet}!${nameAt.cell} 有内容（${excerpt(shown(nameCell))}）且不是名称列，未填入名称。`);
  }
  return plan;
}

/** Filling a suggested code or name into its cell of a recognised row: straight into an empty cell, else ask. */
export function planFill(grid: Grid, target: CellLocation, value: string): InsertPlan {
  const pos = parseA1(target.cell);
  const cell = pos ? contentAt(grid, target.sheet, pos.row, pos.col) : undefined;
  if (shown(cell) === value) return { edits: [], confirm: false, notes: [`${target.sheet}!${target.cell} 已是 ${value}。`] };
  return { edits: [{ ...target, value }], confirm: !isEmpty(cell), notes: [] };
}

function contentAt(grid: Grid, sheetName: string, row: number, col: number): GridCell | undefined {
  const sheet = grid.sheets.find((candidate) => candidate.name === sheetName);
  if (!sheet) throw new Error(`找不到工作表“${sheetName}”。`);
  return cellAt(sheet, row, col);
}

function shown(cell: GridCell | undefined): string {
  if (!cell) return '';
  return cell.t ?? (cell.v === null || cell.v === undefined ? (cell.f ?? '') : String(cell.v));
}

function isEmpty(cell: GridCell | undefined): boolean {
  return !cell?.f && shown(cell).trim() === '';
}

function isCode(cell: GridCell | undefined): boolean {
  if (!cell || cell.f || typeof cell.v !== 'string') return false;
  const text = normalizeCode(cell.v);
  return codeLevel(text) !== undefined || splitPrefixedCode(text) !== undefined;
}

/** Whether the cell lies in a code or name column of a recognised table. */
function columnRole(tables: BudgetTable[], sheet: string, row: number, col: number): ColumnRole {
  for (const table of tables) {
    if (table.sheet !== sheet || row < table.range.top || row > table.range.bottom) continue;
    const column = table.columns.find((candidate) => candidate.col === col);
    if (column && CODE_COLUMNS.has(column.key)) return 'code';
    if (column && NAME_COLUMNS.has(column.key)) return 'name';
  }
  return undefined;
}

function excerpt(text: string): string {
  return text.length > 20 ? `${text.slice(0, 20)}…` : text;
}
