import { EXPENDITURE_PARTS } from '../../tables/types';
import { rowSumRule } from '../shared/row-sum';

export const expenditureRowSum = rowSumRule({
  id: 'expenditure/row-sum',
  title: '支出各行合计等于基本支出加项目支出',
  docs: '支出总表、一般公共预算支出表、政府性基金预算支出表、国有资本经营预算表：每一行 合计 = 基本支出 + 项目支出（有上缴上级支出、事业单位经营支出、对附属单位补助支出列时一并计入）；基本支出 = 人员经费 + 公用经费。',
  kinds: ['expenditure', 'general-expenditure', 'fund-expenditure', 'state-capital'],
  sums: [
    { total: 'total', parts: EXPENDITURE_PARTS },
    { total: 'basic', parts: ['personnel', 'public'] },
  ],
});
