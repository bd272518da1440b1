import { FISCAL_PARTS } from '../../tables/types';
import { rowSumRule } from '../shared/row-sum';

export const fiscalSummaryRowSum = rowSumRule({
  id: 'fiscal-summary/row-sum',
  title: '支出各行小计等于各类财政拨款之和',
  docs: '财政拨款收支总表支出方：每一行 小计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算。',
  kinds: ['fiscal-summary'],
  sums: [{ total: 'total', parts: FISCAL_PARTS }],
  rows: (row) => row.side === 'expenditure',
});
