import { locate } from '../shared/cells';
import { catalogLabel, compareNames, entriesWithCode, entriesWithName } from '../shared/catalog-lookup';
import type { Diagnostic, Rule } from '../types';

export const codesEconomicNames: Rule = {
  id: 'codes/economic-names',
  title: '经济科目名称在经济分类目录中',
  defaultSeverity: 'warning',
  docs: '基本支出分经济科目表的科目名称（及编码，如有）应见于经济分类目录；目录（部分）未收录的名称只作提示。',
  check(context) {
    const catalog = context.economicCatalog;
    if (!catalog) return [];
    const reported = new Set<string>();
    const findings: Diagnostic[] = [];
    for (const table of context.tablesOf('basic-economic')) {
      for (const row of table.rows) {
        if (!row.name || row.role === 'total') continue;
        const text = row.name.text.trim();
        const byCode = row.code ? entriesWithCode([catalog], row.code.code)[0] : undefined;
        if (byCode) {
          const agreement = compareNames(text, byCode.entry.name);
          if (agreement !== 'same')
            findings.push({
              rule: codesEconomicNames.id,
              severity: agreement === 'variant' ? 'warning' : 'error',
              message: `经济科目 ${byCode.entry.code} 的名称写作「${text}」，目录中为「${byCode.entry.name}」。`,
              ...locate(row.name.ref),
              expected: byCode.entry.name,
              actual: text,
              table: table.kind,
              fix: { description: `将名称改为「${byCode.entry.name}」`, edits: [{ ...locate(row.name.ref), value: byCode.entry.name }] },
            });
          continue;
        }
        if (entriesWithName([catalog], text).length > 0 || reported.has(text)) continue;
        reported.add(text);
        findings.push({
          rule: codesEconomicNames.id,
          severity: catalog.complete ? codesEconomicNames.defaultSeverity : 'info',
          message: catalog.complete
            ? `经济科目「${text}」不在${catalogLabel(catalog)}中。`
            : `经济科目「${text}」：目录中未收录，无法核对名称（${catalog.title}为部分目录，可导入完整目录）。`,
          ...locate(row.name.ref),
          table: table.kind,
        });
      }
    }
    return findings;
  },
};
