import { compareAmounts } from '../shared/compare';
import { rowLabel } from '../shared/labels';
import { defined, lineRow, linesOf, term } from '../shared/tables';
import { rowTerms, sideKeys, twoSidedTables } from '../shared/two-sided';
import type { Rule } from '../types';

export const summaryIncomeTotal: Rule = {
  id: 'summary/income-total',
  title: '本年收入合计等于各项收入之和',
  defaultSeverity: 'error',
  docs: '收支总表、财政拨款收支总表：本年收入合计 = 一般公共预算、政府性基金预算等各项收入之和。',
  check(context) {
    return twoSidedTables(context.tables).flatMap((table) => {
      const total = lineRow(table, 'income', 'income-total');
      const sources = linesOf(table, 'income', 'source');
      if (!total || sources.length === 0) return [];
      return defined(
        sideKeys(table, 'income').map((key) => {
          const target = term(table, total, key, 1, rowLabel(total));
          const addends = rowTerms(table, sources, key);
          if (!target || addends.length === 0) return undefined;
          return compareAmounts({ rule: summaryIncomeTotal, table: table.kind, subject: '本年收入合计应等于各项收入之和', target, addends });
        }),
      );
    });
  },
};
