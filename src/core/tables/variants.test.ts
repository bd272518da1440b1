/**
 * Layouts the fixtures do not have, built here: title variants, glued meta lines, three-row headers
 * with words split across rows, split codes with blank parents, a horizontal 三公 table, a 政府购买服务
 * table, economic codes, unit subtotal rows found by their sums — all stacked in one sheet.
 */
import { gridFromRows, refToA1, type CellValue, type Grid } from '../grid';
import { stripTableNumber } from './layout/title';
import { income } from './recognisers/income';
import { kindsOfTitle } from './recognisers/registry';
import { check } from '../engine';
import { readWorkbook, type BudgetTable, type TableKind, type WorkbookReading } from '.';

const _ = null;

/** Rows of one stacked sheet; merges given in A1 terms relative to nothing (absolute). */
const STACKED: CellValue[][] = [
  ['表1-2025年部门收支总表'],
  ['部门名称：某某局单位：万元'],
  ['收入', _, '支出'],
  ['项 目', '金 额', '项 目', '合', '当年预算'],
  [_, _, _, '计', '安排'],
  ['一、一般公共预算', '100.00', '一、一般公共服务支出', '100.00', '100.00'],
  ['本年收入合计', '100.00', '本年支出合计', '100.00', '100.00'],
  ['收入总计', '100.00', '支出总计', '100.00', '100.00'],
  [],
  ['2025年单位预算支出总表'],
  ['编制单位：某某局', _, _, _, '金额单位：万元'],
  ['功能分类科目编码', _, _, '科目名称', '2025年预算数'],
  ['类', '款', '项', _, '合计', '基本', '项目'],
  [_, _, _, _, _, '支出', '支出'],
  ['合计', _, _, _, 50, 20, 30],
  ['201', _, _, '一般公共服务支出', 50, 20, 30],
  [_, '03', _, '政府办公厅（室）及相关机构事务', 50, 20, 30],
  [_, _, '01', '行政运行', 20, 20, _],
  [_, _, '50', '事业运行', 30, _, 30],
  [],
  ['2025年财政拨款安排"三公"经费支出预算表'],
  ['部门名称：某某局', _, _, _, _, '单位：万元'],
  ['合计', '因公出国（境）费', '公务接待费', '公务用车购置及运行费'],
  [_, _, _, '小计', '公务用车购置费', '公务用车运行维护费'],
  ['6.00', '1.00', '2.00', '3.00', '1.00', '2.00'],
  [],
  ['预算公开表14 2025年政府购买服务预算表'],
  ['部门名称：某某局 单位：万元'],
  ['项目名称', '购买服务内容', '指导性目录代码', '金额'],
  ['政府投资项目评审经费', '预决算评审', 'B0701-评审服务', '759.10'],
  ['合计', _, _, '759.10'],
  [],
  ['一般公共预算基本支出表'],
  ['部门名称：某某局', _, '单位：元'],
  ['经济分类科目编码', '科目名称', '合计', '人员经费', '公用经费'],
  ['301', '工资福利支出', 80, 80, _],
  ['30101', '基本工资', 50, 50, _],
  ['30102', '津贴补贴', 30, 30, _],
  ['302', '商品和服务支出', 10, _, 10],
  ['30201', '办公费', 10, _, 10],
  [],
  ['项目支出表'],
  ['单位名称（项目名称）', '合计', '一般公共预算'],
  ['某某局', 30, 30],
  ['某某局本级', 10, 10],
  ['项目甲', 10, 10],
  ['某某中心', 20, 20],
  ['项目乙', 15, 15],
  ['项目丙', '5', '5'],
  [],
  [],
  [],
  ['2025年机关运行经费预算表'],
  ['本表说明：本部门机关运行经费详见情况说明第八部分，此处不再重复列示。'],
];

function stacked(): Grid {
  // The 三公 group header 公务用车购置及运行费 spans its three child columns.
  const merges = [
    { top: 22, left: 3, bottom: 22, right: 5 },
    { top: 11, left: 0, bottom: 11, right: 2 },
  ];
  return { name: 'variants', sheets: [gridFromRows('综合', STACKED, merges)] };
}

function table(reading: WorkbookReading, kind: TableKind): BudgetTable {
  const found = reading.tables.find((t) => t.kind === kind);
  if (!found) throw new Error(`no ${kind}`);
  return found;
}

describe('title variants', () => {
  it.each([
    ['2026年部门收支总表', 'summary'],
    ['收支预算总表', 'summary'],
    ['表一 2026年预算收支总表', 'summary'],
    ['2026年单位收入总表', 'income'],
    ['部门支出总表', 'expenditure'],
    ['财政拨款收支预算总表', 'fiscal-summary'],
    ['一般公共预算支出表', 'general-expenditure'],
    ['一般公共预算财政拨款支出预算表（不含上年结转）', 'general-expenditure'],
    ['一般公共预算基本支出表', 'basic-economic'],
    ['政府性基金预算收入表', 'fund-income'],
    ['部门公开表8 政府性基金预算支出表', 'fund-expenditure'],
    ['国有资本经营预算支出表', 'state-capital'],
    ['财政拨款安排"三公"经费支出预算表', 'three-public'],
    ['“三公”经费支出预算表', 'three-public'],
    ['三公经费预算表', 'three-public'],
    ['机关运行经费预算表', 'operating-cost'],
    ['项目支出预算表（本年预算）', 'project'],
    ['项目支出预算表(上年结转)', 'project-carryover'],
    ['上年结转项目支出预算表', 'project-carryover'],
    ['政府购买服务预算表', 'gps'],
    ['某县预算部门项目支出绩效目标表', 'performance-target'],
    ['2024年预算单位财务收支预算总表', 'summary'],
    ['2025年部门收入预算总表', 'income'],
    ['2026年部门一般公共预算支出功能分类预算表', 'general-expenditure'],
    ['2026年部门政府性基金预算支出功能分类预算表', 'fund-expenditure'],
    ['2026年预算单位国有资本经营预算支出功能分类预算表', 'state-capital'],
    ['2026年部门一般公共预算基本支出部门预算经济分类预算表', 'basic-economic'],
    ['2026年部门收支总体情况表', 'summary'],
    ['部门收入总体情况表', 'income'],
    ['部门支出总体情况表', 'expenditure'],
    ['财政拨款收支总体情况表', 'fiscal-summary'],
    ['一般公共预算支出情况表', 'general-expenditure'],
    ['一般公共预算基本支出情况表', 'basic-economic'],
    ['政府性基金预算支出情况表', 'fund-expenditure'],
    ['国有资本经营预算支出情况表', 'state-capital'],
    ['一般公共预算“三公”经费支出情况表', 'three-public'],
    ['一般公共预算“三公”经费支出表', 'three-public'],
    ['部门综合预算一般公共预算支出明细表（按功能科目）', 'general-expenditure'],
    ['部门综合预算一般公共预算基本支出明细表（按经济科目）', 'basic-economic'],
    ['2026年部门收入预算表', 'income'],
    ['单位支出预算表', 'expenditure'],
    ['国有资本经营预算财政拨款支出表', 'state-capital'],
    ['2026年度部门综合预算一般公共预算拨款“三公”经费及会议培训费表', 'three-public'],
  ])('%s → %s', (title, kind) => {
    expect(kindsOfTitle(stripTableNumber(title))).toEqual([kind]);
  });

  it.each([
    ['2026年部门“三公”经费和机关运行经费预算表', ['three-public', 'operating-cost']],
    ['单位"三公"经费及机关运行经费预算表', ['three-public', 'operating-cost']],
  ])('%s names two tables', (title, kinds) => {
    expect(kindsOfTitle(stripTableNumber(title))).toEqual(kinds);
  });

  it.each([
    // The rows follow the other classification: reading them as this kind would misread every code.
    '一般公共预算财政拨款支出预算表（按政府预算支出经济分类）',
    '一般公共预算基本支出表（按功能科目）',
  ])('%s names a classification no kind has', (title) => {
    expect(kindsOfTitle(stripTableNumber(title))).toEqual([]);
  });

  it.each(['关于2026年预算收支总表的说明', '（项目绩效目标表公开情况见附件）', '县级预算部门整体支出绩效目标申报表', '预算收支总', '部门整体支出绩效目标表'])('%s is no table title', (title) => {
    expect(kindsOfTitle(stripTableNumber(title))).toEqual([]);
  });
});

describe('stacked variant sheet', () => {
  const reading = readWorkbook(stacked());

  it('finds each stacked table with its kind, year, unit and unit name', () => {
    expect(reading.tables.map((t) => `${t.kind} ${refToA1(t.title.ref)} ${t.year ?? '-'} ${t.unit?.unit ?? '-'} ${t.unitName?.text ?? '-'}`)).toEqual([
      'summary A1 2025 万元 某某局',
      'expenditure A10 2025 万元 某某局',
      'three-public A21 2025 万元 某某局',
      'gps A27 2025 万元 某某局',
      'basic-economic A33 - 元 某某局',
      'project A42 - - -',
      'operating-cost A53 2025 - -',
    ]);
  });

  it('joins header words split across rows', () => {
    const summary = table(reading, 'summary');
    expect(summary.columns.map((c) => `${c.key}/${c.side}`)).toEqual(['name/income', 'amount/income', 'name/expenditure', 'total/expenditure', 'current/expenditure']);
    expect(summary.rows.filter((r) => r.side === 'expenditure').map((r) => r.line)).toEqual(['class', 'expenditure-total', 'grand-total']);
    expect(table(reading, 'expenditure').columns.map((c) => c.key)).toEqual(['code-class', 'code-section', 'code-item', 'name', 'total', 'basic', 'project']);
  });

  it('joins split 类/款/项 codes, filling blank parents from the rows above', () => {
    const rows = table(reading, 'expenditure').rows;
    expect(rows.map((r) => `${r.role} ${r.code?.code ?? ''} ${r.code?.level ?? ''}`)).toEqual(['total  ', 'class 201 1', 'section 20103 2', 'item 2010301 3', 'item 2010350 3']);
    expect(rows[3].code?.cells.map(refToA1)).toEqual(['C18']);
    expect(rows[4].values.project?.amount?.toString()).toBe('30');
  });

  it('reads a 三公 table laid out as columns', () => {
    const rows = table(reading, 'three-public').rows;
    expect(rows.map((r) => `${r.line} ${r.role} ${r.values.total?.amount?.toString()} ${refToA1(r.values.total!.ref)}`)).toEqual([
      'total total 6 A25',
      'abroad line 1 B25',
      'reception line 2 C25',
      'vehicle group 3 D25',
      'vehicle-purchase line 1 E25',
      'vehicle-operation line 2 F25',
    ]);
  });

  it('reads 政府购买服务 rows and splits "B0701-评审服务"', () => {
    const rows = table(reading, 'gps').rows;
    expect(rows[0]).toMatchObject({ role: 'item', name: { text: '政府投资项目评审经费' } });
    expect(rows[0].texts?.['catalog-code'].text).toBe('B0701');
    expect(rows[0].texts?.['catalog-name'].text).toBe('评审服务');
    expect(rows[0].texts?.content.text).toBe('预决算评审');
    expect(rows[0].values.amount?.amount?.toString()).toBe('759.1');
    expect(rows[1].role).toBe('total');
  });

  it('tells economic groups from items by their codes', () => {
    const rows = table(reading, 'basic-economic').rows;
    expect(rows.map((r) => `${r.code?.code} ${r.role}`)).toEqual(['301 group', '30101 item', '30102 item', '302 group', '30201 item']);
  });

  it('tells unit subtotal rows from projects by name and by sum', () => {
    const rows = table(reading, 'project').rows;
    expect(rows.map((r) => `${r.name?.text} ${r.role}`)).toEqual(['某某局 unit', '某某局本级 unit', '项目甲 project', '某某中心 unit', '项目乙 project', '项目丙 project']);
  });

  it('says what it could not read instead of failing', () => {
    const project = table(reading, 'project');
    expect(project.issues.map((i) => `${i.severity} ${i.message}`)).toEqual(['warning “项目支出表”未注明金额单位（如“单位：万元”）。', 'info “项目支出表”未写明部门或单位名称。']);
    const operating = table(reading, 'operating-cost');
    expect(operating.rows).toEqual([]);
    expect(operating.issues[0]).toEqual({ severity: 'error', message: '“2025年机关运行经费预算表”下方未找到表头，无法读取此表。', ref: operating.title.ref });
  });

  it('keeps reading when a recogniser throws', () => {
    const spy = jest.spyOn(income, 'read').mockImplementation(() => {
      throw new Error('boom');
    });
    try {
      const grid: Grid = { sheets: [gridFromRows('表2', [['2025年收入总表'], ['科目编码', '科目名称', '合计'], ['201', '一般公共服务支出', 1]])] };
      const [read] = readWorkbook(grid).tables;
      expect(read.kind).toBe('income');
      expect(read.issues[0]).toMatchObject({ severity: 'error', message: '读取“2025年收入总表”时出错，此表未能读取：boom' });
    } finally {
      spy.mockRestore();
    }
  });

  it('ignores a contents list of titles without page numbers', () => {
    const contents: CellValue[][] = [
      ['目录'],
      ['2025年预算收支总表'],
      ['2025年预算收入总表'],
      ['2025年预算支出总表'],
      ['第三部分 情况说明'],
      [],
      ['2025年预算支出总表'],
      ['单位：万元'],
      ['科目编码', '科目名称', '合计'],
      ['201', '一般公共服务支出', 5],
    ];
    const reading = readWorkbook({ sheets: [gridFromRows('目录', contents)] });
    expect(reading.tables.map((t) => `${t.kind} ${refToA1(t.title.ref)}`)).toEqual(['expenditure A7']);
  });

  it('takes the unit from the header when no 单位 line states it', () => {
    const grid: Grid = { sheets: [gridFromRows('表3', [['支出总表'], ['科目编码', '科目名称', '金额（万元）'], ['201', '一般公共服务支出', 1]])] };
    const [read] = readWorkbook(grid).tables;
    expect(read.unit).toEqual({ unit: '万元', ref: { sheet: '表3', row: 1, col: 2 } });
    expect(read.rows[0].values.amount?.amount?.toString()).toBe('1');
  });

  it('says so when no header word is understood', () => {
    const grid: Grid = { sheets: [gridFromRows('表3', [['支出总表'], ['单位：万元'], ['甲', '乙'], ['丙', '丁']])] };
    const [read] = readWorkbook(grid).tables;
    expect(read.rows).toEqual([]);
    expect(read.issues[0]).toMatchObject({ severity: 'error', message: expect.stringContaining('表头中没有认得的列名') });
  });

  it('reports unreadable amount text as a warning at its cell', () => {
    const grid: Grid = { sheets: [gridFromRows('表3', [['支出总表'], ['单位：万元'], ['科目编码', '科目名称', '合计'], ['201', '一般公共服务支出', '约12万']])] };
    const [read] = readWorkbook(grid).tables;
    expect(read.rows[0].values.total?.problem).toEqual({ kind: 'unparsable', text: '约12万' });
    expect(read.issues).toContainEqual({ severity: 'warning', message: 'C4 的内容“约12万”不是金额。', ref: read.rows[0].values.total?.ref });
  });
});

describe('more variants', () => {
  it('takes the sheet name as the title when the sheet has no title row', () => {
    const grid: Grid = { sheets: [gridFromRows('部门支出总表', [['单位：万元'], ['科目编码', '科目名称', '合计'], ['201-一般公共服务支出', _, 7]])] };
    const [read] = readWorkbook(grid).tables;
    expect(read).toMatchObject({ kind: 'expenditure', title: { text: '部门支出总表' }, unit: { unit: '万元' } });
    expect(read.rows[0]).toMatchObject({ role: 'class', code: { code: '201' }, name: { text: '一般公共服务支出' } });
    expect(read.issues.map((i) => i.message)).toContain('工作表“部门支出总表”中没有表名行，按工作表名识别此表。');
  });

  it('reads projects by the 项目名称 column when a 功能科目 name column comes first', () => {
    const rows: CellValue[][] = [
      ['2025年项目支出表'],
      ['部门名称：某某局', _, _, '单位：万元'],
      ['功能科目编码', '功能科目名称', '项目名称', '金额'],
      ['2010301', '行政运行', '某某局', 8],
      ['2010301', '行政运行', '信息化运维经费', 8],
    ];
    const [read] = readWorkbook({ sheets: [gridFromRows('表12', rows)] }).tables;
    expect(read.rows.map((r) => `${r.name?.text} ${r.role} ${r.values.amount?.amount?.toString()}`)).toEqual(['某某局 unit 8', '信息化运维经费 project 8']);
  });

  it('reads 部门 and 政府 economic codes and names under merged group headers', () => {
    const rows: CellValue[][] = [
      ['2025年一般公共预算基本支出表'],
      ['单位名称：某某中心', _, _, _, '单位：万元'],
      ['部门预算支出经济分类科目', _, '政府预算支出经济分类科目', _, '2025年预算数', _, _],
      ['科目编码', '科目名称', '科目编码', '科目名称', '合计', '人员经费', '公用经费'],
      ['301', '工资福利支出', '501', '机关工资福利支出', 5, 5, _],
      ['30101', '基本工资', '50101', '工资奖金津补贴', 5, 5, _],
    ];
    const merges = [
      { top: 2, left: 0, bottom: 2, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 3 },
      { top: 2, left: 4, bottom: 2, right: 6 },
    ];
    const [read] = readWorkbook({ sheets: [gridFromRows('表6', rows, merges)] }).tables;
    expect(read.columns.map((c) => c.key)).toEqual(['code', 'name', 'secondary-code', 'secondary-name', 'total', 'personnel', 'public']);
    expect(read.rows.map((r) => `${r.role} ${r.code?.code} ${r.name?.text} ${r.texts?.['secondary-code'].text} ${r.secondaryName?.text}`)).toEqual([
      'group 301 工资福利支出 501 机关工资福利支出',
      'item 30101 基本工资 50101 工资奖金津补贴',
    ]);
  });

  it('reads meta beside other labelled values, and amounts 1 2 3 as data', () => {
    const rows: CellValue[][] = [
      ['2025年政府性基金预算支出表'],
      ['部门名称：某某局', '编制日期：2025年1月', '单位：万元'],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['合计', _, 3, 1, 2],
      ['212', '城乡社区支出', 1, 2, 3],
    ];
    const [read] = readWorkbook({ sheets: [gridFromRows('表8', rows)] }).tables;
    expect(read).toMatchObject({ unitName: { text: '某某局' }, unit: { unit: '万元' } });
    expect(read.rows.map((r) => `${r.role} ${r.values.total?.amount?.toString()}`)).toEqual(['total 3', 'class 1']);
  });

  it.each([
    ['部门：某某区某某局', '单位：万元'],
    ['部门：某某区某某局单位：万元', _],
  ])('reads the unit from a bare “部门：” line, and “单位：” as the amount unit (%s | %s)', (first, second) => {
    const rows: CellValue[][] = [['2026年部门支出总表'], [first, _, second], ['科目编码', '科目名称', '合计'], ['201', '一般公共服务支出', 4]];
    const [read] = readWorkbook({ sheets: [gridFromRows('表3', rows)] }).tables;
    expect(read).toMatchObject({ unitName: { text: '某某区某某局' }, unit: { unit: '万元' } });
  });

  it('reads a title cell with 部门名称 and 单位 glued after the title', () => {
    const rows: CellValue[][] = [['2025年部门支出总表 部门名称：某某局 单位：万元'], ['科目编码', '科目名称', '合计'], ['201', '一般公共服务支出', 4]];
    const [read] = readWorkbook({ sheets: [gridFromRows('表3', rows)] }).tables;
    expect(read).toMatchObject({ kind: 'expenditure', year: 2025, title: { text: '2025年部门支出总表' }, unitName: { text: '某某局' }, unit: { unit: '万元' } });
  });

  it('reads the title year when the header also shows last year', () => {
    const rows: CellValue[][] = [['2026年机关运行经费预算表'], ['单位：万元'], ['单位名称', '2025年预算数', '2026年预算数'], ['某某局', 9, 12]];
    const [read] = readWorkbook({ sheets: [gridFromRows('表11', rows)] }).tables;
    expect(read.rows[0].values.amount?.amount?.toString()).toBe('12');
    expect(read.issues.map((i) => i.message)).toContain('列“2025年预算数”不是本表年度（2026年）的数，未读取。');
  });

  it('skips a header repeated on the next page of a PDF conversion', () => {
    const rows: CellValue[][] = [
      ['2025年一般公共预算支出表（单位：万元）'],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['201', '一般公共服务支出', 3, 1, 2],
      ['— 2 —'],
      ['续表'],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['20103', '政府办公厅（室）及相关机构事务', 3, 1, 2],
    ];
    const [read] = readWorkbook({ sheets: [gridFromRows('表5', rows)] }).tables;
    expect(read).toMatchObject({ kind: 'general-expenditure', unit: { unit: '万元' } });
    expect(read.rows.map((r) => r.code?.code)).toEqual(['201', '20103']);
    expect(read.issues).toEqual([expect.objectContaining({ severity: 'info', message: '“2025年一般公共预算支出表”未写明部门或单位名称。' })]);
  });

  it('takes a lone 金额 column on the 支出 side as its total', () => {
    const rows: CellValue[][] = [['财政拨款收支总表'], ['单位：万元'], ['收入', _, '支出', _], ['项目', '金额', '项目', '金额'], ['一、一般公共预算', 5, '一、一般公共服务支出', 5]];
    const [read] = readWorkbook({ sheets: [gridFromRows('表4', rows)] }).tables;
    expect(read.columns.map((c) => c.key)).toEqual(['name', 'amount', 'name', 'total']);
    expect(read.rows.find((r) => r.line === 'class')?.values.total?.amount?.toString()).toBe('5');
  });

  it('takes a numbered heading of the 说明 text for a heading, not a table', () => {
    const rows: CellValue[][] = [['（一）预算收支总表'], ['2025年收支总预算100万元，比上年增加5万元。']];
    const reading = readWorkbook({ sheets: [gridFromRows('说明', rows)] });
    expect(reading.tables).toEqual([]);
    expect(reading.narrative.yearOnYear[0]).toMatchObject({ label: '收支总预算', direction: 1 });
  });

  it('reads codes written at the start of names when there is no code column', () => {
    const rows: CellValue[][] = [['支出总表'], ['单位：万元'], ['科目', '合计'], ['201 一般公共服务支出', 3], ['2010301-行政运行', 3]];
    const [read] = readWorkbook({ sheets: [gridFromRows('表3', rows)] }).tables;
    expect(read.rows.map((r) => `${r.role} ${r.code?.code} ${r.name?.text}`)).toEqual(['class 201 一般公共服务支出', 'item 2010301 行政运行']);
  });

  it.each([
    ['科目', '[201]一般公共服务支出', '【2010301】行政运行'],
    ['科目编码', '[201]一般公共服务支出', '［2010301］行政运行'],
  ])('reads codes in square brackets as budget systems export them (%s column)', (header, classLine, itemLine) => {
    const rows: CellValue[][] = [['支出总表'], ['单位：万元'], [header, '合计'], [classLine, 3], [itemLine, 3]];
    const [read] = readWorkbook({ sheets: [gridFromRows('表3', rows)] }).tables;
    expect(read.rows.map((r) => `${r.role} ${r.code?.code}`)).toEqual(['class 201', 'item 2010301']);
    expect(read.issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
  });

  it('reads a 政府购买服务 table whose 指导性目录 column holds code and name', () => {
    const rows: CellValue[][] = [['2025年部门政府购买服务预算表'], ['单位：万元'], ['政府购买服务项目', '所属指导性目录', '预算金额'], ['档案数字化经费', 'B0201 档案管理服务', 12]];
    const [read] = readWorkbook({ sheets: [gridFromRows('表14', rows)] }).tables;
    expect(read.columns.map((c) => c.key)).toEqual(['name', 'catalog-code', 'amount']);
    const [row] = read.rows;
    expect(`${row.name?.text} ${row.texts?.['catalog-code'].text} ${row.texts?.['catalog-name'].text} ${row.values.amount?.amount}`).toBe('档案数字化经费 B0201 档案管理服务 12');
  });

  it('reads tables on hidden sheets and says so', () => {
    const sheet = { ...gridFromRows('表3', [['支出总表'], ['单位：万元'], ['科目编码', '科目名称', '合计'], ['201', '一般公共服务支出', 1]]), hidden: true };
    const [read] = readWorkbook({ sheets: [sheet] }).tables;
    expect(read.rows).toHaveLength(1);
    expect(read.issues.map((i) => i.message)).toContain('工作表“表3”是隐藏的，其中的表格已照常读取。');
  });

  it('reads 事业收入 and the funds under 财政拨款收入 as parts of it', () => {
    const rows: CellValue[][] = [
      ['收支总表'],
      ['单位：元'],
      ['本年收入', _, '本年支出', _],
      ['项目', '预算数', '项目', '预算数'],
      ['一、财政拨款收入', 5, '一、一般公共服务支出', 6],
      ['1、一般公共预算资金', 5, _, _],
      ['2、政府性基金', _, _, _],
      ['二、事业收入', 1, _, _],
      [_, _, _, _],
      [_, _, _, _],
      [_, _, _, _],
      ['收入总计', 6, '支出总计', 6],
    ];
    const [read] = readWorkbook({ sheets: [gridFromRows('表1', rows)] }).tables;
    expect(read.rows.filter((r) => r.side === 'income').map((r) => `${r.line} ${r.source ?? ''} ${r.partOf ?? ''}`.trim())).toEqual([
      'source fiscal',
      'source general fiscal',
      'source fund fiscal',
      'source business',
      'grand-total',
    ]);
  });

  it('reads 单位资金 broken down and the expenditure columns of other templates', () => {
    const income: CellValue[][] = [
      ['部门收入总表'],
      ['单位：万元'],
      ['科目编码', '科目名称', '合计', '财政拨款', _, '单位资金', _, _],
      [_, _, _, '一般公共预算', '政府性基金', '小计', '事业收入', '其他收入'],
      ['201', '一般公共服务支出', 10, 6, 1, 3, 2, 1],
    ];
    const expenditure: CellValue[][] = [
      ['部门支出总表'],
      ['单位：万元'],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出', '上缴上级支出', '事业单位经营支出', '对附属单位补助支出'],
      ['201', '一般公共服务支出', 10, 4, 3, 1, 1, 1],
    ];
    const tables = readWorkbook({ sheets: [gridFromRows('表2', income), gridFromRows('表3', expenditure)] }).tables;
    expect(tables.map((t) => t.columns.map((c) => c.key).join(' '))).toEqual([
      'code name total general fund unit-funds business other',
      'code name total basic project remit operating-expense affiliated-subsidy',
    ]);
    expect(tables.every((t) => !t.unreadColumns)).toBe(true);
    const rowSums = (rows: CellValue[][]) =>
      check({ sheets: [gridFromRows('表2', rows), gridFromRows('表3', expenditure)] }).diagnostics.filter((d) => d.rule.endsWith('row-sum') && d.severity === 'error');
    expect(rowSums(income)).toEqual([]);
    const wrongSubtotal = income.map((row, i) => (i === 4 ? ['201', '一般公共服务支出', 10, 6, 1, 4, 2, 1] : row));
    expect(rowSums(wrongSubtotal).map((d) => d.cell)).toEqual(['F5']);
  });

  it('says when a side of a 收支总表 has no 合计/总计 line: the table was cut short', () => {
    const rows: CellValue[][] = [
      ['收支总表'],
      ['单位：万元'],
      ['收入', _, '支出', _],
      ['项目', '金额', '项目', '金额'],
      ['一、一般公共预算', 5, '一、一般公共服务支出', 5],
      ['收入总计', 5, _, _],
    ];
    const [read] = readWorkbook({ sheets: [gridFromRows('表1', rows)] }).tables;
    expect(read.issues.filter((issue) => /没有读到合计或总计行/.test(issue.message)).map((issue) => issue.message)).toEqual([
      '“收支总表”的支出栏没有读到合计或总计行（表格可能不完整），支出总计的核对未进行。',
    ]);
  });

  it('keeps an income line it cannot name, with a warning that the income sums are not checked', () => {
    const rows: CellValue[][] = [
      ['收支总表'],
      ['单位：万元'],
      ['收入', _, '支出', _],
      ['项目', '金额', '项目', '金额'],
      ['一、一般公共预算', 5, '一、一般公共服务支出', 6],
      ['二、捐赠', 1, _, _],
    ];
    const [read] = readWorkbook({ sheets: [gridFromRows('表1', rows)] }).tables;
    const odd = read.rows.find((r) => r.name?.text === '二、捐赠');
    expect(odd).toMatchObject({ role: 'line', side: 'income', unread: 'unnamed-line' });
    expect(odd?.line).toBeUndefined();
    expect(read.issues).toContainEqual({ severity: 'warning', message: '未能识别收入项目“二、捐赠”，收入合计未核对。', ref: odd?.name?.ref });
  });
});

describe('a “三公”经费及会议培训费表 (会议费 and 培训费 printed beside the 三公 lines)', () => {
  const horizontal = (totalHeader: string, total: number): CellValue[][] => [
    ['2026年度部门综合预算一般公共预算拨款“三公”经费及会议培训费表'],
    ['单位名称：某某局', _, _, _, _, _, _, '单位：万元'],
    [totalHeader, '因公出国（境）费', '公务用车购置及运行费', _, _, '公务接待费', '会议费', '培训费'],
    [_, _, '小计', '公务用车购置费', '公务用车运行费', _, _, _],
    [total, 1, 3, 0, 3, 2, 2, 2],
  ];
  const lines = (rows: CellValue[][]) => readWorkbook({ sheets: [gridFromRows('表12', rows)] }).tables[0].rows.map((row) => `${row.line} ${row.values.total?.amount}`);
  const errors = (rows: CellValue[][]) =>
    check({ sheets: [gridFromRows('表12', rows)] }, { profile: 'general' }).diagnostics.filter((d) => d.severity === 'error' && d.rule !== 'meta/required-tables');

  it('reads the 三公 lines, and a total that says it is the 三公 total', () => {
    expect(lines(horizontal('“三公”经费合计', 6))).toEqual(['total 6', 'abroad 1', 'vehicle 3', 'vehicle-purchase 0', 'vehicle-operation 3', 'reception 2']);
    expect(errors(horizontal('“三公”经费合计', 6))).toEqual([]);
    expect(errors(horizontal('“三公”经费合计', 7)).map((d) => `${d.rule} ${d.cell}`)).toEqual(['three-public/sums A5']);
  });

  it('rests no sum on a plain 合计, which may include 会议费 and 培训费', () => {
    expect(lines(horizontal('合计', 10))).toEqual(['abroad 1', 'vehicle 3', 'vehicle-purchase 0', 'vehicle-operation 3', 'reception 2']);
    expect(errors(horizontal('合计', 10))).toEqual([]);
  });

  it('leaves 会议费 and 培训费 rows out of the 三公 lines, with no warning', () => {
    const rows: CellValue[][] = [
      ['2026年一般公共预算“三公”经费及会议培训费预算表'],
      ['单位名称：某某局', '单位：万元'],
      ['项目', '预算数'],
      ['“三公”经费合计', 6],
      ['1.因公出国（境）费', 1],
      ['2.公务用车购置及运行费', 3],
      ['（1）公务用车购置费', 0],
      ['（2）公务用车运行费', 3],
      ['3.公务接待费', 2],
      ['4.会议费', 2],
      ['5.培训费', 2],
    ];
    const [table] = readWorkbook({ sheets: [gridFromRows('表12', rows)] }).tables;
    expect(table.rows.map((row) => row.line)).toEqual(['total', 'abroad', 'vehicle', 'vehicle-purchase', 'vehicle-operation', 'reception']);
    expect(table.issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
    expect(errors(rows)).toEqual([]);
  });
});

describe('columns of the year before and of the change', () => {
  const threePublic = (header: CellValue[]): CellValue[][] => [
    ['2026年一般公共预算“三公”经费支出表'],
    ['部门名称：某某局', _, _, _, '单位：万元'],
    header,
    ['合计', 10, 9, -1, '-10%'],
    ['1.因公出国（境）费', 2, 2, 0, '0%'],
    ['2.公务接待费', 3, 2, -1, '-33.33%'],
    ['3.公务用车购置及运行费', 5, 5, 0, '0%'],
    ['其中：（1）公务用车购置费', 0, 0, 0, _],
    ['（2）公务用车运行费', 5, 5, 0, '0%'],
  ];

  it.each([
    ['years in the header', ['项目', '2025年预算数', '2026年预算数', '增减额', '增减率']],
    ['上年 / 本年 and a change', ['项目', '上年预算数', '本年预算数', '比上年增减', '增长率（%）']],
  ])('reads this year’s column only, with no column left unread (%s)', (_label, header) => {
    const grid: Grid = { sheets: [gridFromRows('三公', threePublic(header))] };
    const [table] = readWorkbook(grid).tables;
    expect(table.unreadColumns).toBeUndefined();
    expect(table.rows.map((row) => Object.values(row.values).map((cell) => cell?.amount?.toString()))).toEqual([['9'], ['2'], ['2'], ['5'], ['0'], ['5']]);
    expect(check(grid, { profile: 'general' }).diagnostics.filter((d) => d.sheet === '三公' && d.severity !== 'info')).toEqual([]);
  });

  it('still finds a wrong sum in this year’s column', () => {
    const rows = threePublic(['项目', '上年预算数', '本年预算数', '比上年增减', '增长率（%）']).map((row) => (row[0] === '2.公务接待费' ? ['2.公务接待费', 3, 3, 0, '0%'] : row));
    const errors = check({ sheets: [gridFromRows('三公', rows)] }, { profile: 'general' }).diagnostics.filter((d) => d.sheet === '三公' && d.severity === 'error');
    expect(errors.map((d) => d.rule)).toEqual(['three-public/sums']);
  });

  it('reads a year written over its group without a merge (as PDF converters leave it)', () => {
    const rows: CellValue[][] = [
      ['2026年一般公共预算支出表'],
      ['单位：万元'],
      ['科目编码', '科目名称', '2025年预算数', _, _, '2026年预算数', _, _],
      [_, _, '合计', '基本支出', '项目支出', '合计', '基本支出', '项目支出'],
      ['201', '一般公共服务支出', 45, 25, 20, 50, 30, 20],
    ];
    const [table] = readWorkbook({ sheets: [gridFromRows('表5', rows)] }).tables;
    expect(table.columns.map((column) => `${column.key}@${column.col}`)).toEqual(['code@0', 'name@1', 'total@5', 'basic@6', 'project@7']);
    expect(check({ sheets: [gridFromRows('表5', rows)] }, { profile: 'general' }).diagnostics.filter((d) => d.severity === 'error' && d.rule !== 'meta/required-tables')).toEqual([]);
  });

  it('keeps 上年结转 an income column of this year', () => {
    const rows: CellValue[][] = [
      ['2026年部门收入总表'],
      ['单位：万元'],
      ['科目编码', '科目名称', '合计', '一般公共预算', '上年结转'],
      ['201', '一般公共服务支出', 12, 10, 2],
      ['合计', _, 12, 10, 2],
    ];
    const [table] = readWorkbook({ sheets: [gridFromRows('收入总表', rows)] }).tables;
    expect(table.columns.map((column) => column.key)).toEqual(['code', 'name', 'total', 'general', 'carryover']);
  });
});

describe('收入总表 and 支出总表 listed by unit (单位代码 | 单位名称) instead of by 科目', () => {
  const expenditure = (header: CellValue[], own: number): CellValue[][] => [
    ['2026年部门支出总表'],
    ['部门：某某局', _, _, _, '单位：万元'],
    header,
    [_, '合计', 100, 80, 20],
    ['101001', '某某局本级', 70, own, 15],
    ['101002', '某某局下属事业单位', 30, 25, 5],
  ];
  const summary: CellValue[][] = [
    ['2026年部门收支总表'],
    ['部门：某某局', _, _, '单位：万元'],
    ['收入', _, '支出', _],
    ['项目', '预算数', '项目', '预算数'],
    ['一、一般公共预算拨款收入', 100, '一、一般公共服务支出', 60],
    [_, _, '二、社会保障和就业支出', 40],
    ['本年收入合计', 100, '本年支出合计', 100],
    ['收入总计', 100, '支出总计', 100],
  ];
  const findings = (rows: CellValue[][]) =>
    check({ sheets: [gridFromRows('表1', summary), gridFromRows('表3', rows)] }, { profile: 'general' }).diagnostics.filter((d) => d.severity !== 'info' && d.rule !== 'meta/required-tables');

  it.each([
    ['单位代码', ['单位代码', '单位名称', '合计', '基本支出', '项目支出']],
    ['no code column', [_, '单位名称', '合计', '基本支出', '项目支出']],
  ])('reads unit rows with no 科目编码 to miss (%s)', (_label, header) => {
    const rows = expenditure(header, 55).map((row, i) => (header[0] === null && i >= 3 ? [_, ...row.slice(1)] : row));
    const [table] = readWorkbook({ sheets: [gridFromRows('表3', rows)] }).tables;
    expect(table.rows.map((row) => `${row.role} ${row.name?.text}`)).toEqual(['total 合计', 'unit 某某局本级', 'unit 某某局下属事业单位']);
    expect(table.issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
    expect(findings(rows)).toEqual([]);
  });

  it('checks 合计 = Σ units, and pins a wrong unit amount', () => {
    const wrong = findings(expenditure(['单位代码', '单位名称', '合计', '基本支出', '项目支出'], 56));
    expect(wrong.map((d) => `${d.cell} ${d.fix?.kind} ${d.expected}`)).toEqual(['D5 fix 55.00']);
  });
});

describe('a draft that keeps the template’s “…” lines', () => {
  // The Shanghai template lists sample classes with "…" lines between them (code and name columns).
  const rows: CellValue[][] = [
    ['2026年部门支出预算总表'],
    ['编制部门：某某局', _, _, _, '单位：元'],
    ['功能分类科目编码', _, _, '功能分类科目名称', '合计', '基本支出', '项目支出'],
    ['类', '款', '项'],
    ['201', _, _, '一般公共服务支出', 50, 20, 30],
    ['201', '03', _, '政府办公厅（室）及相关机构事务', 50, 20, 30],
    ['201', '03', '01', '行政运行', 50, 20, 30],
    ['…', _, _, '…'],
    ['...', '..', _, '……'],
    ['合计', _, _, _, 50, 20, 30],
  ];

  it('reads them as no line of the table and says so once, naming the rows', () => {
    const [table] = readWorkbook({ sheets: [gridFromRows('部门支出总表', rows)] }).tables;
    expect(table.rows.map((row) => row.code?.code ?? row.name?.text)).toEqual(['201', '20103', '2010301', '合计']);
    expect(table.issues.filter((issue) => issue.message.includes('省略行'))).toEqual([
      { severity: 'warning', message: '“2026年部门支出预算总表”中留有模板的省略行（第 8、9 行只有“…”），应删除或填写实际科目。', ref: { sheet: '部门支出总表', row: 7, col: 0 } },
    ]);
    const findings = check({ sheets: [gridFromRows('部门支出总表', rows)] }, { profile: 'general' }).diagnostics.filter((d) => d.severity !== 'info' && d.rule !== 'meta/required-tables');
    expect(findings.map((d) => `${d.rule} ${d.cell}`)).toEqual(['tables/read A8']);
  });

  it('keeps a line that has amounts even when its name is “…”', () => {
    const withAmounts = rows.map((row) => (row[0] === '…' ? ['…', _, _, '…', 0, 0, 0] : row));
    const [table] = readWorkbook({ sheets: [gridFromRows('部门支出总表', withAmounts)] }).tables;
    expect(table.rows.some((row) => row.row === 7)).toBe(true);
  });
});

describe('a table printed in parts', () => {
  const HEADER: CellValue[][] = [
    ['编制部门：某某局', _, _, '单位：万元'],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
  ];
  const firstPart: CellValue[][] = [['2025年一般公共预算支出表'], ...HEADER, ['201', '一般公共服务支出', 10, 4, 6], ['20101', '人大事务', 10, 4, 6]];
  const rest: CellValue[][] = [
    ['208', '社会保障和就业支出', 5, 5, _],
    ['20805', '行政事业单位养老支出', 5, 5, _],
    ['合计', _, 15, 9, 6],
  ];

  it.each([
    ['on the next sheet under a 续 title', '2025年一般公共预算支出表（续）'],
    ['on the next sheet under the same title, the first part without its 合计', '2025年一般公共预算支出表'],
  ])('is one table %s: its sums run over both parts, with no finding', (_label, title) => {
    const grid: Grid = { sheets: [gridFromRows('表5', firstPart), gridFromRows('表5续', [[title], ...HEADER, ...rest])] };
    const [table] = readWorkbook(grid).tables;
    expect(readWorkbook(grid).tables).toHaveLength(1);
    expect(table.rows.map((row) => row.code?.code ?? row.name?.text)).toEqual(['201', '20101', '208', '20805', '合计']);
    expect(table.continuations?.map((part) => `${part.sheet}!${refToA1({ row: part.range.top, col: part.range.left })}`)).toEqual(['表5续!A1']);
    const report = check(grid, { profile: 'general' });
    expect(report.tables[0].continuations).toEqual(['表5续!A1:E6']);
    expect(report.diagnostics.filter((d) => d.severity === 'error' && d.rule !== 'meta/required-tables')).toEqual([]);
  });

  it('points at the continuation’s cell when its row is wrong', () => {
    const wrong = rest.map((row) => (row[0] === '20805' ? ['20805', '行政事业单位养老支出', 5, 4, _] : row));
    const grid: Grid = { sheets: [gridFromRows('表5', firstPart), gridFromRows('表5续', [['2025年一般公共预算支出表（续）'], ...HEADER, ...wrong])] };
    const errors = check(grid, { profile: 'general' }).diagnostics.filter((d) => d.severity === 'error' && d.rule !== 'meta/required-tables');
    expect(errors.map((d) => `${d.sheet}!${d.cell}`)).toEqual(['表5续!D5']);
  });

  it.each([
    ['repeats the header', [...HEADER.slice(1), ...rest]],
    ['starts with its rows (read in the first part’s columns)', rest],
  ])('is one table when the next sheet has no title and %s (a PDF converted a sheet a page)', (_label, page) => {
    const grid: Grid = { sheets: [gridFromRows('Table 1', firstPart), gridFromRows('Table 2', page as CellValue[][])] };
    const reading = readWorkbook(grid);
    expect(reading.tables).toHaveLength(1);
    expect(reading.tables[0].rows.map((row) => row.code?.code ?? row.name?.text)).toEqual(['201', '20101', '208', '20805', '合计']);
    expect(reading.tables[0].issues.map((issue) => issue.message)).toContain('工作表“Table 2”没有表名，按上一工作表“2025年一般公共预算支出表”的续页读取。');
    expect(check(grid, { profile: 'general' }).diagnostics.filter((d) => d.severity === 'error' && d.rule !== 'meta/required-tables')).toEqual([]);
  });

  it('leaves an untitled sheet of prose after a table alone', () => {
    const grid: Grid = { sheets: [gridFromRows('Table 1', firstPart), gridFromRows('说明', [['一、部门职责'], ['负责全县财政收支管理。'], ['二、机构设置']])] };
    const reading = readWorkbook(grid);
    expect(reading.tables.map((table) => table.rows.length)).toEqual([2]);
    expect(reading.narrative.paragraphs.map((paragraph) => paragraph.text)).toContain('负责全县财政收支管理。');
  });

  it('keeps two tables apart when the first has its 合计 and the second is not marked 续', () => {
    const complete = [...firstPart, ['合计', _, 10, 4, 6]];
    const grid: Grid = { sheets: [gridFromRows('表5', complete), gridFromRows('表5-2', [['2025年一般公共预算支出表'], ...HEADER, ...rest])] };
    expect(readWorkbook(grid).tables).toHaveLength(2);
  });
});
