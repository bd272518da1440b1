/**
 * The two seed disclosures' own text, tab-separated lines as one sheet: a PDF-conversion layout with
 * a table of contents, prose, text amounts, blank lines inside tables and 绩效目标表 forms.
 */
import { readFileSync } from 'fs';
import { gridFromTsv, refToA1 } from '../grid';
import { parseAmountText } from '../amount';
import { TEMPLATE_TABLE_KINDS, readWorkbook, type BudgetTable, type TableKind, type WorkbookReading } from '.';

const SEEDS = '../shared/seeds/';
const THIRTEEN = TEMPLATE_TABLE_KINDS;

function readSeed(file: string): { reading: WorkbookReading; lines: string[] } {
  const text = readFileSync(SEEDS + file, 'utf8');
  return { reading: readWorkbook({ name: file, sheets: [gridFromTsv('seed', text)] }), lines: text.split(/\r?\n/) };
}

function only(reading: WorkbookReading, kind: TableKind): BudgetTable {
  const found = reading.tables.filter((table) => table.kind === kind);
  expect(found).toHaveLength(1);
  return found[0];
}

describe.each([
  { file: '002_8135ea1cfbb7bbbc.txt', unitName: '泽州县财政局', year: 2026, targets: 8 },
  { file: '004_d36ff57df6df67c4.txt', unitName: '永和县行政审批服务管理局', year: 2024, targets: 8 },
])('seed text $file', ({ file, unitName, year, targets }) => {
  const { reading, lines } = readSeed(file);

  it('finds the 13 tables once each, not the table of contents, with unit, year and unit name', () => {
    for (const kind of THIRTEEN) {
      const table = only(reading, kind);
      expect(table.unit?.unit).toBe('万元');
      expect(table.year).toBe(year);
      expect(table.unitName?.text).toBe(unitName);
    }
    const contentsEnd = lines.findIndex((line) => /^第二部分/.test(line));
    expect(reading.tables.every((table) => table.title.ref.row > contentsEnd)).toBe(true);
    expect(reading.tables.filter((table) => table.kind === 'performance-target')).toHaveLength(targets);
  });

  it('puts every amount at the cell that holds it in the text', () => {
    let amounts = 0;
    for (const table of reading.tables) {
      for (const row of table.rows) {
        for (const cell of Object.values(row.values)) {
          const field = lines[cell.ref.row].split('\t')[cell.ref.col] ?? '';
          const parsed = parseAmountText(field).amount;
          expect(`${refToA1(cell.ref)} ${parsed?.toString() ?? ''}`).toBe(`${refToA1(cell.ref)} ${cell.amount?.toString() ?? ''}`);
          if (cell.amount) amounts++;
        }
      }
    }
    expect(amounts).toBeGreaterThan(100);
  });

  it('reads every amount written in the tables of the text', () => {
    const read = new Set<string>();
    for (const table of reading.tables) {
      for (const row of table.rows) {
        for (const cell of Object.values(row.values)) if (cell.amount) read.add(refToA1(cell.ref));
        for (const ref of row.code?.cells ?? []) read.add(refToA1(ref));
      }
    }
    const missed: string[] = [];
    for (const table of reading.tables.filter((t) => THIRTEEN.includes(t.kind))) {
      const firstData = Math.min(...table.rows.map((row) => row.row));
      for (let r = firstData; r <= table.range.bottom; r++) {
        lines[r].split('\t').forEach((field, c) => {
          const amount = parseAmountText(field).amount;
          if (amount && !read.has(refToA1({ row: r, col: c }))) missed.push(`${refToA1({ row: r, col: c })} ${field}`);
        });
      }
    }
    expect(missed).toEqual([]);
  });

  it('reports no read issues on the disclosure tables', () => {
    const thirteen = reading.tables.filter((table) => THIRTEEN.includes(table.kind));
    expect(thirteen.flatMap((table) => table.issues.map((issue) => issue.message))).toEqual([]);
  });

  it('marks empty tables with their 本表无数据 note', () => {
    for (const kind of ['fund-income', 'fund-expenditure', 'state-capital', 'three-public', 'project-carryover'] as const) {
      const note = only(reading, kind).noDataNote;
      expect(note && lines[note.row]).toContain('本表无数据');
    }
    expect(only(reading, 'expenditure').noDataNote).toBeUndefined();
  });
});

describe('泽州 2026 rows', () => {
  const { reading } = readSeed('002_8135ea1cfbb7bbbc.txt');

  it('reads the 收支总表 as income lines and 30 class lines with totals', () => {
    const summary = only(reading, 'summary');
    const income = summary.rows.filter((row) => row.side === 'income');
    expect(income.map((row) => row.line)).toEqual(['source', 'source', 'source', 'source', 'source', 'income-total', 'carryover', 'grand-total']);
    expect(income[0]).toMatchObject({ source: 'general', name: { text: '一般公共预算' } });
    expect(income[0].values.amount?.amount?.toString()).toBe('2541.25');
    const classes = summary.rows.filter((row) => row.line === 'class');
    expect(classes).toHaveLength(30);
    expect(classes[7].name?.text).toBe('社会保障和就业支出');
    expect(classes[7].values.total?.amount?.toString()).toBe('239.28');
    expect(refToA1(classes[7].values.current!.ref)).toBe('E121');
    const total = summary.rows.find((row) => row.line === 'expenditure-total');
    expect(total?.values.total?.amount?.toString()).toBe('2541.25');
  });

  it('reads codes with their level and the 基本/项目 split', () => {
    const rows = only(reading, 'expenditure').rows;
    expect(rows.map((row) => row.role).slice(0, 4)).toEqual(['total', 'class', 'section', 'item']);
    const item = rows.find((row) => row.code?.code === '2010605');
    expect(item).toMatchObject({ role: 'item', code: { level: 3 }, name: { text: '财政国库业务' } });
    expect(item?.values.basic?.amount).toBeNull();
    expect(item?.values.project?.amount?.toString()).toBe('6');
  });

  it('reads the 财政拨款收支总表 carryover lines by source', () => {
    const rows = only(reading, 'fiscal-summary').rows.filter((row) => row.side === 'income' && row.line === 'carryover');
    expect(rows.map((row) => row.source)).toEqual([undefined, 'general', 'fund', 'state-capital']);
  });

  it('tells 基本支出 groups from items and keeps the 政府预算 name', () => {
    const rows = only(reading, 'basic-economic').rows;
    expect(rows.filter((row) => row.role === 'group').map((row) => row.name?.text)).toEqual(['工资福利支出', '商品和服务支出', '对个人和家庭的补助']);
    const office = rows.find((row) => row.name?.text === '办公费');
    expect(office).toMatchObject({ role: 'item', secondaryName: { text: '办公经费' } });
    expect(office?.values.public?.amount?.toString()).toBe('35');
  });

  it('tells the repeated 部门 and 单位 subtotal rows from the projects', () => {
    const rows = only(reading, 'project').rows;
    expect(rows.map((row) => row.role)).toEqual(['unit', 'unit', ...Array(10).fill('project')]);
    expect(rows.find((row) => row.name?.text === '政府投资项目预决（结）算评审工作经费')?.values.general?.amount?.toString()).toBe('759.1');
  });

  it('reads the 三公 lines of the empty table', () => {
    const rows = only(reading, 'three-public').rows;
    expect(rows.map((row) => row.line)).toEqual(['abroad', 'reception', 'vehicle', 'vehicle-purchase', 'vehicle-operation', 'total']);
    expect(rows.every((row) => Object.values(row.values).every((cell) => cell.amount === null))).toBe(true);
  });

  it('reads 机关运行经费 unit lines', () => {
    const rows = only(reading, 'operating-cost').rows;
    expect(rows.map((row) => [row.role, row.name?.text, row.values.total?.amount?.toString()])).toEqual([
      ['total', '部门合计', '140.18'],
      ['unit', '泽州县财政局', '140.18'],
    ]);
  });

  it('reads 项目名称 and 年度资金总额 of the 绩效目标表 in 元', () => {
    const first = reading.tables.find((table) => table.kind === 'performance-target');
    expect(first?.unit?.unit).toBe('元');
    expect(first?.fields?.['项目名称']).toMatchObject({ text: '财政业务专项检查业务费' });
    const annual = first?.fields?.['年度资金总额'];
    expect(annual && 'amount' in annual ? annual.amount?.toString() : undefined).toBe('200000');
  });
});
