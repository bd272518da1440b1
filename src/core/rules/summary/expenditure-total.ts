import { COLUMN_LABEL, rowLabel } from '../../tables/labels';
import { linesOf, sideKeys, twoSidedTables, yearTotalLine } from '../../tables/query';
import { compareAmounts } from '../shared/compare';
import { byRow, rowTerms, term } from '../shared/terms';
import type { Rule } from '../types';

export const summaryExpenditureTotal: Rule = {
  id: 'summary/expenditure-total',
  title: '本年支出合计等于各类支出之和',
  defaultSeverity: 'error',
  docs: '收支总表、财政拨款收支总表：本年支出合计（无此行且无结转时为支出总计）的每一列 = 各支出功能分类（类）行之和。',
  check(context) {
    for (const table of twoSidedTables(context.tables)) {
      const total = yearTotalLine(table, 'expenditure');
      const classes = linesOf(table, 'expenditure', 'class');
      if (!total || classes.length === 0) continue;
      for (const key of sideKeys(table, 'expenditure')) {
        const target = term(table, total, key, 1, byRow);
        const addends = rowTerms(table, classes, key);
        if (!target || addends.length === 0) continue;
        const column = key === 'total' || key === 'amount' ? '' : COLUMN_LABEL[key];
        compareAmounts(context, { table: table.kind, subject: `${rowLabel(total)}${column}应等于各类支出之和`, target, addends });
      }
    }
  },
};
