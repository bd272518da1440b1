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
interface HandCheck {
  genuine_inconsistencies: Array<{ sheet: string; cell: string; check: string; expected?: string }>;
}
const handChecks: Record<string, HandCheck> = {
  ...(expected as Record<string, HandCheck>),
  ...(JSON.parse(readFileSync(join(__dirname, '../fixtures', DIR, 'expected-from-pdf.json'), 'utf8')) as Record<string, HandCheck>),
};
const FILES = Object.keys(handChecks).map((name) => ({ name, family: /单位预算/.test(name) ? 'shanghai-unit' : 'shanghai-department' }));

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

const column = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
function covers(location: { sheet?: string; cell?: string }, sheet: string, cell: string): boolean {
  if (location.sheet !== sheet || !location.cell) return false;
  const at = /^([A-Z]+)(\d+)$/.exec(cell);
  const [from, to = from] = location.cell.split(':');
  const a = /^([A-Z]+)(\d+)$/.exec(from);
  const b = /^([A-Z]+)(\d+)$/.exec(to);
  if (!at || !a || !b) return location.cell === cell;
  const inside = (v: number, x: number, y: number) => v >= Math.min(x, y) && v <= Math.max(x, y);
  return inside(column(at[1]), column(a[1]), column(b[1])) && inside(Number(at[2]), Number(a[2]), Number(b[2]));
}

/** The hand check names a cell ("-" where the problem is a missing row, which no finding can sit on). */
const locatable = (g: HandCheck['genuine_inconsistencies'][number]) => /^[A-Z]+\d+$/.test(g.cell);

describe.each(Object.keys(handChecks))('%s against its hand check', (name) => {
  let diagnostics: ReturnType<typeof run>['diagnostics'];
  const genuine = handChecks[name].genuine_inconsistencies;
  beforeAll(async () => {
    diagnostics = run(await fixture(`${DIR}/${name}`)).diagnostics;
  });
  const explains = (d: (typeof diagnostics)[number], g: (typeof genuine)[number]) => covers(d, g.sheet, g.cell) || (d.related ?? []).some((r) => covers(r, g.sheet, g.cell));

  it('raises no error the hand check does not list', () => {
    const unlisted = diagnostics.filter((d) => d.severity === 'error' && !genuine.some((g) => explains(d, g)));
    expect(unlisted.map((d) => `${d.sheet}!${d.cell} ${d.message}`)).toEqual([]);
  });

  it('reports every hand-checked inconsistency at its cell', () => {
    const missed = genuine.filter(locatable).filter((g) => !diagnostics.some((d) => d.severity !== 'info' && explains(d, g)));
    expect(missed.map((g) => `${g.sheet}!${g.cell} ${g.check}`)).toEqual([]);
  });

  it('names, on the right sheet, the class a table lacks under its old name (hand check cell "-")', () => {
    const unplaced = genuine.filter((g) => !locatable(g));
    for (const g of unplaced) expect(diagnostics.some((d) => d.sheet === g.sheet && d.severity !== 'info' && d.expected === g.expected)).toBe(true);
  });

  it('offers no fix that would change a cell the hand check finds consistent', () => {
    const harmful = diagnostics.filter((d) => d.fix?.kind === 'fix' && !genuine.some((g) => explains(d, g)));
    expect(harmful.map((d) => `${d.sheet}!${d.cell} ${d.fix!.description}`)).toEqual([]);
  });
});
