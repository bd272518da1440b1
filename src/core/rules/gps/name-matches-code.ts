import { locate } from '../shared/cells';
import { catalogLabel, compareNames, entriesWithCode, entriesWithName } from '../shared/catalog-lookup';
import { purchaseEdits, purchasesOf } from '../shared/purchases';
import type { Diagnostic, Rule } from '../types';

export const gpsNameMatchesCode: Rule = {
  id: 'gps/name-matches-code',
  title: '目录名称与目录代码一致',
  defaultSeverity: 'error',
  docs: '政府购买服务写明的目录名称 = 所选目录中该代码的名称；个别字不同（识别误差）为警告；名称属于另一个代码时为错误，并建议改用那个代码。',
  check(context) {
    const selected = context.purchaseCatalogs;
    return purchasesOf(context).flatMap((purchase): Diagnostic[] => {
      const hits = entriesWithCode(selected, purchase.code);
      const [hit] = hits;
      if (!hit || !purchase.name) return [];
      // Not knowing which catalog applies, a name that agrees with any of them is accepted.
      if (context.purchaseSelection === 'fallback' && hits.some((h) => compareNames(purchase.name, h.entry.name) === 'same')) return [];
      const agreement = compareNames(purchase.name, hit.entry.name);
      if (agreement === 'same') return [];
      if (context.purchaseSelection === 'fallback') {
        return [
          {
            rule: gpsNameMatchesCode.id,
            severity: 'warning',
            message: `「${purchase.project}」写作 ${purchase.code}-${purchase.name}，候选目录中 ${purchase.code} 的名称是${hits.map((h) => `「${h.entry.name}」（${catalogLabel(h.catalog)}）`).join('、')}，都不相同；未能判断适用的目录，请指定后再核对。`,
            ...locate(purchase.nameRef),
            table: purchase.table,
            actual: `${purchase.code} ${purchase.name}`,
          },
        ];
      }
      const base = { rule: gpsNameMatchesCode.id, ...locate(purchase.nameRef), table: purchase.table, actual: `${purchase.code} ${purchase.name}` };
      const owner = entriesWithName(selected, purchase.name).find((h) => h.entry.code !== hit.entry.code);
      if (owner) {
        const edits = purchaseEdits(purchase, { code: owner.entry.code });
        return [
          {
            ...base,
            severity: gpsNameMatchesCode.defaultSeverity,
            message: `「${purchase.project}」写作 ${purchase.code}-${purchase.name}，但在${catalogLabel(owner.catalog)}中「${purchase.name}」的代码是 ${owner.entry.code}，${purchase.code} 是「${hit.entry.name}」。`,
            expected: `${owner.entry.code} ${owner.entry.name}`,
            ...(edits.length ? { fix: { description: `将目录代码改为 ${owner.entry.code}`, edits } } : {}),
          },
        ];
      }
      const edits = purchaseEdits(purchase, { name: hit.entry.name });
      return [
        {
          ...base,
          severity: agreement === 'variant' ? 'warning' : gpsNameMatchesCode.defaultSeverity,
          message: `「${purchase.project}」的目录名称写作「${purchase.name}」，${catalogLabel(hit.catalog)}中 ${purchase.code} 为「${hit.entry.name}」${agreement === 'variant' ? '（疑似录入或识别误差）' : ''}。`,
          expected: `${hit.entry.code} ${hit.entry.name}`,
          ...(edits.length ? { fix: { description: `将目录名称改为「${hit.entry.name}」`, edits } } : {}),
        },
      ];
    });
  },
};
