import type { TextCell } from '../../tables/types';
import { normalizeName } from '../../text/normalize';
import { catalogLabel, compareNames, entriesWithCode, entriesWithName, reportUnlisted, type CatalogHit, type Unlisted } from '../shared/catalog-lookup';
import { setCell } from '../shared/fixes';
import type { Finding, Rule } from '../types';

/** The 政府预算支出经济分类 name next to a 部门 name must be one the catalog pairs with it. */
function pairingFinding(hits: CatalogHit[], secondary: TextCell | undefined): Finding | undefined {
  const paired = hits.flatMap((h) => h.entry.pairedWith ?? []);
  if (!secondary || paired.length === 0) return undefined;
  const written = secondary.text.trim();
  if (!written || paired.some((name) => normalizeName(name) === normalizeName(written))) return undefined;
  const [entry] = hits;
  return {
    at: secondary.ref,
    message: `经济科目「${entry.entry.name}」对应的政府预算支出经济分类写作「${written}」，${catalogLabel(entry.catalog)}中为「${paired.join('」或「')}」。`,
    expected: paired[0],
    actual: written,
    fix: setCell(secondary.ref, paired[0], `改为「${paired[0]}」`),
  };
}

export const codesEconomicNames: Rule = {
  id: 'codes/economic-names',
  title: '经济科目名称在经济分类目录中',
  defaultSeverity: 'warning',
  docs: '基本支出分经济科目表的科目名称（及编码，如有）应见于经济分类目录，旁边的政府预算支出经济分类名称应是目录中与之对应的名称；目录（部分）未收录的名称只作提示。',
  check(context) {
    const catalog = context.economicCatalog;
    if (!catalog) return;
    const reported = new Set<string>();
    const unlisted: Unlisted[] = [];
    for (const table of context.tablesOf('basic-economic')) {
      for (const row of table.rows) {
        if (!row.name || row.role === 'total') continue;
        const text = row.name.text.trim();
        const byCode = row.code ? entriesWithCode([catalog], row.code.code)[0] : undefined;
        if (byCode) {
          const agreement = compareNames(text, byCode.entry.name);
          if (agreement !== 'same') {
            context.report({
              at: row.name.ref,
              severity: agreement === 'variant' ? 'warning' : 'error',
              table,
              message: `经济科目 ${byCode.entry.code} 的名称写作「${text}」，目录中为「${byCode.entry.name}」。`,
              expected: byCode.entry.name,
              actual: text,
              fix: setCell(row.name.ref, byCode.entry.name, `将名称改为「${byCode.entry.name}」`),
            });
          }
          continue;
        }
        const byName = entriesWithName([catalog], text);
        const pairing = pairingFinding(byName, row.secondaryName);
        if (pairing) context.report({ ...pairing, table });
        if (byName.length > 0 || reported.has(text)) continue;
        reported.add(text);
        if (!catalog.complete) unlisted.push({ ref: row.name.ref, label: text, table: table.kind });
        else context.report({ at: row.name.ref, table, message: `经济科目「${text}」不在${catalogLabel(catalog)}中。` });
      }
    }
    reportUnlisted(context, catalog, '经济科目', unlisted);
  },
};
