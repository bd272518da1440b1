import type { Rule } from '../types';

export const metaUnitLabel: Rule = {
  id: 'meta/unit-label',
  title: '表格注明金额单位',
  defaultSeverity: 'warning',
  docs: '每张金额表都应注明“单位：万元”或“单位：元”；未注明时按万元核对。',
  check(context) {
    for (const table of context.tables) {
      if (table.unit || table.kind === 'performance-target') continue;
      context.report({ at: table.title.ref, table, message: `「${table.title.text}」没有注明金额单位（如“单位：万元”），核对时按万元处理。` });
    }
  },
};
