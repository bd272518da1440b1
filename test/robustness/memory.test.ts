/**
 * Memory stays bounded on a 1 M-cell workbook: reading through the in-memory host costs about one
 * copy of the grid, and check() keeps only its report (no per-cell retained structures).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const MB = 1024 * 1024;
const ROOT = path.resolve(__dirname, '../..');

interface Probe {
  gridBytes: number;
  readBytes: number;
  checkRetainedBytes: number;
  readMs: number;
  checkMs: number;
  sheets: string[];
}

describe('memory on a 1 M-cell workbook', () => {
  it('reads through MemoryHost and checks within bounded heap and time', () => {
    const output = execFileSync(process.execPath, ['--expose-gc', '-r', 'tsx/cjs', 'test/robustness/support/memory-probe.ts'], { cwd: ROOT, encoding: 'utf8' });
    const probe = JSON.parse(output) as Probe;
    expect(probe.sheets).toContain('汇总明细');
    // The probe really holds a million cells.
    expect(probe.gridBytes).toBeGreaterThan(20 * MB);
    // readGrid returns one copy of the grid (it must not share cells with the host).
    expect(probe.readBytes).toBeLessThan(2.5 * probe.gridBytes);
    // What check() retains is its report: under 16 MB however large the grid.
    expect(probe.checkRetainedBytes).toBeLessThan(16 * MB);
    // Generous limits: the machine may be shared; an accidental quadratic pass over 1 M cells takes minutes.
    expect(probe.checkMs).toBeLessThan(10000);
    expect(probe.readMs).toBeLessThan(20000);
  }, 90000);
});
