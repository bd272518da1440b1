/** Rows of the 泽州县财政局 2026 disclosure (seed 002) as printed, for rule cases. */
import type { BudgetTable } from '../../tables/types';
import { buildTable, columnsFrom, tsvTable } from './builder';

/** 201 一般公共服务支出 with its 款 and 项 (合计, then one amount column). */
export function generalServicesRows(section = '2134.19'): string {
  return `合计\t\t2134.19
201\t一般公共服务支出\t2134.19
20106\t财政事务\t${section}
2010601\t行政运行\t938.70
2010605\t财政国库业务\t6.00
2010607\t信息化建设\t250.00
2010608\t财政委托业务支出\t877.27
2010699\t其他财政事务支出\t62.22`;
}

/** A 政府购买服务预算表 row: project name, amount (column C), 目录代码 (K) and 目录名称 (L). */
export function purchaseTable(project: string, amount: string, code: string, name: string): BudgetTable {
  return buildTable({
    kind: 'gps',
    sheet: '政府购买服务',
    title: '2026年政府购买服务预算表',
    columns: columnsFrom(['amount']),
    rows: [{ role: 'item', name: project, values: { amount }, texts: { 'catalog-code': code, 'catalog-name': name } }],
  });
}

/** The 项目支出表 (本年预算) with the 泽州 projects that buy services. */
export const PROJECTS: BudgetTable = tsvTable(
  'project',
  '表12',
  ['total'],
  `财政专项资金及PPP项目绩效评价工作经费\t\t118.17
政府投资项目预决（结）算评审工作经费\t\t759.10
行政事业性国有资产清查审计评估费及信息系统服务费\t\t15.58`,
  { role: 'project' },
);
