import { lineRow, linesOf, sideKeys, twoSidedTables } from '../../tables/query';
import { compareAmounts } from '../shared/compare';
import { byRow, rowTerms, term } from '../shared/terms';
import type { Rule } from '../types';

const SIDES = [
  { side: 'income', total: 'income-total', carryover: 'carryover', subject: '收入总计应等于本年收入合计 + 上年结转' },
  { side: 'expenditure', total: 'expenditure-total', carryover: 'year-end-carryover', subject: '支出总计应等于本年支出合计 + 年终结转' },
] as const;

export const summaryGrandTotals: Rule = {
  id: 'summary/grand-totals',
  title: '总计等于本年合计加结转',
  defaultSeverity: 'error',
  docs: '收支总表、财政拨款收支总表：收入总计 = 本年收入合计 + 上年结转；支出总计 = 本年支出合计 + 年终结转。',
  check(context) {
    for (const table of twoSidedTables(context.tables)) {
      for (const { side, total, carryover, subject } of SIDES) {
        const grand = lineRow(table, side, 'grand-total');
        const yearTotal = lineRow(table, side, total);
        if (!grand || !yearTotal) continue;
        for (const key of sideKeys(table, side)) {
          const target = term(table, grand, key, 1, byRow);
          const addends = rowTerms(table, [yearTotal, ...linesOf(table, side, carryover)], key);
          if (target && addends.length) compareAmounts(context, { table: table.kind, subject, target, addends });
        }
      }
    }
  },
};
