/** 财政拨款收支总表: income by fund, 支出 class lines with 小计 and fund columns. */
import { twoSidedLines } from './shared';

export const fiscalSummary = twoSidedLines('fiscal-summary', [/财政拨款收支(?:预算)?总(?:体情况)?表/]);
