/** Shared helpers for the preparer-assist tests: real fixture workbooks, stripping cells, applying edits. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalog } from '../../src/core/catalog/types';
import { parseA1, type Grid } from '../../src/core/grid';
import type { CellEdit } from '../../src/core/findings';
import { loadBundledCatalogs } from '../../src/data';
import { readXlsx } from '../../src/host/file/xlsx-reader';
import { MemoryHost } from '../../src/host/memory/memory-host';

export const ZEZHOU_A = 'test/fixtures/泽州县财政局-2026-部门预算公开-A.xlsx';
export const YONGHE_A = 'test/fixtures/永和县行政审批服务管理局-2024-单位预算公开-A.xlsx';

export async function fixtureGrid(file: string): Promise<Grid> {
  return readXlsx(readFileSync(path.resolve(__dirname, '../..', file)), path.basename(file));
}

let catalogs: Promise<Catalog[]> | undefined;
export function bundledCatalogs(): Promise<Catalog[]> {
  catalogs ??= loadBundledCatalogs();
  return catalogs;
}

export function cellValue(grid: Grid, sheet: string, a1: string): unknown {
  const pos = parseA1(a1)!;
  const cell = grid.sheets.find((s) => s.name === sheet)?.rows[pos.row]?.[pos.col];
  return cell?.f ?? cell?.v ?? null;
}

/** A copy of the grid with the given cells emptied, as a preparer would leave them. */
export function stripCells(grid: Grid, sheet: string, cells: string[]): Grid {
  const copy = structuredClone(grid);
  const target = copy.sheets.find((s) => s.name === sheet)!;
  for (const a1 of cells) {
    const pos = parseA1(a1)!;
    const row = target.rows[pos.row];
    if (row) row[pos.col] = null;
  }
  return copy;
}

export async function applyEdits(grid: Grid, edits: CellEdit[]): Promise<Grid> {
  const host = new MemoryHost(grid);
  await host.applyEdits(edits, 'test');
  return host.readGrid();
}
