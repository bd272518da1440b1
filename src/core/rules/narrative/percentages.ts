import { Amount, convertAmount, formatAmount } from '../../amount';
import { locate } from '../shared/cells';
import { amountsByParagraph, paragraphAt, paragraphKey, percentOf, replaceNumber } from '../shared/narrative-text';
import type { Diagnostic, Rule } from '../types';

/** Stated shares may differ from the recomputed one by the last printed digit. */
const TOLERANCE = new Amount('0.01');

export const narrativePercentages: Rule = {
  id: 'narrative/percentages',
  title: '说明中的占比与金额一致',
  defaultSeverity: 'error',
  docs: '情况说明中“X万元，占Y%”的占比 = X ÷ 同段第一个（总）金额，精确到 0.01 个百分点。',
  check(context) {
    const byParagraph = amountsByParagraph(context.narrative.amounts);
    return context.narrative.percentages.flatMap((percentage): Diagnostic[] => {
      const paragraph = paragraphAt(context, percentage.ref);
      const amounts = byParagraph.get(paragraphKey(percentage.ref)) ?? [];
      const whole = amounts[0];
      const part = amounts.filter((a) => a.offset < percentage.offset).pop();
      if (!paragraph || !whole || !part || part === whole || whole.amount.isZero()) return [];
      if (!paragraph.text.slice(part.offset, percentage.offset).includes('占')) return [];
      const share = percentOf(convertAmount(part.amount, part.unit, whole.unit), whole.amount);
      const difference = share.minus(percentage.value).abs();
      if (difference.lte(TOLERANCE)) return [];
      const edit = replaceNumber(paragraph, percentage.offset, formatAmount(share));
      return [
        {
          rule: narrativePercentages.id,
          severity: narrativePercentages.defaultSeverity,
          message: `情况说明写「${part.label}」占 ${formatAmount(percentage.value)}%，按 ${formatAmount(part.amount)} ÷ ${formatAmount(whole.amount)}（${whole.label}）应为 ${formatAmount(share)}%，相差 ${formatAmount(difference)} 个百分点。`,
          ...locate(percentage.ref),
          expected: `${formatAmount(share)}%`,
          actual: `${formatAmount(percentage.value)}%`,
          ...(edit ? { fix: { description: `将占比改为 ${formatAmount(share)}%`, edits: [edit] } } : {}),
        },
      ];
    });
  },
};
