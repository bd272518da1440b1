import { Amount, convertAmount, formatAmount } from '../../amount';
import { fixOf } from '../shared/fixes';
import { amountsByParagraph, paragraphAt, paragraphKey, percentOf, replaceNumber } from '../shared/narrative-text';
import type { QuotedAmount } from '../../narrative/types';
import type { Rule } from '../types';

/**
 * "一般公共服务支出50万元，占55.56%；社会保障和就业支出40万元，占44.44%": the first figure has a share of
 * its own, so it is a part, and the whole they are shares of is not in the paragraph.
 */
function hasOwnShare(text: string, first: QuotedAmount, next: QuotedAmount | undefined): boolean {
  return /占/.test(text.slice(first.offset, next?.offset ?? text.length));
}

/** Stated shares may differ from the recomputed one by the last printed digit. */
const TOLERANCE = new Amount('0.01');

export const narrativePercentages: Rule = {
  id: 'narrative/percentages',
  title: '说明中的占比与金额一致',
  defaultSeverity: 'error',
  docs: '情况说明中“X万元，占Y%”的占比 = X ÷ 同段第一个（总）金额，精确到 0.01 个百分点。',
  check(context) {
    const byParagraph = amountsByParagraph(context.narrative.amounts);
    for (const percentage of context.narrative.percentages) {
      const paragraph = paragraphAt(context, percentage.ref);
      const amounts = byParagraph.get(paragraphKey(percentage.ref)) ?? [];
      const whole = amounts[0];
      const part = amounts.filter((a) => a.offset < percentage.offset).pop();
      if (!paragraph || !whole || !part || part === whole || whole.amount.isZero() || hasOwnShare(paragraph.text, whole, amounts[1])) continue;
      if (!paragraph.text.slice(part.offset, percentage.offset).includes('占')) continue;
      const share = percentOf(convertAmount(part.amount, part.unit, whole.unit), whole.amount);
      const difference = share.minus(percentage.value).abs();
      if (difference.lte(TOLERANCE)) continue;
      const shown = formatAmount(share);
      context.report({
        at: percentage.ref,
        message: `情况说明写「${part.label}」占 ${formatAmount(percentage.value)}%，按 ${formatAmount(part.amount)} ÷ ${formatAmount(whole.amount)}（${whole.label}）应为 ${shown}%，相差 ${formatAmount(difference)} 个百分点。`,
        expected: `${shown}%`,
        actual: `${formatAmount(percentage.value)}%`,
        fix: fixOf(`将占比改为 ${shown}%`, replaceNumber(paragraph, percentage.offset, shown)),
      });
    }
  },
};
