import { FISCAL_PARTS, SOURCE_KEYS, UNIT_FUND_PARTS } from '../../tables/types';
import { rowSumRule } from '../shared/row-sum';

export const incomeRowSum = rowSumRule({
  id: 'income/row-sum',
  title: '收入各行合计等于各项收入之和',
  docs: '收入总表：每一行 本年收入合计 = 各收入来源列之和（财政拨款或其一般公共预算、政府性基金、国有资本经营三项，事业收入、单位资金等；上年结转不计入）；财政拨款 = 其三项之和。',
  kinds: ['income'],
  sums: [
    { total: 'total', parts: SOURCE_KEYS },
    { total: 'fiscal', parts: FISCAL_PARTS },
    { total: 'unit-funds', parts: UNIT_FUND_PARTS },
  ],
});
