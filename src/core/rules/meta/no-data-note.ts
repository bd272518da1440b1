import { locate } from '../shared/cells';
import { hasAmounts } from '../../tables/query';
import type { Diagnostic, Rule } from '../types';

const NOTE = '注：本表无数据';

/** The funds a note may name, and the table kinds each belongs to. */
const FUNDS: Array<{ words: RegExp; name: string; kinds: readonly string[] }> = [
  { words: /政府性基金/, name: '政府性基金', kinds: ['fund-income', 'fund-expenditure'] },
  { words: /国有资本经营/, name: '国有资本经营', kinds: ['state-capital'] },
  { words: /"?三公"?经费/, name: '“三公”经费', kinds: ['three-public'] },
  { words: /机关运行经费/, name: '机关运行经费', kinds: ['operating-cost'] },
];

/** "本单位无政府性基金预算" under a 国有资本经营 table: the note was copied from another table. */
function wrongFund(kind: string, note: string): string | undefined {
  const named = FUNDS.filter((fund) => fund.words.test(note.replace(/[“”]/g, '"')));
  if (named.length === 0 || named.some((fund) => fund.kinds.includes(kind))) return undefined;
  return named.map((fund) => fund.name).join('、');
}

export const metaNoDataNote: Rule = {
  id: 'meta/no-data-note',
  title: '空表注明“本表无数据”',
  defaultSeverity: 'warning',
  docs: '没有任何金额的表格应注明“本表无数据”；注明了“本表无数据”的表格不应有金额；注明的内容应是本表的（国有资本经营预算表不应写“无政府性基金”）。',
  check(context) {
    return context.tables
      .filter((table) => table.kind !== 'performance-target')
      .flatMap((table): Diagnostic[] => {
        const filled = hasAmounts(table.rows);
        if (!filled && !table.noDataNote) {
          const below = { sheet: table.sheet, row: table.range.bottom + 1, col: table.range.left };
          return [
            {
              rule: metaNoDataNote.id,
              severity: metaNoDataNote.defaultSeverity,
              message: `「${table.title.text}」没有数据，应在表下注明“本表无数据”。`,
              ...locate(table.title.ref),
              table: table.kind,
              fix: { description: `在表下写“${NOTE}”`, edits: [{ ...locate(below), value: NOTE }] },
            },
          ];
        }
        const copied = table.noDataNote && table.noDataText ? wrongFund(table.kind, table.noDataText) : undefined;
        if (copied && table.noDataNote)
          return [
            {
              rule: metaNoDataNote.id,
              severity: 'warning',
              message: `「${table.title.text}」下的说明写的是${copied}（“${table.noDataText}”），与本表不符，可能是从其他表复制的。`,
              ...locate(table.noDataNote),
              table: table.kind,
            },
          ];
        if (filled && table.noDataNote)
          return [
            {
              rule: metaNoDataNote.id,
              severity: 'error',
              message: `「${table.title.text}」注明“本表无数据”，但表中有金额。`,
              ...locate(table.noDataNote),
              table: table.kind,
            },
          ];
        return [];
      });
  },
};
