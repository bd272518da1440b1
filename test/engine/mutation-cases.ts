/**
 * One injected defect per rule on the clean 泽州 fixture, with where its finding must appear.
 * The end-to-end check of every rule on a real workbook; each rule's own cases sit next to it (src/core/rules/<group>/<rule>.cases.ts).
 */
import type { Grid } from '../../src/core/grid';
import type { Diagnostic } from '../../src/core/rules/types';
import { WANLI_2024, withCells, withText } from './support';

export type Mutation = (grid: Grid) => { grid: Grid; cell?: string };

export interface MutationCase {
  rule: string;
  what: string;
  /** Fixture the defect is injected into (default: the 泽州 workbook, layout A). */
  fixture?: string;
  /** Findings of the rule the clean fixture itself has (its real problems). */
  real?: number;
  mutate: Mutation;
  /** Where the finding must be and what it must expect; cell '' = the cell the mutation touched. */
  expect: { sheet?: string; cell?: string; expected?: string; severity?: Diagnostic['severity']; message?: string };
}

const cells =
  (...edits: Array<[string, string, string | number | null]>): Mutation =>
  (grid) => ({ grid: withCells(grid, edits), cell: edits[0][1] });
const text =
  (sheet: string, find: string, replacement: string): Mutation =>
  (grid) =>
    withText(grid, sheet, find, replacement);
const both =
  (first: Mutation, second: Mutation): Mutation =>
  (grid) =>
    second(first(grid).grid);

export const MUTATION_CASES: MutationCase[] = [
  { rule: 'summary/income-total', what: '收支总表本年收入合计录错', mutate: cells(['表1', 'B35', 2540.25]), expect: { sheet: '表1', cell: 'B35', expected: '2541.25' } },
  { rule: 'summary/row-sum', what: '收支总表某类的当年预算安排录错', mutate: cells(['表1', 'E5', 2134]), expect: { sheet: '表1', cell: 'E5', expected: '2134.19' } },
  { rule: 'summary/expenditure-total', what: '收支总表本年支出合计（当年预算安排）录错', mutate: cells(['表1', 'E35', 2540.25]), expect: { sheet: '表1', cell: 'E35', expected: '2541.25' } },
  { rule: 'summary/grand-totals', what: '收支总表收入总计录错', mutate: cells(['表1', 'B37', 2542.25]), expect: { sheet: '表1', cell: 'B37', expected: '2541.25' } },
  { rule: 'summary/balance', what: '收入总计与支出总计不等', mutate: cells(['表1', 'D37', 2542.25]), expect: { sheet: '表1', cell: 'D37', expected: '2541.25' } },
  { rule: 'summary/classes-match-expenditure', what: '收支总表某类与支出总表同名类不等', mutate: cells(['表1', 'D12', 239]), expect: { sheet: '表1', cell: 'D12', expected: '239.28' } },
  { rule: 'income/row-sum', what: '收入总表某项的一般公共预算录错', mutate: cells(['表2', 'D8', 938]), expect: { sheet: '表2', cell: 'D8', expected: '938.70' } },
  { rule: 'income/hierarchy', what: '收入总表某款不等于其下各项之和', mutate: cells(['表2', 'C7', 2134]), expect: { sheet: '表2', cell: 'C7', expected: '2134.19' } },
  { rule: 'income/matches-summary', what: '收入总表合计行一般公共预算与收支总表不等', mutate: cells(['表2', 'D5', 2541]), expect: { sheet: '表2', cell: 'D5', expected: '2541.25' } },
  { rule: 'expenditure/row-sum', what: '支出总表某项的基本支出录错', mutate: cells(['表3', 'D8', 938]), expect: { sheet: '表3', cell: 'D8', expected: '938.70' } },
  { rule: 'expenditure/hierarchy', what: '一般公共预算支出表某款录错', mutate: cells(['表5', 'C7', 2134]), expect: { sheet: '表5', cell: 'C7', expected: '2134.19' } },
  { rule: 'fiscal-summary/row-sum', what: '财政拨款收支总表小计录错', mutate: cells(['表4', 'D13', 239]), expect: { sheet: '表4', cell: 'D13', expected: '239.28' } },
  {
    rule: 'fiscal-summary/classes-match-general',
    what: '财政拨款收支总表一般公共预算列与一般公共预算支出表不等',
    mutate: cells(['表4', 'E13', 239]),
    expect: { sheet: '表4', cell: 'E13', expected: '239.28' },
  },
  {
    rule: 'fiscal-summary/classes-match-fund',
    what: '财政拨款收支总表政府性基金列有金额而政府性基金预算支出表没有该类',
    mutate: cells(['表4', 'F6', 5]),
    expect: { sheet: '表4', cell: 'F6', message: '没有这一类' },
  },
  { rule: 'basic-economic/row-sum', what: '基本支出表某科目的人员经费录错', mutate: cells(['表6', 'D7', 387]), expect: { sheet: '表6', cell: 'D7', expected: '387.94' } },
  { rule: 'basic-economic/groups', what: '商品和服务支出分类合计录错', mutate: cells(['表6', 'C17', 141.18]), expect: { sheet: '表6', cell: 'C17', expected: '140.18' } },
  {
    rule: 'basic-economic/matches-general',
    what: '基本支出表合计与一般公共预算支出表基本支出不等',
    mutate: cells(['表6', 'C5', 1346.76]),
    expect: { sheet: '表6', cell: 'C5', expected: '1345.76' },
  },
  { rule: 'three-public/sums', what: '空的三公经费表中出现金额', mutate: cells(['表10', 'B5', 1]), expect: { sheet: '表10', cell: 'B5', expected: '0.00' } },
  { rule: 'three-public/narrative', what: '说明称无三公经费而表中有金额', mutate: cells(['表10', 'B5', 1]), expect: { sheet: '说明', message: '无“三公”经费' } },
  {
    rule: 'three-public/narrative',
    what: '说明列出三公经费金额而表格为空',
    mutate: text('说明', '本部门无“三公”经费预算。', '本部门“三公”经费预算5.00万元。'),
    expect: { sheet: '说明', cell: '', message: '没有金额' },
  },
  { rule: 'operating-cost/units-sum', what: '机关运行经费表单位行录错', mutate: cells(['表11', 'B6', 140]), expect: { sheet: '表11', cell: 'B6', expected: '140.18' } },
  {
    rule: 'operating-cost/matches-public',
    what: '机关运行经费超过公用经费',
    mutate: cells(['表11', 'B5', 150], ['表11', 'C5', 150], ['表11', 'B6', 150], ['表11', 'C6', 150]),
    expect: { sheet: '表11', cell: 'B5', expected: '≤ 140.18', severity: 'warning' },
  },
  { rule: 'funding/row-sum', what: '项目的一般公共预算录错', mutate: cells(['表12', 'C8', 5]), expect: { sheet: '表12', cell: 'C8', expected: '6.00' } },
  { rule: 'project/unit-subtotals', what: '项目合计录错', mutate: cells(['表12', 'B8', 7]), expect: { sheet: '表12', cell: 'B8', expected: '6.00' } },
  { rule: 'project/matches-expenditure', what: '支出总表项目支出合计录错', mutate: cells(['表3', 'E5', 1195]), expect: { sheet: '表3', cell: 'E5', expected: '1195.49' } },
  { rule: 'codes/function-names', what: '科目名称写成另一个科目的名称', mutate: cells(['表3', 'B8', '财政国库业务']), expect: { sheet: '表3', cell: 'B8', expected: '行政运行' } },
  {
    rule: 'codes/function-names',
    what: '部分目录未收录的科目编码只作提示',
    mutate: cells(['表3', 'A9', '2010602']),
    expect: { sheet: '表3', cell: 'A9', severity: 'info', message: '目录中未收录，无法核对名称' },
  },
  { rule: 'codes/missing-code', what: '科目编码漏填', mutate: cells(['表3', 'A8', null]), expect: { sheet: '表3', cell: 'A8', expected: '2010601', severity: 'warning' } },
  { rule: 'codes/consistent-names', what: '同一科目在一张表中名称不同', mutate: cells(['表3', 'B8', '行政运转']), expect: { sheet: '表3', cell: 'B8', expected: '行政运行' } },
  {
    rule: 'codes/income-in-expenditure',
    what: '收入总表列出支出总表没有的科目',
    mutate: cells(['表2', 'A9', '2010650']),
    expect: { sheet: '表2', cell: 'A9', severity: 'warning' },
  },
  {
    rule: 'meta/no-data-note',
    what: '国有资本经营预算表下注明的是政府性基金',
    mutate: cells(['表9', 'A7', '注：本单位无政府性基金预算收支，本表无数据']),
    expect: { sheet: '表9', cell: 'A7', severity: 'warning', message: '可能是从其他表复制的' },
  },
  {
    rule: 'codes/economic-names',
    what: '经济科目名称不在（部分）目录中',
    mutate: cells(['表6', 'A7', '基本薪资']),
    expect: { sheet: '表6', cell: 'A7', severity: 'info', message: '目录中未收录' },
  },
  {
    rule: 'codes/economic-names',
    what: '政府预算经济分类与部门经济分类对应错误',
    mutate: cells(['表6', 'B7', '社会保障缴费']),
    expect: { sheet: '表6', cell: 'B7', expected: '工资奖金津补贴', severity: 'warning' },
  },
  { rule: 'gps/code-in-catalog', what: '引用不存在的目录代码', mutate: text('说明', 'B0701-评审服务', 'B9901-评审服务'), expect: { sheet: '说明', cell: '', expected: 'B0701' } },
  {
    rule: 'gps/name-matches-code',
    what: '目录名称少了个别字',
    mutate: text('说明', 'B0501监督检查辅助服务', 'B0501监督检查服务'),
    expect: { sheet: '说明', cell: '', expected: 'B0501 监督检查辅助服务', severity: 'warning' },
  },
  {
    rule: 'gps/amount-within-project',
    what: '购买服务金额超过项目金额',
    mutate: text('说明', '监督检查业务费20万元', '监督检查业务费25万元'),
    expect: { sheet: '说明', cell: '', expected: '≤ 20.00' },
  },
  {
    rule: 'gps/project-exists',
    what: '购买服务的项目不在项目支出表中',
    mutate: text('说明', '财政业务工作监督检查业务费20万元', '城市道路绿化养护费20万元'),
    expect: { sheet: '说明', cell: '', severity: 'warning' },
  },
  {
    rule: 'gps/forbidden-content',
    what: '购买内容含劳务派遣',
    mutate: both(text('说明', '财政业务工作监督检查业务费', '财政业务工作监督检查劳务派遣费'), text('表12', '财政业务工作监督检查业务费', '财政业务工作监督检查劳务派遣费')),
    expect: { sheet: '说明', message: '劳务派遣' },
  },
  {
    rule: 'gps/department-scope',
    what: '引用其他部门的部门目录代码',
    mutate: text('说明', 'B0501监督检查辅助服务', 'A0101公共安全隐患排查治理服务'),
    expect: { sheet: '说明', cell: '', severity: 'warning' },
  },
  { rule: 'narrative/amounts', what: '说明中的基本支出金额录错', mutate: text('说明', '基本支出1,345.76万元', '基本支出1,346.76万元'), expect: { sheet: '说明', cell: '', expected: '1345.76' } },
  {
    rule: 'narrative/amounts',
    what: '说明中一般公共预算支出结构的类金额录错',
    mutate: text('说明', '一般公共服务支出2,134.19万元，占83.98%', '一般公共服务支出2,134.00万元，占83.98%'),
    expect: { sheet: '说明', cell: '', expected: '2134.19', message: '一般公共预算支出表' },
  },
  {
    rule: 'narrative/amounts',
    what: '说明中财政拨款支出的类金额录错',
    mutate: text('说明', '支出包括：一般公共服务支出2,134.19', '支出包括：一般公共服务支出2,100.19'),
    expect: { sheet: '说明', cell: '', expected: '2134.19', message: '财政拨款收支总表' },
  },
  { rule: 'narrative/percentages', what: '说明中的占比录错', mutate: text('说明', '占52.96%', '占53.96%'), expect: { sheet: '说明', cell: '', expected: '52.96%' } },
  {
    rule: 'narrative/year-on-year',
    what: '说明中的增长率录错',
    mutate: text('说明', '增加49.59万元，增长1.99%', '增加49.59万元，增长2.99%'),
    expect: { sheet: '说明', cell: '', expected: '1.99%' },
  },
  {
    rule: 'narrative/class-names',
    what: '说明中的类名不是真实类名',
    mutate: text('说明', '：一般公共服务支出2,134.19', '：一般公共预算支出2,134.19'),
    expect: { sheet: '说明', cell: '', expected: '一般公共服务支出' },
  },
  {
    rule: 'narrative/items',
    what: '说明中列出的科目金额录错',
    fixture: WANLI_2024,
    real: 1,
    mutate: text('说明', '42.60万元，主要用于群众', '43.60万元，主要用于群众'),
    expect: { sheet: '说明', cell: 'A7', expected: '42.60' },
  },
  {
    rule: 'narrative/item-changes',
    what: '说明中科目比上年执行数的增减幅度录错',
    fixture: WANLI_2024,
    mutate: text('说明', '减少6.19%', '减少7.19%'),
    expect: { sheet: '说明', cell: 'A7', expected: '6.19%' },
  },
  {
    rule: 'narrative/change-parts',
    what: '本年为0的政府性基金支出写成比上年增加',
    fixture: WANLI_2024,
    mutate: text('说明', '政府性基金拨款支出预算0.00万元，比2023年预算持平', '政府性基金拨款支出预算0.00万元，比2023年预算增加5.00万元'),
    expect: { sheet: '说明', cell: 'A3', message: '上年应为负数' },
  },
  {
    rule: 'narrative/drafting',
    what: '说明中留有模板的“增加（减少）”',
    fixture: WANLI_2024,
    real: 1,
    mutate: text('说明', '比2023年预算减少876.75万元。', '比2023年预算增加（减少）876.75万元。'),
    expect: { sheet: '说明', cell: 'A3', message: '增加（减少）', severity: 'warning' },
  },
  {
    rule: 'narrative/years',
    what: '说明比较的年份写成本年',
    fixture: WANLI_2024,
    mutate: text('说明', '比2023年预算减少876.75万元。', '比2024年预算减少876.75万元。'),
    expect: { sheet: '说明', cell: 'A3', expected: '2023年' },
  },
  { rule: 'narrative/procurement-sum', what: '政府采购总额与分项之和不等', mutate: text('说明', '预算总额9.50万元', '预算总额10.50万元'), expect: { sheet: '说明', cell: '', expected: '9.50' } },
  {
    rule: 'narrative/procurement-sum',
    what: '政府采购预算（无“总额”二字）与分项之和不等',
    fixture: WANLI_2024,
    mutate: text('说明', '政府采购服务预算752.59万元', '政府采购服务预算752.95万元'),
    expect: { sheet: '说明', cell: 'A48', expected: '1662.80' },
  },
  { rule: 'meta/year', what: '标题年度与其他表不同', mutate: cells(['表3', 'A1', '2025年预算支出总表']), expect: { sheet: '表3', cell: 'A1', expected: '2026' } },
  { rule: 'meta/unit-name', what: '部门名称与其他表不同', mutate: cells(['表3', 'A2', '部门名称：泽州县财政厅']), expect: { sheet: '表3', expected: '泽州县财政局' } },
  { rule: 'meta/unit-label', what: '缺少“单位：万元”', mutate: cells(['表3', 'E2', null]), expect: { sheet: '表3', cell: 'A1', severity: 'warning' } },
  { rule: 'meta/no-data-note', what: '空表缺少“本表无数据”', mutate: cells(['表7', 'A6', null]), expect: { sheet: '表7', cell: 'A1', severity: 'warning' } },
  {
    rule: 'meta/required-tables',
    what: '缺少三公经费表',
    mutate: (grid) => ({ grid: { ...grid, sheets: grid.sheets.filter((s) => s.name !== '表10') } }),
    expect: { message: '“三公”经费表必须公开' },
  },
  { rule: 'meta/amount-readable', what: '金额单元格为错误值', mutate: cells(['表3', 'C9', '#REF!']), expect: { sheet: '表3', cell: 'C9' } },
];

/** The finding a case must produce, if the report has it. */
export function expectedFinding(c: MutationCase, diagnostics: Diagnostic[], touched: string | undefined, defaultSeverity: Diagnostic['severity']): Diagnostic | undefined {
  const wanted = { ...c.expect, cell: c.expect.cell === '' ? touched : c.expect.cell };
  return diagnostics.find(
    (d) =>
      (d.rule === c.rule || (d.explains ?? []).some((e) => e.rule === c.rule)) &&
      (wanted.sheet === undefined || d.sheet === wanted.sheet) &&
      (wanted.cell === undefined || d.cell === wanted.cell) &&
      (wanted.expected === undefined || d.expected === wanted.expected) &&
      (wanted.message === undefined || d.message.includes(wanted.message)) &&
      d.severity === (wanted.severity ?? defaultSeverity),
  );
}
