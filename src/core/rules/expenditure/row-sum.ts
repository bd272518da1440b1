import { rowSumRule } from '../shared/row-sum';

export const expenditureRowSum = rowSumRule({
  id: 'expenditure/row-sum',
  title: '支出各行合计等于基本支出加项目支出',
  docs: '支出总表、一般公共预算支出表、政府性基金预算支出表、国有资本经营预算表：每一行 合计 = 基本支出 + 项目支出。',
  kinds: ['expenditure', 'general-expenditure', 'fund-expenditure', 'state-capital'],
  sums: [
    { total: 'total', parts: ['basic', 'project'] },
    { total: 'basic', parts: ['personnel', 'public'] },
  ],
});
