import { COLUMN_LABEL } from '../../tables/labels';
import { lineRow, totalRow, yearTotalLine } from '../../tables/query';
import { SOURCE_KEYS } from '../../tables/types';
import { compareAcross } from '../shared/cross';
import type { Rule } from '../types';

export const incomeMatchesSummary: Rule = {
  id: 'income/matches-summary',
  title: '收入总表合计与收支总表收入一致',
  defaultSeverity: 'error',
  docs: '收入总表合计行：本年收入合计 = 收支总表本年收入合计；各收入来源列 = 收支总表同一来源的收入行；上年结转同理（按资金来源分别核对）。',
  check(context) {
    for (const income of context.tablesOf('income')) {
      for (const summary of context.tablesOf('summary')) {
        const total = totalRow(income);
        for (const source of SOURCE_KEYS) {
          compareAcross(context, `合计行${COLUMN_LABEL[source]}应等于收支总表同一来源的收入`, { table: income, row: total, key: source }, [
            { table: summary, row: lineRow(summary, 'income', 'source', source), key: 'amount' },
          ]);
        }
        compareAcross(context, '合计行本年收入合计应等于收支总表本年收入合计', { table: income, row: total, key: 'total' }, [
          { table: summary, row: yearTotalLine(summary, 'income'), key: 'amount' },
        ]);
        compareAcross(context, '合计行上年结转应等于收支总表上年结转', { table: income, row: total, key: 'carryover' }, [
          { table: summary, row: lineRow(summary, 'income', 'carryover'), key: 'amount' },
        ]);
      }
    }
  },
};
