/** 预算收支总表 / 部门收支总表 / 收支预算总表: income source lines, 支出 class lines, totals. */
import { twoSidedLines } from './shared';

export const summary = twoSidedLines('summary', [/(?:部门|单位)?(?:预算)?(?:财务)?收支(?:预算)?总(?:体情况)?表/]);
