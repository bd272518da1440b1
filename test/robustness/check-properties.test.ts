/** Property tests: check() never throws, always yields a coherent report, and never mutates its input. */
import fc from 'fast-check';
import { check } from '../../src/core/engine';
import type { Grid } from '../../src/core/grid';
import type { Report } from '../../src/core/report';
import { damage, randomGrid } from './support/arbitraries';
import { loadBaseGrids } from './support/base-grids';

function expectCoherentReport(report: Report, grid: Grid): void {
  expect(report.sheets).toEqual(grid.sheets.map((sheet) => sheet.name));
  for (const severity of ['error', 'warning', 'info'] as const) {
    expect(report.summary[severity]).toBe(report.diagnostics.filter((d) => d.severity === severity).length);
  }
  for (const diagnostic of report.diagnostics) {
    expect(typeof diagnostic.message).toBe('string');
    expect(diagnostic.message.length).toBeGreaterThan(0);
  }
  expect(() => JSON.stringify(report)).not.toThrow();
  // The engine turns a rule that throws into a "检查…未能完成" warning; on damaged input that is still a defect.
  expect(report.diagnostics.filter((d) => d.message.includes('未能完成'))).toEqual([]);
}

function checkUnchanged(grid: Grid): Report {
  const before = structuredClone(grid);
  const report = check(grid);
  expect(grid).toEqual(before);
  return report;
}

describe('check() on random grids', () => {
  it('never throws, reports coherently and leaves the grid untouched', () => {
    fc.assert(
      fc.property(randomGrid, (grid) => {
        expectCoherentReport(checkUnchanged(grid), grid);
      }),
      { numRuns: 100, seed: 9 },
    );
  });
});

describe('check() on damaged real workbooks', () => {
  let bases: Grid[];

  beforeAll(async () => {
    bases = await loadBaseGrids();
  });

  it('damages the synthetic workbook and the readable fixtures', () => {
    expect(bases[0].sheets).toHaveLength(13);
    expect(bases.map((grid) => grid.name)).toContain('泽州县财政局-2026-部门预算公开-A.xlsx');
  });

  it('survives deleted rows, shuffled columns, text and huge numbers in amount cells, merged everything', () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(damage, { minLength: 1, maxLength: 6 }), (which, damages) => {
        const grid = structuredClone(bases[which % bases.length]);
        for (const apply of damages) apply(grid);
        expectCoherentReport(checkUnchanged(grid), grid);
      }),
      { numRuns: 80, seed: 11 },
    );
  });
});
