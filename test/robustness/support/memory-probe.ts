/**
 * Run in a fresh `node --expose-gc` process by memory.test.ts, so heap deltas are not blurred by what
 * earlier test files left in a shared jest worker. Prints one JSON object of measurements.
 */
import { check } from '../../../src/core/engine';
import type { Grid, GridSheet } from '../../../src/core/grid';
import { MemoryHost } from '../../../src/host/memory/memory-host';
import { generateBudgetGrid } from '../../../scripts/generators/budget-workbook';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

function heapAfterGc(): number {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed;
}

/** The synthetic workbook plus a 1000 × 1000 sheet of amounts and words (1 M cells). */
function millionCellGrid(): Grid {
  const grid = generateBudgetGrid({ scale: 1, seed: 2 });
  const big: GridSheet = { name: '汇总明细', rows: [], merges: [] };
  for (let r = 0; r < 1000; r++) {
    big.rows.push(Array.from({ length: 1000 }, (_, c) => (c % 10 === 1 ? { v: `项目${r}-${c}` } : { v: (r * 1000 + c) / 100 })));
  }
  big.rows[0] = Array.from({ length: 1000 }, (_, c) => ({ v: c === 0 ? '2026年项目支出预算表（本年预算）' : '合计' }));
  grid.sheets.push(big);
  return grid;
}

async function main(): Promise<void> {
  const baseline = heapAfterGc();
  const host = new MemoryHost(millionCellGrid());
  const gridBytes = heapAfterGc() - baseline;
  const readStart = Date.now();
  const grid = await host.readGrid();
  const readMs = Date.now() - readStart;
  const afterRead = heapAfterGc();
  const checkStart = Date.now();
  const report = check(grid);
  const checkMs = Date.now() - checkStart;
  const afterCheck = heapAfterGc();
  process.stdout.write(JSON.stringify({ gridBytes, readBytes: afterRead - baseline, checkRetainedBytes: afterCheck - afterRead, readMs, checkMs, sheets: report.sheets }));
}

void main();
