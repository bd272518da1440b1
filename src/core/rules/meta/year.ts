import { locate } from '../shared/cells';
import { mostCommon } from '../shared/unit-name';
import type { Diagnostic, Rule } from '../types';

export const metaYear: Rule = {
  id: 'meta/year',
  title: '各表标题年度一致',
  defaultSeverity: 'error',
  docs: '每张表标题中的年度 = 工作簿的预算年度（指定的年度，否则为多数表格标题的年度）。',
  check(context) {
    const year = context.options.year ?? mostCommon(context.tables.flatMap((t) => (t.year ? [t.year] : [])));
    if (!year) return [];
    return context.tables
      .filter((table) => table.year !== undefined && table.year !== year)
      .map((table): Diagnostic => {
        const corrected = table.title.text.replace(String(table.year), String(year));
        return {
          rule: metaYear.id,
          severity: metaYear.defaultSeverity,
          message: `标题「${table.title.text}」的年度为 ${table.year} 年，工作簿其他表格为 ${year} 年。`,
          ...locate(table.title.ref),
          expected: String(year),
          actual: String(table.year),
          table: table.kind,
          ...(corrected !== table.title.text ? { fix: { description: `将标题年度改为 ${year}`, edits: [{ ...locate(table.title.ref), value: corrected }] } } : {}),
        };
      });
  },
};
