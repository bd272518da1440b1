/** 一般公共预算支出预算表 / 一般公共预算支出表 (often 不含上年结转). */
import { codedTable } from './shared';

export const generalExpenditure = codedTable('general-expenditure', [/一般公共预算(?:财政拨款)?(?:当年|本年)?支出(?:功能分类)?(?:预算)?(?:明细|情况)?表/]);
