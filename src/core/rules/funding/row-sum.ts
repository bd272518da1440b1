import { FISCAL_PARTS, SOURCE_KEYS, UNIT_FUND_PARTS } from '../../tables/types';
import { rowSumRule } from '../shared/row-sum';

export const fundingRowSum = rowSumRule({
  id: 'funding/row-sum',
  title: '各行合计等于各资金来源之和',
  docs: '项目支出表、机关运行经费表、“三公”经费表：每一行 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算 + 其他资金来源列。',
  kinds: ['project', 'project-carryover', 'operating-cost', 'three-public'],
  sums: [
    { total: 'total', parts: SOURCE_KEYS },
    { total: 'fiscal', parts: FISCAL_PARTS },
    { total: 'unit-funds', parts: UNIT_FUND_PARTS },
  ],
});
