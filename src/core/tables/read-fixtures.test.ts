/**
 * The fixture workbooks built from the seed disclosures (test/fixtures/fixtures.json): layout A (one
 * table per sheet, merged two-row headers) and layout B (stacked tables, split 类/款/项, header words
 * split across rows, text amounts, a table in 元), checked against the manifest and against the seed text.
 */
import { readFileSync } from 'fs';
import { readXlsx } from '../../host/file/xlsx-reader';
import { convertAmount, type AmountUnit } from '../amount';
import { gridFromTsv, parseA1, rangeToA1, refToA1, type Grid } from '../grid';
import { bare } from './layout/text';
import { readWorkbook, type AmountCell, type BudgetTable, type WorkbookReading } from '.';

interface ManifestTable {
  kind: string;
  title: string;
  sheet: string;
  range: string;
  titleCell: string;
  unit: string;
  noData: boolean;
}
interface ManifestCell {
  kind: string;
  sheet: string;
  cell: string;
  value: string;
}
interface ManifestFile {
  file: string;
  layout: string;
  disclosure?: { seed: string; unitName: string; year: number };
  tables: ManifestTable[];
  cells: ManifestCell[];
  targets?: Array<{ project: string; sheet: string; cell: string; value: string; unit: string }>;
  expect?: Record<string, unknown>;
}

const manifest: { files: ManifestFile[] } = JSON.parse(readFileSync('test/fixtures/fixtures.json', 'utf8'));
const disclosures = manifest.files.filter((file) => file.disclosure);
const odd = (name: string) => manifest.files.find((file) => file.file.endsWith(`${name}.xlsx`)) as ManifestFile;

async function readFixture(file: string): Promise<WorkbookReading> {
  return readWorkbook(await readXlsx(readFileSync(file)));
}

function cellsOf(table: BudgetTable): AmountCell[] {
  return table.rows.flatMap((row) => Object.values(row.values));
}

/** Every amount of the 13 tables keyed by table kind, side, row (code or name, nth occurrence) and column, in 万元. */
function amountEntries(reading: WorkbookReading): string[] {
  const out: string[] = [];
  for (const table of reading.tables) {
    if (table.kind === 'performance-target') continue;
    const seen = new Map<string, number>();
    for (const row of table.rows) {
      const base = `${table.kind}|${row.side ?? ''}|${row.code?.code ?? bare(row.name?.text ?? '')}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      for (const [key, cell] of Object.entries(row.values)) {
        if (!cell.amount) continue;
        const value = convertAmount(cell.amount, table.unit?.unit as AmountUnit, '万元');
        out.push(`${base}#${n}|${key}=${value.toFixed(2)}`);
      }
    }
  }
  return out.sort();
}

describe.each(disclosures)('$file', (fixture) => {
  let reading: WorkbookReading;
  beforeAll(async () => {
    reading = await readFixture(fixture.file);
  });

  it('finds the 13 tables of the manifest with kind, range, title cell, unit, year and unit name', () => {
    const found = reading.tables.filter((table) => table.kind !== 'performance-target');
    expect(found.map((table) => `${table.kind} ${table.sheet}!${rangeToA1(table.range)} ${refToA1(table.title.ref)} ${table.unit?.unit}`)).toEqual(
      fixture.tables.map((table) => `${table.kind} ${table.sheet}!${table.range} ${table.titleCell} ${table.unit}`),
    );
    for (const table of found) {
      expect(table.year).toBe(fixture.disclosure?.year);
      expect(table.unitName?.text).toBe(fixture.disclosure?.unitName);
      expect(!!table.noDataNote).toBe(fixture.tables.find((t) => t.kind === table.kind)?.noData);
    }
  });

  it('has the manifest amounts at the manifest cells', () => {
    for (const expected of fixture.cells) {
      const table = reading.tables.find((t) => t.kind === expected.kind && t.sheet === expected.sheet) as BudgetTable;
      const at = parseA1(expected.cell);
      const cell = cellsOf(table).find((c) => c.ref.row === at?.row && c.ref.col === at?.col);
      expect(`${expected.kind} ${expected.cell} ${cell?.amount?.toFixed(2)}`).toBe(`${expected.kind} ${expected.cell} ${expected.value}`);
    }
  });

  it('reads every amount the seed text has, under the same row and column', () => {
    const seedText = readFileSync(`../shared/seeds/${fixture.disclosure?.seed}`, 'utf8');
    const seed: Grid = { sheets: [gridFromTsv('seed', seedText)] };
    const expected = amountEntries(readWorkbook(seed));
    expect(expected.length).toBeGreaterThan(100);
    expect(amountEntries(reading)).toEqual(expected);
  });

  it('reads 年度资金总额 of every 绩效目标表 at its cell, in 元', () => {
    const targets = reading.tables.filter((table) => table.kind === 'performance-target');
    expect(targets).toHaveLength(fixture.targets?.length ?? 0);
    targets.forEach((table, i) => {
      const expected = fixture.targets?.[i];
      const annual = table.fields?.['年度资金总额'] as AmountCell;
      expect(
        `${table.fields?.['项目名称'] && 'text' in table.fields['项目名称'] ? table.fields['项目名称'].text : ''} ${refToA1(annual.ref)} ${annual.amount?.toFixed(2)} ${table.unit?.unit}`,
      ).toBe(`${expected?.project} ${expected?.cell} ${expected?.value} ${expected?.unit}`);
    });
  });

  it('reads the tables without read issues', () => {
    expect(reading.tables.flatMap((table) => table.issues.map((issue) => `${table.kind}: ${issue.message}`))).toEqual([]);
  });
});

describe('odd workbooks give issues, not exceptions', () => {
  it('reads text amounts with thousands separators, full-width digits and spaces', async () => {
    const fixture = odd('odd-text-numbers');
    const [table] = (await readFixture(fixture.file)).tables;
    const amounts = fixture.expect?.textAmounts as Array<{ cell: string; value: string }>;
    expect(amounts.length).toBeGreaterThan(5);
    for (const { cell, value } of amounts) {
      const found = cellsOf(table).find((c) => refToA1(c.ref) === cell);
      expect(`${cell} ${found?.amount?.toFixed(2)}`).toBe(`${cell} ${value}`);
    }
  });

  it('warns about an amount merged across two columns', async () => {
    const [table] = (await readFixture(odd('odd-merged-data').file)).tables;
    expect(table.rows[0]).toMatchObject({ role: 'total', name: { text: '合计' } });
    expect(table.issues.map((issue) => `${issue.severity} ${issue.message}`)).toContain('warning 金额单元格 D8:E8 是跨列合并单元格，金额只计入 D8 所在列。');
  });

  it('reads hidden rows and says so', async () => {
    const [table] = (await readFixture(odd('odd-hidden-rows').file)).tables;
    expect(table.rows.find((row) => row.row === 7)?.code?.code).toBe('2010601');
    expect(table.issues.some((issue) => issue.severity === 'info' && issue.message.includes('第 8 行是隐藏行'))).toBe(true);
  });

  it('flags a #REF! amount as an error issue and keeps the formula', async () => {
    const [table] = (await readFixture(odd('odd-ref-error').file)).tables;
    const total = table.rows[0];
    expect(total.values.basic?.problem).toEqual({ kind: 'error', text: '#REF!' });
    expect(total.values.total?.formula).toBe('=C6+C13+C18+C24');
    expect(total.values.total?.amount?.toFixed(2)).toBe('2541.25');
    expect(table.issues).toContainEqual({ severity: 'error', message: 'D5 是错误值 #REF!，无法读取金额。', ref: total.values.basic?.ref });
  });

  it('skips empty sheets', async () => {
    const reading = await readFixture(odd('odd-empty-sheet').file);
    expect(reading.tables.map((table) => `${table.kind} ${table.sheet}`)).toEqual(['operating-cost 表11']);
  });

  it('records the 本表无数据 note of an empty table', async () => {
    const [table] = (await readFixture(odd('odd-no-data').file)).tables;
    expect(table.kind).toBe('three-public');
    expect(table.noDataNote && refToA1(table.noDataNote)).toBe(odd('odd-no-data').expect?.noteCell);
  });

  it('says when a workbook has no budget tables', async () => {
    const reading = await readFixture(odd('odd-no-budget-tables').file);
    expect(reading.tables).toEqual([]);
    expect(reading.issues[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('没有找到任何预算公开表') });
  });
});
