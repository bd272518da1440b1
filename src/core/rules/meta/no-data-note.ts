import { hasAmounts } from '../../tables/query';
import type { BudgetTable } from '../../tables/types';
import { setCell } from '../shared/fixes';
import { groupBy } from '../shared/group-by';
import type { Rule } from '../types';

const NOTE = '注：本表无数据';

/** The funds a note may name, and the table kinds each belongs to. */
const FUNDS: Array<{ words: RegExp; name: string; kinds: readonly string[] }> = [
  { words: /政府性基金/, name: '政府性基金', kinds: ['fund-income', 'fund-expenditure'] },
  { words: /国有资本经营/, name: '国有资本经营', kinds: ['state-capital'] },
  { words: /"?三公"?经费/, name: '“三公”经费', kinds: ['three-public'] },
  { words: /机关运行经费/, name: '机关运行经费', kinds: ['operating-cost'] },
];

/** The funds a note names ("本单位无政府性基金预算…"); none when it only says 本表无数据. */
function fundsNamed(note: string): typeof FUNDS {
  return FUNDS.filter((fund) => fund.words.test(note.replace(/[“”]/g, '"')));
}

/** Tables printed under one title: a combined table (“三公”经费和机关运行经费) is read as two. */
function printedTables(tables: readonly BudgetTable[]): BudgetTable[][] {
  const printed = tables.filter((table) => table.kind !== 'performance-target');
  return [...groupBy(printed, (table) => `${table.sheet}!${table.title.ref.row},${table.title.ref.col}`).values()];
}

export const metaNoDataNote: Rule = {
  id: 'meta/no-data-note',
  title: '空表注明“本表无数据”',
  defaultSeverity: 'warning',
  docs: '没有任何金额的表格应注明“本表无数据”；注明了“本表无数据”的表格不应有金额；注明的内容应是本表的（国有资本经营预算表不应写“无政府性基金”）。',
  check(context) {
    for (const parts of printedTables(context.tables)) {
      const [table] = parts;
      const noted = parts.find((part) => part.noDataNote);
      if (!noted?.noDataNote) {
        if (parts.some((part) => hasAmounts(part.rows))) continue;
        const below = { sheet: table.sheet, row: Math.max(...parts.map((part) => part.range.bottom)) + 1, col: table.range.left };
        context.report({ at: table.title.ref, table, message: `「${table.title.text}」没有数据，应在表下注明“本表无数据”。`, fix: setCell(below, NOTE, `在表下写“${NOTE}”`) });
        continue;
      }
      const text = noted.noDataText ?? '';
      const named = fundsNamed(text);
      // A note naming one part of a combined table covers that part only.
      const covered = named.length ? parts.filter((part) => named.some((fund) => fund.kinds.includes(part.kind))) : parts;
      if (covered.length === 0) {
        const copied = named.map((fund) => fund.name).join('、');
        context.report({ at: noted.noDataNote, table: noted, message: `「${table.title.text}」下的说明写的是${copied}（“${text}”），与本表不符，可能是从其他表复制的。` });
      } else if (covered.some((part) => hasAmounts(part.rows))) {
        context.report({ at: noted.noDataNote, table: noted, severity: 'error', message: `「${table.title.text}」注明“本表无数据”，但表中有金额。` });
      }
    }
  },
};
