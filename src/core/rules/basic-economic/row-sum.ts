import { rowSumRule } from '../shared/row-sum';

export const basicEconomicRowSum = rowSumRule({
  id: 'basic-economic/row-sum',
  title: '基本支出各行合计等于人员经费加公用经费',
  docs: '基本支出分经济科目表：每一行 合计 = 人员经费 + 公用经费。',
  kinds: ['basic-economic'],
  sums: [{ total: 'total', parts: ['personnel', 'public'] }],
});
