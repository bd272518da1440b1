/** 政府性基金预算支出表: rows by 科目编码, 合计 = 基本支出 + 项目支出. */
import { codedTable } from './shared';

export const fundExpenditure = codedTable('fund-expenditure', [/政府性基金(?:预算)?(?:财政拨款)?(?:安排的?)?支出(?:功能分类)?(?:预算)?(?:明细|情况)?表/]);
