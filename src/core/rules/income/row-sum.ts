import { SOURCE_KEYS } from '../../tables/types';
import { rowSumRule } from '../shared/row-sum';

export const incomeRowSum = rowSumRule({
  id: 'income/row-sum',
  title: '收入各行合计等于各项收入之和',
  docs: '收入总表：每一行 本年收入合计 = 一般公共预算 + 政府性基金 + … + 单位资金（上年结转不计入）。',
  kinds: ['income'],
  total: 'total',
  parts: SOURCE_KEYS,
});
