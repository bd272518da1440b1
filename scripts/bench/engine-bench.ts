/** Engine vs .xlsx load time on the 泽州 example, and how engine time grows with workbook size. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { check, type CheckOptions } from '../../src/core/engine';
import { loadBundledCatalogs } from '../../src/data';
import type { Grid } from '../../src/core/grid';
import { readXlsx } from '../../src/host/file/xlsx-reader';
import { generateBudgetGrid } from '../generators/budget-workbook';
import { gridToXlsx } from '../generators/grid-to-xlsx';
import { median, round, timeAlternating } from './stats';

export const EXAMPLE_WORKBOOK = path.resolve(__dirname, '..', '..', 'examples', '泽州县财政局-2026-部门预算公开.xlsx');

export interface EngineFigures {
  engineMs: number | null;
  loadMs: number | null;
  engineToLoadRatio: number | null;
  scaleRatio: number;
  details: {
    example: string;
    exampleEngineCpuMs?: number;
    exampleLoadCpuMs?: number;
    scaleRatioCpu: number;
    exampleCells?: number;
    exampleDiagnostics?: number;
    synthetic1xMs: number;
    synthetic100xMs: number;
    synthetic1xCells: number;
    synthetic100xCells: number;
    synthetic100xDiagnostics: number;
  };
  notes: string[];
}

/**
 * The engine is a lot of code: it needs more rounds than the loader before the JIT has compiled it,
 * as it would have after the first files of a batch.
 */
const WARMUP_ROUNDS = 15;

/** Engine time includes every catalog check, as the CLI runs it. */
export async function benchEngine(runs: number): Promise<EngineFigures> {
  const notes: string[] = [];
  const options: CheckOptions = { catalogSet: await loadBundledCatalogs() };
  let example: Pick<EngineFigures, 'engineMs' | 'loadMs' | 'engineToLoadRatio'> & {
    engineCpuMs?: number;
    loadCpuMs?: number;
    cells?: number;
    diagnostics?: number;
  } = {
    engineMs: null,
    loadMs: null,
    engineToLoadRatio: null,
  };
  if (existsSync(EXAMPLE_WORKBOOK)) {
    const bytes = readFileSync(EXAMPLE_WORKBOOK);
    const grid = await readXlsx(bytes, path.basename(EXAMPLE_WORKBOOK));
    // Load and engine runs alternate so a busy machine slows both alike and the ratio stays fair.
    const [load, engine] = await timeAlternating(runs, [() => readXlsx(bytes), () => check(grid, options)], WARMUP_ROUNDS);
    const loadMs = median(load.wall);
    const engineMs = median(engine.wall);
    example = {
      engineMs: round(engineMs),
      loadMs: round(loadMs),
      engineToLoadRatio: round(engineMs / loadMs, 4),
      engineCpuMs: round(median(engine.cpu)),
      loadCpuMs: round(median(load.cpu)),
      cells: countCells(grid),
      diagnostics: check(grid, options).diagnostics.length,
    };
  } else {
    notes.push(`示例工作簿 ${path.relative(process.cwd(), EXAMPLE_WORKBOOK)} 不存在，engineMs/loadMs 无法测量。`);
  }
  // Both sizes go through .xlsx so their grids look exactly like what the reader produces.
  const small = await readXlsx(await gridToXlsx(generateBudgetGrid({ scale: 1, seed: 7 })));
  const large = await readXlsx(await gridToXlsx(generateBudgetGrid({ scale: 100, seed: 7 })));
  const [small1x, large100x] = await timeAlternating(Math.max(5, Math.round(runs / 2)), [() => check(small, options), () => check(large, options)], 3);
  const smallMs = median(small1x.wall);
  const largeMs = median(large100x.wall);
  return {
    engineMs: example.engineMs,
    loadMs: example.loadMs,
    engineToLoadRatio: example.engineToLoadRatio,
    scaleRatio: round(largeMs / (100 * smallMs), 3),
    details: {
      example: path.basename(EXAMPLE_WORKBOOK),
      exampleEngineCpuMs: example.engineCpuMs,
      exampleLoadCpuMs: example.loadCpuMs,
      scaleRatioCpu: round(median(large100x.cpu) / (100 * median(small1x.cpu)), 3),
      exampleCells: example.cells,
      exampleDiagnostics: example.diagnostics,
      synthetic1xMs: round(smallMs),
      synthetic100xMs: round(largeMs),
      synthetic1xCells: countCells(small),
      synthetic100xCells: countCells(large),
      synthetic100xDiagnostics: check(large, options).diagnostics.length,
    },
    notes,
  };
}

export function countCells(grid: Grid): number {
  let cells = 0;
  for (const sheet of grid.sheets) for (const row of sheet.rows) if (row) for (const cell of row) if (cell) cells++;
  return cells;
}
