import { sumAmounts, formatAmount } from '../../amount';
import { locate } from '../shared/cells';
import { amountsByParagraph, paragraphAt, replaceNumber } from '../shared/narrative-text';
import type { Diagnostic, Rule } from '../types';

const PARTS = [/货物/, /工程/, /服务/];

export const narrativeProcurementSum: Rule = {
  id: 'narrative/procurement-sum',
  title: '政府采购总额等于货物、工程、服务之和',
  defaultSeverity: 'error',
  docs: '情况说明“政府采购预算总额X万元，其中货物A、工程B、服务C”：X = A + B + C。',
  check(context) {
    const byParagraph = amountsByParagraph(context.narrative.amounts.filter((a) => a.label.includes('采购')));
    return [...byParagraph.values()].flatMap((amounts): Diagnostic[] => {
      // "政府采购预算总额X" or, in other templates, the first 采购 figure that names no part ("政府采购预算X，其中：…").
      const total = amounts.find((a) => /总额|合计|总计/.test(a.label)) ?? amounts.find((a) => !PARTS.some((pattern) => pattern.test(a.label)) && !/预留|中小企业/.test(a.label));
      const parts = PARTS.map((pattern) => amounts.find((a) => a !== total && pattern.test(a.label))).filter((a) => a !== undefined);
      if (!total || parts.length < 2) return [];
      const sum = sumAmounts(parts.map((p) => p.amount));
      if (sum.eq(total.amount)) return [];
      const edit = replaceNumber(paragraphAt(context, total.ref), total.offset, formatAmount(sum));
      return [
        {
          rule: narrativeProcurementSum.id,
          severity: narrativeProcurementSum.defaultSeverity,
          message: `政府采购预算总额写 ${formatAmount(total.amount)}${total.unit}，货物、工程、服务合计 ${formatAmount(sum)}${total.unit}（${parts.map((p) => `${p.label} ${formatAmount(p.amount)}`).join(' + ')}），相差 ${formatAmount(total.amount.minus(sum).abs())}${total.unit}。`,
          ...locate(total.ref),
          expected: formatAmount(sum),
          actual: formatAmount(total.amount),
          ...(edit ? { fix: { description: `将总额改为 ${formatAmount(sum)}`, edits: [edit] } } : {}),
        },
      ];
    });
  },
};
