import { compareAmounts } from '../shared/compare';
import { COLUMN_LABEL, rowLabel } from '../../tables/labels';
import { defined, term, rowTerms } from '../shared/terms';
import { linesOf, sideKeys, twoSidedTables, yearTotalLine } from '../../tables/query';
import type { Rule } from '../types';

export const summaryExpenditureTotal: Rule = {
  id: 'summary/expenditure-total',
  title: '本年支出合计等于各类支出之和',
  defaultSeverity: 'error',
  docs: '收支总表、财政拨款收支总表：本年支出合计（无此行且无结转时为支出总计）的每一列 = 各支出功能分类（类）行之和。',
  check(context) {
    return twoSidedTables(context.tables).flatMap((table) => {
      const total = yearTotalLine(table, 'expenditure');
      const classes = linesOf(table, 'expenditure', 'class');
      if (!total || classes.length === 0) return [];
      return defined(
        sideKeys(table, 'expenditure').map((key) => {
          const target = term(table, total, key, 1, rowLabel(total));
          const addends = rowTerms(table, classes, key);
          if (!target || addends.length === 0) return undefined;
          return compareAmounts(context, { rule: summaryExpenditureTotal, table: table.kind, subject: `${rowLabel(total)}${key === 'total' || key === 'amount' ? '' : COLUMN_LABEL[key]}应等于各类支出之和`, target, addends });
        }),
      );
    });
  },
};
