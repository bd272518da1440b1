/**
 * Memory stays bounded on a 1 M-cell workbook: reading through the in-memory host costs about one
 * copy of the grid, and check() keeps only its report (no per-cell retained structures).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { check } from '../../src/core/engine';
import type { Grid, GridSheet } from '../../src/core/grid';
import { MemoryHost } from '../../src/host/memory/memory-host';
import { generateBudgetGrid } from '../../scripts/generators/budget-workbook';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const MB = 1024 * 1024;

function heapAfterGc(): number {
  gc();
  gc();
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

describe('memory on a 1 M-cell workbook', () => {
  it('reads through MemoryHost and checks within bounded heap and time', async () => {
    const baseline = heapAfterGc();
    const host = new MemoryHost(millionCellGrid());
    const gridBytes = heapAfterGc() - baseline;
    expect(gridBytes).toBeGreaterThan(20 * MB);

    const readStart = Date.now();
    const grid = await host.readGrid();
    const readMs = Date.now() - readStart;
    const afterRead = heapAfterGc();
    const checkStart = Date.now();
    const report = check(grid);
    const checkMs = Date.now() - checkStart;
    const afterCheck = heapAfterGc();

    expect(report.sheets).toContain('汇总明细');
    // readGrid returns one copy of the grid (it must not share cells with the host).
    expect(afterRead - baseline).toBeLessThan(2.5 * gridBytes);
    // What check() retains is its report: under 16 MB however large the grid.
    expect(afterCheck - afterRead).toBeLessThan(16 * MB);
    // Generous limits: the machine may be shared; an accidental quadratic pass over 1 M cells takes minutes.
    expect(checkMs).toBeLessThan(10000);
    expect(readMs).toBeLessThan(20000);
  }, 90000);
});
