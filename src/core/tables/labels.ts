/** Chinese words for table kinds, columns and rows, shared by every message (a new kind must be named here). */
import type { BudgetTable, ColumnKey, TableKind, TableRow } from './types';

export const TABLE_LABEL: Record<TableKind, string> = {
  summary: '收支总表',
  income: '收入总表',
  expenditure: '支出总表',
  'fiscal-summary': '财政拨款收支总表',
  'general-expenditure': '一般公共预算支出表',
  'basic-economic': '基本支出分经济科目表',
  'fund-income': '政府性基金预算收入表',
  'fund-expenditure': '政府性基金预算支出表',
  'state-capital': '国有资本经营预算表',
  'three-public': '“三公”经费表',
  'operating-cost': '机关运行经费表',
  project: '项目支出表（本年预算）',
  'project-carryover': '项目支出表（上年结转）',
  gps: '政府购买服务表',
  'performance-target': '绩效目标表',
};

export const COLUMN_LABEL: Record<ColumnKey, string> = {
  amount: '金额',
  total: '合计',
  current: '当年预算安排',
  carryover: '上年结转',
  general: '一般公共预算',
  fund: '政府性基金预算',
  'state-capital': '国有资本经营预算',
  'special-account': '财政专户管理资金',
  'unit-funds': '单位资金',
  'social-insurance': '社会保险基金预算',
  fiscal: '财政拨款',
  business: '事业收入',
  operating: '事业单位经营收入',
  'superior-subsidy': '上级补助收入',
  affiliated: '附属单位上缴收入',
  reserve: '用事业基金弥补收支差额',
  other: '其他资金',
  remit: '上缴上级支出',
  'operating-expense': '事业单位经营支出',
  'affiliated-subsidy': '对附属单位补助支出',
  basic: '基本支出',
  project: '项目支出',
  personnel: '人员经费',
  public: '公用经费',
};

/** "201 一般公共服务支出", "合计", or the row number when the row has no words. */
export function rowLabel(row: TableRow): string {
  const words = [row.code?.code, row.name?.text.trim()].filter(Boolean).join(' ');
  return words || `第 ${row.row + 1} 行`;
}

/** Label naming a cell in another table: "支出总表「201 一般公共服务支出」合计". */
export function foreignLabel(table: BudgetTable, row: TableRow, key: ColumnKey): string {
  return `${TABLE_LABEL[table.kind]}「${rowLabel(row)}」${COLUMN_LABEL[key]}`;
}
