import { convertAmount, formatAmount } from '../../amount';
import { address, amountOf, locate } from '../shared/cells';
import { amountsByParagraph, paragraphAt, paragraphKey, replaceNumber } from '../shared/narrative-text';
import { resolveNarrativeLabel } from '../shared/narrative-targets';
import { unitOf } from '../shared/tables';
import type { Diagnostic, Rule } from '../types';

export const narrativeAmounts: Rule = {
  id: 'narrative/amounts',
  title: '说明中的金额与表格一致',
  defaultSeverity: 'error',
  docs: '情况说明中写明的收入、支出、基本支出、项目支出、人员经费、公用经费、机关运行经费及各类支出金额 = 表格中对应的数；按段落所说的资金来源取数（一般公共预算 → 一般公共预算支出表，财政拨款 → 财政拨款收支总表）。',
  check(context) {
    const byParagraph = amountsByParagraph(context.narrative.amounts);
    return context.narrative.amounts.flatMap((quoted): Diagnostic[] => {
      const scope = byParagraph.get(paragraphKey(quoted.ref))?.[0]?.label ?? '';
      const target = resolveNarrativeLabel(context, quoted.label, scope);
      if (!target) return [];
      const expected = convertAmount(amountOf(target.cell), unitOf(target.table), quoted.unit);
      if (expected.eq(quoted.amount)) return [];
      const edit = replaceNumber(paragraphAt(context, quoted.ref), quoted.offset, formatAmount(expected));
      return [
        {
          rule: narrativeAmounts.id,
          severity: narrativeAmounts.defaultSeverity,
          message: `情况说明写「${quoted.label}」${formatAmount(quoted.amount)}${quoted.unit}，${target.label}（${address(target.cell.ref)}）为 ${formatAmount(expected)}${quoted.unit}，相差 ${formatAmount(quoted.amount.minus(expected).abs())}${quoted.unit}。`,
          ...locate(quoted.ref),
          related: [locate(target.cell.ref)],
          expected: formatAmount(expected),
          actual: formatAmount(quoted.amount),
          ...(edit ? { fix: { description: `将说明中的 ${formatAmount(quoted.amount)} 改为 ${formatAmount(expected)}`, edits: [edit] } } : {}),
        },
      ];
    });
  },
};
