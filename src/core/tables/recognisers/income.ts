/** 预算收入总表 / 部门收入总表 / 部门收入预算表: rows by 科目编码, 合计 and funding-source columns, 上年结转. */
import { codedTable } from './shared';

export const income = codedTable('income', [/(?:部门|单位)?(?:预算)?收入(?:预算)?总(?:体情况)?表/, /(?:部门|单位)(?:预算)?收入(?:预算)?表/]);
