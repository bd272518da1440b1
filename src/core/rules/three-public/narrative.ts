import { formatAmount } from '../../amount';
import { locate } from '../shared/cells';
import { hasAmounts } from '../../tables/query';
import type { Diagnostic, Rule } from '../types';

const SAYS_NONE = /无[“"「]?三公[”"」]?经费/;

export const threePublicNarrative: Rule = {
  id: 'three-public/narrative',
  title: '“三公”经费说明与表格一致',
  defaultSeverity: 'error',
  docs: '情况说明写“无三公经费”而“三公”经费表有金额，或说明列出三公经费金额而表格为空，都是矛盾。',
  check(context) {
    const tables = context.tablesOf('three-public');
    if (tables.length === 0) return [];
    const tableHasAmounts = tables.some((table) => hasAmounts(table.rows));
    const findings: Diagnostic[] = [];
    const table = tables[0];
    if (tableHasAmounts) {
      for (const paragraph of context.narrative.paragraphs.filter((p) => SAYS_NONE.test(p.text))) {
        findings.push({
          rule: threePublicNarrative.id,
          severity: threePublicNarrative.defaultSeverity,
          message: `情况说明称无“三公”经费，但“三公”经费表（${table.sheet}）列有金额。`,
          ...locate(paragraph.ref),
          related: [locate(table.title.ref)],
        });
      }
    } else {
      for (const quoted of context.narrative.amounts.filter((a) => a.label.includes('三公') && !a.amount.isZero())) {
        findings.push({
          rule: threePublicNarrative.id,
          severity: threePublicNarrative.defaultSeverity,
          message: `情况说明列出“三公”经费 ${formatAmount(quoted.amount)}${quoted.unit}，但“三公”经费表（${table.sheet}）没有金额。`,
          ...locate(quoted.ref),
          related: [locate(table.title.ref)],
        });
      }
    }
    return findings;
  },
};
