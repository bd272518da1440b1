import { hasAmounts } from '../../tables/query';
import { setCell } from '../shared/fixes';
import type { Finding, Rule } from '../types';

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
    // A combined table (“三公”经费和机关运行经费) is read as two: its title and note are said once.
    const said = new Set<string>();
    const report = (finding: Finding) => {
      const key = `${finding.at?.sheet}!${finding.at?.row},${finding.at?.col}|${finding.message}`;
      if (said.has(key)) return;
      said.add(key);
      context.report(finding);
    };
    for (const table of context.tables) {
      if (table.kind === 'performance-target') continue;
      const filled = hasAmounts(table.rows);
      const note = table.noDataNote;
      if (!filled && !note) {
        const below = { sheet: table.sheet, row: table.range.bottom + 1, col: table.range.left };
        report({ at: table.title.ref, table, message: `「${table.title.text}」没有数据，应在表下注明“本表无数据”。`, fix: setCell(below, NOTE, `在表下写“${NOTE}”`) });
        continue;
      }
      const copied = note && table.noDataText ? wrongFund(table.kind, table.noDataText) : undefined;
      if (note && copied) {
        report({ at: note, table, message: `「${table.title.text}」下的说明写的是${copied}（“${table.noDataText}”），与本表不符，可能是从其他表复制的。` });
      } else if (note && filled) {
        report({ at: note, table, severity: 'error', message: `「${table.title.text}」注明“本表无数据”，但表中有金额。` });
      }
    }
  },
};
