import { rowLabel } from '../../tables/labels';
import { linesOf, sideKeys, sideUnread, twoSidedTables, yearTotalLine } from '../../tables/query';
import type { BudgetTable, TableRow } from '../../tables/types';
import { compareAmounts } from '../shared/compare';
import { byRow, rowTerms, term } from '../shared/terms';
import type { Rule, RuleContext } from '../types';

export const summaryIncomeTotal: Rule = {
  id: 'summary/income-total',
  title: '本年收入合计等于各项收入之和',
  defaultSeverity: 'error',
  docs: '收支总表、财政拨款收支总表：本年收入合计（无此行且无结转时为收入总计）= 各项收入之和；财政拨款收入 = 其下一般公共预算、政府性基金、国有资本经营三项之和。',
  check(context) {
    for (const table of twoSidedTables(context.tables)) {
      if (sideUnread(table, 'income')) continue;
      const sources = linesOf(table, 'income', 'source');
      const total = yearTotalLine(table, 'income');
      const top = sources.filter((row) => !row.partOf);
      if (total && top.length) lineSums(context, table, total, top, `${rowLabel(total)}应等于各项收入之和`);
      for (const fiscal of sources.filter((row) => row.source === 'fiscal')) {
        const parts = fiscalParts(sources, fiscal);
        if (parts.length) lineSums(context, table, fiscal, parts, `${rowLabel(fiscal)}应等于其下各项之和`);
      }
    }
  },
};

/** The part lines printed right under a 财政拨款 line. */
function fiscalParts(sources: TableRow[], fiscal: TableRow): TableRow[] {
  const after = sources.slice(sources.indexOf(fiscal) + 1);
  const end = after.findIndex((row) => !row.partOf);
  return end < 0 ? after : after.slice(0, end);
}

function lineSums(context: RuleContext, table: BudgetTable, parent: TableRow, children: TableRow[], subject: string): void {
  for (const key of sideKeys(table, 'income')) {
    const target = term(table, parent, key, 1, byRow);
    const addends = rowTerms(table, children, key);
    if (target && addends.length) compareAmounts(context, { table: table.kind, subject, target, addends });
  }
}
