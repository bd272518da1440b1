/** 政府性基金预算收入表: rows by 收入科目编码 with one amount column. */
import { codedTable } from './shared';

export const fundIncome = codedTable('fund-income', [/政府性基金(?:预算)?(?:财政拨款)?收入(?:预算)?(?:情况)?表/]);
