/** 预算支出总表 / 部门支出总表 / 部门支出预算表: rows by 科目编码, 合计 = 基本支出 + 项目支出. */
import { codedTable } from './shared';

export const expenditure = codedTable('expenditure', [/(?:部门|单位)?(?:预算)?支出(?:预算)?总(?:体情况)?表/, /(?:部门|单位)(?:预算)?支出(?:预算)?表/]);
