import { setCell } from '../shared/fixes';
import { mostCommon } from '../shared/unit-name';
import type { Rule } from '../types';

export const metaYear: Rule = {
  id: 'meta/year',
  title: '各表标题年度一致',
  defaultSeverity: 'error',
  docs: '每张表标题中的年度 = 工作簿的预算年度（指定的年度，否则为多数表格标题的年度）。',
  check(context) {
    const year = context.options.year ?? mostCommon(context.tables.flatMap((t) => (t.year ? [t.year] : [])));
    if (!year) return;
    for (const table of context.tables) {
      if (table.year === undefined || table.year === year) continue;
      const { title } = table;
      const corrected = title.text.replace(String(table.year), String(year));
      context.report({
        at: title.ref,
        table,
        message: `标题「${title.text}」的年度为 ${table.year} 年，工作簿其他表格为 ${year} 年。`,
        expected: String(year),
        actual: String(table.year),
        fix: corrected !== title.text ? setCell(title.ref, corrected, `将标题年度改为 ${year}`) : undefined,
      });
    }
  },
};
