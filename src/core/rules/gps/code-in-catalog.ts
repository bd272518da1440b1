import { describeCodeElsewhere } from '../../catalog/lookup';
import { entriesWithCode, entriesWithName } from '../shared/catalog-lookup';
import { fixOf } from '../shared/fixes';
import { purchaseEdits, purchasesOf } from '../shared/purchases';
import type { Rule } from '../types';

export const gpsCodeInCatalog: Rule = {
  id: 'gps/code-in-catalog',
  title: '目录代码见于所选政府购买服务目录',
  defaultSeverity: 'error',
  docs: '政府购买服务（表格或情况说明）引用的目录代码必须见于所选的现行目录；说明该代码在哪些其他目录或已废止的旧版目录中，并按名称建议所选目录中的代码。',
  check(context) {
    const selected = context.purchaseCatalogs;
    if (selected.length === 0) return;
    const purchaseCatalogs = context.allCatalogs.filter((c) => c.kind === 'gps');
    for (const purchase of purchasesOf(context)) {
      if (entriesWithCode(selected, purchase.code).length > 0) continue;
      const byName = entriesWithName(selected, purchase.name);
      const proposal = byName.length === 1 ? byName[0].entry : undefined;
      const elsewhere = describeCodeElsewhere(purchase.code, selected, purchaseCatalogs) ?? '';
      const parts = [`「${purchase.project}」引用的目录代码 ${purchase.code}${purchase.name ? `（${purchase.name}）` : ''}：${elsewhere}`];
      if (proposal) parts.push(`所选目录中「${proposal.name}」的代码是 ${proposal.code}`);
      context.report({
        at: purchase.codeRef,
        // Not knowing which catalog applies, absence from every candidate is not yet an error.
        severity: context.purchaseSelection === 'fallback' ? 'warning' : undefined,
        table: purchase.table,
        message: `${parts.join('；')}。`,
        actual: purchase.code,
        expected: proposal?.code,
        fix: proposal ? fixOf(`将目录代码改为 ${proposal.code}`, purchaseEdits(purchase, { code: proposal.code })) : undefined,
      });
    }
  },
};
