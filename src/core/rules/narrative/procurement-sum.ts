import { sumAmounts, formatAmount } from '../../amount';
import { fixOf } from '../shared/fixes';
import { amountsByParagraph, paragraphAt, replaceNumber } from '../shared/narrative-text';
import type { Rule } from '../types';

const PARTS = [/货物/, /工程/, /服务/];

export const narrativeProcurementSum: Rule = {
  id: 'narrative/procurement-sum',
  title: '政府采购总额等于货物、工程、服务之和',
  defaultSeverity: 'error',
  docs: '情况说明“政府采购预算总额X万元，其中货物A、工程B、服务C”：X = A + B + C。',
  check(context) {
    const byParagraph = amountsByParagraph(context.narrative.amounts.filter((a) => a.label.includes('采购')));
    for (const amounts of byParagraph.values()) {
      // "政府采购预算总额X" or, in other templates, the first 采购 figure that names no part ("政府采购预算X，其中：…").
      const total = amounts.find((a) => /总额|合计|总计/.test(a.label)) ?? amounts.find((a) => !PARTS.some((pattern) => pattern.test(a.label)) && !/预留|中小企业/.test(a.label));
      const parts = PARTS.map((pattern) => amounts.find((a) => a !== total && pattern.test(a.label))).filter((a) => a !== undefined);
      if (!total || parts.length < 2) continue;
      const sum = sumAmounts(parts.map((p) => p.amount));
      if (sum.eq(total.amount)) continue;
      const shown = formatAmount(sum);
      context.report({
        at: total.ref,
        message: `政府采购预算总额写 ${formatAmount(total.amount)}${total.unit}，货物、工程、服务合计 ${shown}${total.unit}（${parts.map((p) => `${p.label} ${formatAmount(p.amount)}`).join(' + ')}），相差 ${formatAmount(total.amount.minus(sum).abs())}${total.unit}。`,
        expected: shown,
        actual: formatAmount(total.amount),
        fix: fixOf(`将总额改为 ${shown}`, replaceNumber(paragraphAt(context, total.ref), total.offset, shown)),
      });
    }
  },
};
