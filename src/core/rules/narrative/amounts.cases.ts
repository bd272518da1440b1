import { buildTable, columnsFrom, tsvTable, twoSidedTable } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { narrativeAmounts } from './amounts';

const expenditure = (unit: '万元' | '元' = '万元', basic = '1345.76') => tsvTable('expenditure', '表3', ['total', 'basic', 'project'], `合计\t\t2541.25\t${basic}\t1195.49`, { unit });
const paragraph = (basic: string) => `2026年度泽州县财政局支出预算2541.25万元，其中：基本支出${basic}万元，占52.96%；项目支出1195.49万元，占47.04%。`;

/** 一般公共预算 is part of the 支出总表: its 基本支出 is smaller than the whole department's. */
const general = tsvTable('general-expenditure', '表5', ['total', 'basic', 'project'], '合计\t\t2400.00\t1204.51\t1195.49');
const generalParagraph = (basic: string) => `2026年一般公共预算支出2400.00万元，其中：基本支出${basic}万元，项目支出1195.49万元。`;

const threePublic = (total: string, reception = '1.00', vehicle = '3.00') =>
  buildTable({
    kind: 'three-public',
    sheet: '表7',
    title: '表7',
    columns: columnsFrom(['total']),
    rows: [
      { role: 'line', line: 'abroad', name: '因公出国（境）费', values: { total: '' } },
      { role: 'line', line: 'reception', name: '公务接待费', values: { total: reception } },
      { role: 'group', line: 'vehicle', name: '公务用车购置及运行费', values: { total: vehicle } },
      { role: 'total', line: 'total', name: '合计', values: { total } },
    ],
  });

export const cases: RuleCases = {
  rule: narrativeAmounts,
  valid: [
    { name: '说明中的基本支出、项目支出等于支出总表', tables: [expenditure()], narrative: [paragraph('1345.76')] },
    { name: '“一般公共预算支出……其中：基本支出”取一般公共预算支出表的基本支出，不取支出总表的', tables: [expenditure(), general], narrative: [generalParagraph('1204.51')] },
    {
      name: '“财政拨款支出……其中：基本支出”没有一张表单独列出，不核对',
      tables: [expenditure()],
      narrative: ['2026年财政拨款支出2400.00万元，其中：基本支出1204.51万元。'],
    },
    {
      name: '段内没有写资金来源时按所在小节的标题取表：“一般公共预算当年拨款结构情况”下的类取一般公共预算支出表',
      tables: [tsvTable('expenditure', '表3', ['total'], '201\t一般公共服务支出\t60.00'), tsvTable('general-expenditure', '表5', ['total'], '201\t一般公共服务支出\t50.00')],
      narrative: ['（二）一般公共预算当年拨款结构情况', '一般公共服务支出50.00万元，占55.56%。'],
    },
    { name: '“三公”经费表为空时由 three-public/narrative 说明，此处不核对', tables: [threePublic('', '', '')], narrative: ['2026年“三公”经费预算4.00万元。'] },
  ],
  invalid: [
    {
      name: '说明中的基本支出与支出总表不等：说明和表都可能有误，不给修正',
      tables: [expenditure()],
      narrative: [paragraph('1345.67')],
      errors: [{ cell: '说明!A1', expected: '1345.76', actual: '1345.67', message: '无法确定' }],
      output: null,
    },
    {
      name: '表以元列示、说明按万元写到分位：差额在末位一个单位以内是尾差',
      tables: [tsvTable('expenditure', '表3', ['total', 'basic', 'project'], '合计\t\t25412549\t13457649\t11954900', { unit: '元' })],
      narrative: [paragraph('1345.76')],
      errors: [{ cell: '说明!A1', severity: 'info', expected: '1345.76', actual: '1345.76', message: '尾差' }],
      output: null,
    },
    {
      name: '一般公共预算的基本支出与一般公共预算支出表不等',
      tables: [expenditure(), general],
      narrative: [generalParagraph('1345.76')],
      errors: [{ cell: '说明!A1', expected: '1204.51', actual: '1345.76', message: '一般公共预算支出表基本支出合计' }],
      output: null,
    },
    {
      name: '说明中的“三公”经费合计（中文引号）与“三公”经费表合计不等',
      tables: [threePublic('4.00')],
      narrative: ['2026年“三公”经费预算5.00万元，比上年持平。'],
      errors: [{ cell: '说明!A1', expected: '4.00', actual: '5.00', message: '“三公”经费表合计' }],
      output: null,
    },
    {
      name: '单位名称在年份之前、表中没有写明单位时，“收入预算总计”仍取收支总表收入总计',
      tables: [twoSidedTable('summary', '表1', ['total'], [['grand-total', '收入总计', '2541.25']], [['grand-total', '支出总计', '2541.25']])],
      narrative: ['某某区某某局2026年收入预算总计2514.25万元，支出预算总计2541.25万元。'],
      errors: [{ cell: '说明!A1', expected: '2541.25', actual: '2514.25', message: '收支总表收入总计' }],
      output: null,
    },
    {
      name: '“部门综合预算收入总额”是收支总表的收入总计',
      tables: [twoSidedTable('summary', '表1', ['total'], [['grand-total', '收入总计', '2541.25']], [['grand-total', '支出总计', '2541.25']])],
      narrative: ['2026年部门综合预算收入总额2514.25万元，部门综合预算支出总额2541.25万元。'],
      errors: [{ cell: '说明!A1', expected: '2541.25', actual: '2514.25', message: '收支总表收入总计' }],
      output: null,
    },
    {
      name: '“财政拨款收支总预算”是财政拨款收支总表的收入总计',
      tables: [twoSidedTable('fiscal-summary', '表4', ['total'], [['grand-total', '收入总计', '90.00']], [['grand-total', '支出总计', '90.00']])],
      narrative: ['某某区某某局2026年财政拨款收支总预算95.00万元。'],
      errors: [{ cell: '说明!A1', expected: '90.00', actual: '95.00', message: '财政拨款收支总表收入总计' }],
      output: null,
    },
    {
      name: '“一般公共预算当年拨款”是一般公共预算支出表的合计',
      tables: [general],
      narrative: ['某某区某某局2026年一般公共预算当年拨款2410.00万元，比2025年执行数增加5.00万元。'],
      errors: [{ cell: '说明!A1', expected: '2400.00', actual: '2410.00', message: '一般公共预算支出表合计' }],
      output: null,
    },
  ],
};
