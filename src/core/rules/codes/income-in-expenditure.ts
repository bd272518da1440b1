import { formatAmount } from '../../amount';
import { rowLabel } from '../../tables/labels';
import { amountOf } from '../shared/cells';
import type { Rule } from '../types';

export const codesIncomeInExpenditure: Rule = {
  id: 'codes/income-in-expenditure',
  title: '收入总表的科目在支出总表中都有',
  defaultSeverity: 'warning',
  docs: '收入总表按支出功能分类列示收入的去向：其中有金额的科目编码应在支出总表中出现（支出总表有无法读取编码的行时不核对）。',
  check(context) {
    for (const income of context.tablesOf('income')) {
      for (const expenditure of context.tablesOf('expenditure')) {
        if (expenditure.rows.some((row) => row.unread)) continue;
        const spent = new Set(expenditure.rows.flatMap((row) => (row.code ? [row.code.code] : [])));
        if (spent.size === 0) continue;
        for (const row of income.rows) {
          if (!row.code || spent.has(row.code.code) || amountOf(row.values.total).isZero()) continue;
          context.report({
            at: row.code.cells[0],
            table: income,
            message: `收入总表列有科目「${rowLabel(row)}」（合计 ${formatAmount(amountOf(row.values.total))}），支出总表（${expenditure.sheet}）中没有这一科目。`,
          });
        }
      }
    }
  },
};
