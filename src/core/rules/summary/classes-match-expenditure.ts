import { matchClasses } from '../shared/class-match';
import type { Rule } from '../types';

export const summaryClassesMatchExpenditure: Rule = {
  id: 'summary/classes-match-expenditure',
  title: '收支总表各类支出与支出总表一致',
  defaultSeverity: 'error',
  docs: '收支总表支出方每一类（按名称对应）= 支出总表同名“类”行的合计；本年支出合计 = 支出总表合计。',
  check(context) {
    for (const summary of context.tablesOf('summary')) {
      for (const expenditure of context.tablesOf('expenditure')) matchClasses(context, { table: summary, key: 'total' }, { table: expenditure, key: 'total' });
    }
  },
};
