/** Fixture workbooks, in-memory edits and fix application for engine tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, type CheckOptions } from '../../src/core/engine';
import { parseA1, type Grid, type GridCell } from '../../src/core/grid';
import type { Report } from '../../src/core/report';
import type { Diagnostic } from '../../src/core/rules/types';
import type { Fix } from '../../src/core/findings';
import { bundledCatalogs } from '../../src/data/bundled-sync';
import { readXlsx } from '../../src/host/file/xlsx-reader';

const FIXTURES = join(__dirname, '../fixtures');
export const ZEZHOU_A = '泽州县财政局-2026-部门预算公开-A.xlsx';
export const ZEZHOU_B = '泽州县财政局-2026-部门预算公开-B.xlsx';
export const YONGHE_A = '永和县行政审批服务管理局-2024-单位预算公开-A.xlsx';
export const YONGHE_B = '永和县行政审批服务管理局-2024-单位预算公开-B.xlsx';
export const WANLI_2024 = 'shanghai/上海市普陀区万里街道办事处-2024-部门预算.xlsx';

const grids = new Map<string, Promise<Grid>>();

export async function fixture(name: string): Promise<Grid> {
  if (!grids.has(name)) grids.set(name, readXlsx(readFileSync(join(FIXTURES, name)), name));
  return structuredClone(await grids.get(name)!);
}

export function run(grid: Grid, options: CheckOptions = {}): Report {
  return check(grid, { catalogSet: bundledCatalogs(), ...options });
}

/** Copy of the grid with cells written (a number, a text, or null to clear). */
export function withCells(grid: Grid, edits: Array<[sheet: string, a1: string, value: string | number | null]>): Grid {
  const copy = structuredClone(grid);
  for (const [sheetName, a1, value] of edits) {
    const sheet = copy.sheets.find((s) => s.name === sheetName);
    const at = parseA1(a1);
    if (!sheet || !at) throw new Error(`no cell ${sheetName}!${a1}`);
    while (sheet.rows.length <= at.row) sheet.rows.push([]);
    const row = (sheet.rows[at.row] ??= []);
    const cell: GridCell = { v: value };
    row[at.col] = cell;
  }
  return copy;
}

/** Copy of the grid with a text replaced inside the one cell that contains it. */
export function withText(grid: Grid, sheetName: string, find: string, replacement: string): { grid: Grid; cell: string } {
  const sheet = grid.sheets.find((s) => s.name === sheetName)!;
  for (const [r, row] of sheet.rows.entries()) {
    for (const [c, cell] of (row ?? []).entries()) {
      if (cell && typeof cell.v === 'string' && cell.v.includes(find)) {
        const a1 = `${String.fromCharCode(65 + c)}${r + 1}`;
        return { grid: withCells(grid, [[sheetName, a1, cell.v.replace(find, replacement)]]), cell: a1 };
      }
    }
  }
  throw new Error(`no text ${find} on ${sheetName}`);
}

export function applyFix(grid: Grid, fix: Fix): Grid {
  return withCells(
    grid,
    fix.edits.map((edit) => [edit.sheet, edit.cell, edit.formula ?? edit.value ?? null]),
  );
}

/** "rule sheet!cell" for compact assertions. */
export function where(d: Diagnostic): string {
  return `${d.rule} ${d.sheet ?? ''}!${d.cell ?? ''}`;
}

export function problems(report: Report): Diagnostic[] {
  return report.diagnostics.filter((d) => d.severity !== 'info');
}
