import type { BudgetTable, TableRow } from '../../tables/types';
import { compareAmounts } from '../shared/compare';
import { rowLabel } from '../../tables/labels';
import { defined, term, rowTerms } from '../shared/terms';
import { linesOf, sideKeys, sideUnread, twoSidedTables, yearTotalLine } from '../../tables/query';
import type { Diagnostic, Rule, RuleContext } from '../types';

export const summaryIncomeTotal: Rule = {
  id: 'summary/income-total',
  title: '本年收入合计等于各项收入之和',
  defaultSeverity: 'error',
  docs: '收支总表、财政拨款收支总表：本年收入合计（无此行且无结转时为收入总计）= 各项收入之和；财政拨款收入 = 其下一般公共预算、政府性基金、国有资本经营三项之和。',
  check(context) {
    return twoSidedTables(context.tables).flatMap((table) => {
      if (sideUnread(table, 'income')) return [];
      const sources = linesOf(table, 'income', 'source');
      const total = yearTotalLine(table, 'income');
      const sums: Array<{ parent: TableRow; children: TableRow[]; subject: string }> = [];
      const top = sources.filter((row) => !row.partOf);
      if (total && top.length) sums.push({ parent: total, children: top, subject: `${rowLabel(total)}应等于各项收入之和` });
      for (const fiscal of sources.filter((row) => row.source === 'fiscal')) {
        const parts = fiscalParts(sources, fiscal);
        if (parts.length) sums.push({ parent: fiscal, children: parts, subject: `${rowLabel(fiscal)}应等于其下各项之和` });
      }
      return sums.flatMap((sum) => lineSums(context, table, sum));
    });
  },
};

/** The part lines printed right under a 财政拨款 line. */
function fiscalParts(sources: TableRow[], fiscal: TableRow): TableRow[] {
  const after = sources.slice(sources.indexOf(fiscal) + 1);
  const end = after.findIndex((row) => !row.partOf);
  return end < 0 ? after : after.slice(0, end);
}

function lineSums(context: RuleContext, table: BudgetTable, sum: { parent: TableRow; children: TableRow[]; subject: string }): Diagnostic[] {
  return defined(
    sideKeys(table, 'income').map((key) => {
      const target = term(table, sum.parent, key, 1, rowLabel(sum.parent));
      const addends = rowTerms(table, sum.children, key);
      if (!target || addends.length === 0) return undefined;
      return compareAmounts(context, { rule: summaryIncomeTotal, table: table.kind, subject: sum.subject, target, addends });
    }),
  );
}
