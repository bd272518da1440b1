import { EXPENDITURE_PARTS } from '../../tables/types';
import { rowSumRule } from '../shared/row-sum';

export const summaryRowSum = rowSumRule({
  id: 'summary/row-sum',
  title: '支出各行合计等于其组成之和',
  docs: '收支总表支出方：每一行 合计 = 当年预算安排 + 上年结转安排；列有基本支出、项目支出时 合计 = 基本支出（或人员经费 + 公用经费）+ 项目支出。',
  kinds: ['summary'],
  sums: [
    { total: 'total', parts: ['current', 'carryover'] },
    { total: 'total', parts: EXPENDITURE_PARTS },
    { total: 'basic', parts: ['personnel', 'public'] },
  ],
  rows: (row) => row.side === 'expenditure',
});
