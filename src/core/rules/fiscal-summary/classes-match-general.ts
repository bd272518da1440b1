import { matchClasses } from '../shared/class-match';
import type { Rule } from '../types';

export const fiscalClassesMatchGeneral: Rule = {
  id: 'fiscal-summary/classes-match-general',
  title: '财政拨款收支总表一般公共预算列与一般公共预算支出表一致',
  defaultSeverity: 'error',
  docs: '财政拨款收支总表“一般公共预算”列每一类（按名称对应）= 一般公共预算支出表同名“类”行合计；本年支出合计同理。',
  check(context) {
    for (const fiscal of context.tablesOf('fiscal-summary')) {
      for (const general of context.tablesOf('general-expenditure')) matchClasses(context, { table: fiscal, key: 'general' }, { table: general, key: 'total' });
    }
  },
};
