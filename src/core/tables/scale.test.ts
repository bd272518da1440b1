/** Reading stays linear in the grid: the seed disclosure stacked 40 times reads in proportion. */
import { readFileSync } from 'fs';
import { gridFromTsv, type Grid } from '../grid';
import { readWorkbook } from '.';

const text = readFileSync('../shared/seeds/002_8135ea1cfbb7bbbc.txt', 'utf8');

function timed(grid: Grid): { ms: number; tables: number } {
  const start = performance.now();
  const reading = readWorkbook(grid);
  return { ms: performance.now() - start, tables: reading.tables.length };
}

it('reads a 40-fold stacked disclosure in time proportional to its size', () => {
  const once = { sheets: [gridFromTsv('seed', text)] };
  const many = { sheets: [gridFromTsv('seed', Array(40).fill(text).join('\n'))] };
  timed(once);
  const small = timed(once);
  const big = timed(many);
  expect(big.tables).toBe(small.tables * 40);
  // 40 times the cells; a quadratic step would take ~1600 times as long.
  expect(big.ms).toBeLessThan(Math.max(200 * small.ms, 20000));
  expect(big.ms).toBeLessThan(20000);
});
