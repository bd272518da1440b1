import { matchClasses } from '../shared/class-match';
import type { Rule } from '../types';

export const fiscalClassesMatchFund: Rule = {
  id: 'fiscal-summary/classes-match-fund',
  title: '财政拨款收支总表政府性基金列与政府性基金预算支出表一致',
  defaultSeverity: 'error',
  docs: '财政拨款收支总表“政府性基金预算”列每一类（按名称对应）= 政府性基金预算支出表同名“类”行合计；本年支出合计同理（按资金来源分别核对，不与其他来源混比）。',
  check(context) {
    for (const fiscal of context.tablesOf('fiscal-summary')) {
      for (const fund of context.tablesOf('fund-expenditure')) matchClasses(context, { table: fiscal, key: 'fund' }, { table: fund, key: 'total' });
    }
  },
};
