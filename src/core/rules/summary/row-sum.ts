import { rowSumRule } from '../shared/row-sum';

export const summaryRowSum = rowSumRule({
  id: 'summary/row-sum',
  title: '支出各行合计等于当年预算安排加上年结转',
  docs: '收支总表支出方：每一行 合计 = 当年预算安排 + 上年结转安排。',
  kinds: ['summary'],
  total: 'total',
  parts: ['current', 'carryover'],
  rows: (row) => row.side === 'expenditure',
});
