import { formatAmount } from '../../amount';
import { hasAmounts } from '../../tables/query';
import type { Rule } from '../types';

const SAYS_NONE = /无[“"「]?三公[”"」]?经费/;

export const threePublicNarrative: Rule = {
  id: 'three-public/narrative',
  title: '“三公”经费说明与表格一致',
  defaultSeverity: 'error',
  docs: '情况说明写“无三公经费”而“三公”经费表有金额，或说明列出三公经费金额而表格为空，都是矛盾。',
  check(context) {
    const tables = context.tablesOf('three-public');
    if (tables.length === 0) return;
    const [table] = tables;
    const related = [table.title.ref];
    if (tables.some((t) => hasAmounts(t.rows))) {
      for (const paragraph of context.narrative.paragraphs) {
        if (SAYS_NONE.test(paragraph.text)) context.report({ at: paragraph.ref, message: `情况说明称无“三公”经费，但“三公”经费表（${table.sheet}）列有金额。`, related });
      }
      return;
    }
    for (const quoted of context.narrative.amounts) {
      if (!quoted.label.includes('三公') || quoted.amount.isZero()) continue;
      context.report({ at: quoted.ref, message: `情况说明列出“三公”经费 ${formatAmount(quoted.amount)}${quoted.unit}，但“三公”经费表（${table.sheet}）没有金额。`, related });
    }
  },
};
