import { catalogLabel, compareNames, entriesWithCode, entriesWithName } from '../shared/catalog-lookup';
import { fixOf } from '../shared/fixes';
import { purchaseEdits, purchasesOf } from '../shared/purchases';
import type { Rule } from '../types';

export const gpsNameMatchesCode: Rule = {
  id: 'gps/name-matches-code',
  title: '目录名称与目录代码一致',
  defaultSeverity: 'error',
  docs: '政府购买服务写明的目录名称 = 所选目录中该代码的名称；个别字不同（识别误差）为警告；名称属于另一个代码时为错误，并建议改用那个代码。',
  check(context) {
    const selected = context.purchaseCatalogs;
    for (const purchase of purchasesOf(context)) {
      const hits = entriesWithCode(selected, purchase.code);
      const [hit] = hits;
      if (!hit || !purchase.name) continue;
      const fallback = context.purchaseSelection === 'fallback';
      // Not knowing which catalog applies, a name that agrees with any of them is accepted.
      if (fallback && hits.some((h) => compareNames(purchase.name, h.entry.name) === 'same')) continue;
      const agreement = compareNames(purchase.name, hit.entry.name);
      if (agreement === 'same') continue;
      const written = `${purchase.code} ${purchase.name}`;
      const base = { at: purchase.nameRef, table: purchase.table, actual: written };
      if (fallback) {
        const names = hits.map((h) => `「${h.entry.name}」（${catalogLabel(h.catalog)}）`).join('、');
        context.report({
          ...base,
          severity: 'warning',
          message: `「${purchase.project}」写作 ${purchase.code}-${purchase.name}，候选目录中 ${purchase.code} 的名称是${names}，都不相同；未能判断适用的目录，请指定后再核对。`,
        });
        continue;
      }
      const owner = entriesWithName(selected, purchase.name).find((h) => h.entry.code !== hit.entry.code);
      if (owner) {
        const code = owner.entry.code;
        context.report({
          ...base,
          message: `「${purchase.project}」写作 ${purchase.code}-${purchase.name}，但在${catalogLabel(owner.catalog)}中「${purchase.name}」的代码是 ${code}，${purchase.code} 是「${hit.entry.name}」。`,
          expected: `${code} ${owner.entry.name}`,
          fix: fixOf(`将目录代码改为 ${code}`, purchaseEdits(purchase, { code })),
        });
        continue;
      }
      context.report({
        ...base,
        severity: agreement === 'variant' ? 'warning' : undefined,
        message: `「${purchase.project}」的目录名称写作「${purchase.name}」，${catalogLabel(hit.catalog)}中 ${purchase.code} 为「${hit.entry.name}」${agreement === 'variant' ? '（疑似录入或识别误差）' : ''}。`,
        expected: `${hit.entry.code} ${hit.entry.name}`,
        fix: fixOf(`将目录名称改为「${hit.entry.name}」`, purchaseEdits(purchase, { name: hit.entry.name })),
      });
    }
  },
};
