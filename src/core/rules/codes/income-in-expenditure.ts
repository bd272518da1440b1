import { formatAmount } from '../../amount';
import { amountOf, locate } from '../shared/cells';
import { pairs } from '../shared/cross';
import { rowLabel } from '../../tables/labels';
import type { Diagnostic, Rule } from '../types';

export const codesIncomeInExpenditure: Rule = {
  id: 'codes/income-in-expenditure',
  title: '收入总表的科目在支出总表中都有',
  defaultSeverity: 'warning',
  docs: '收入总表按支出功能分类列示收入的去向：其中有金额的科目编码应在支出总表中出现（支出总表有无法读取编码的行时不核对）。',
  check(context) {
    return pairs(context.tablesOf('income'), context.tablesOf('expenditure')).flatMap(([income, expenditure]): Diagnostic[] => {
      if (expenditure.rows.some((row) => row.unread)) return [];
      const spent = new Set(expenditure.rows.flatMap((row) => (row.code ? [row.code.code] : [])));
      if (spent.size === 0) return [];
      return income.rows.flatMap((row): Diagnostic[] => {
        if (!row.code || spent.has(row.code.code) || amountOf(row.values.total).isZero()) return [];
        return [
          {
            rule: codesIncomeInExpenditure.id,
            severity: codesIncomeInExpenditure.defaultSeverity,
            message: `收入总表列有科目「${rowLabel(row)}」（合计 ${formatAmount(amountOf(row.values.total))}），支出总表（${expenditure.sheet}）中没有这一科目。`,
            ...locate(row.code.cells[0]),
            table: income.kind,
          },
        ];
      });
    });
  },
};
