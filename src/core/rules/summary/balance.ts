import { lineRow, sideKeys, twoSidedTables } from '../../tables/query';
import { compareAmounts } from '../shared/compare';
import { byRow, term } from '../shared/terms';
import type { Rule } from '../types';

export const summaryBalance: Rule = {
  id: 'summary/balance',
  title: '收入总计等于支出总计',
  defaultSeverity: 'error',
  docs: '收支总表、财政拨款收支总表：收入总计 = 支出总计（支出方取合计或小计列）。',
  check(context) {
    for (const table of twoSidedTables(context.tables)) {
      const income = lineRow(table, 'income', 'grand-total');
      const expenditure = lineRow(table, 'expenditure', 'grand-total');
      const [incomeKey] = sideKeys(table, 'income');
      const [expenditureKey] = sideKeys(table, 'expenditure');
      if (!income || !expenditure || !incomeKey || !expenditureKey) continue;
      const target = term(table, expenditure, expenditureKey, 1, byRow);
      const addend = term(table, income, incomeKey, 1, byRow);
      if (target && addend) compareAmounts(context, { table: table.kind, subject: '支出总计应等于收入总计', target, addends: [addend] });
    }
  },
};
