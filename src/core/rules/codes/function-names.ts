import { catalogLabel, compareNames, entriesWithCode, reportUnlisted, type Unlisted } from '../shared/catalog-lookup';
import { functionCodedNames } from '../shared/code-rows';
import { setCell } from '../shared/fixes';
import type { Rule } from '../types';

export const codesFunctionNames: Rule = {
  id: 'codes/function-names',
  title: '科目名称与支出功能分类目录一致',
  defaultSeverity: 'error',
  docs: '收入、支出类表格中每个科目编码的名称 = 支出功能分类目录中该编码的名称；个别字不同（识别误差）为警告；目录（部分）未收录的编码只作提示。',
  check(context) {
    const catalog = context.functionCatalog;
    if (!catalog) return;
    const unknownReported = new Set<string>();
    const unlisted: Unlisted[] = [];
    for (const { table, code, name } of functionCodedNames(context.tables)) {
      const [hit] = entriesWithCode([catalog], code.code);
      const codeRef = code.cells[0];
      if (!hit) {
        if (unknownReported.has(code.code)) continue;
        unknownReported.add(code.code);
        if (!catalog.complete) unlisted.push({ ref: codeRef, label: `${code.code} ${name.text.trim()}`, table: table.kind });
        else context.report({ at: codeRef, table, message: `科目编码 ${code.code} 不在${catalogLabel(catalog)}中。` });
        continue;
      }
      const agreement = compareNames(name.text, hit.entry.name);
      if (agreement === 'same') continue;
      context.report({
        at: name.ref,
        severity: agreement === 'variant' ? 'warning' : undefined,
        table,
        message: `科目 ${code.code} 的名称写作「${name.text}」，目录中为「${hit.entry.name}」${agreement === 'variant' ? '（疑似录入或识别误差）' : ''}。`,
        related: [codeRef],
        expected: hit.entry.name,
        actual: name.text,
        fix: setCell(name.ref, hit.entry.name, `将名称改为「${hit.entry.name}」`),
      });
    }
    reportUnlisted(context, catalog, '科目编码', unlisted);
  },
};
