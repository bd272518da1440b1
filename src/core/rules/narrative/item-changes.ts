import { Amount, formatAmount } from '../../amount';
import type { ItemStatement } from '../../narrative/items';
import { fixOf } from '../shared/fixes';
import { percentOf, replaceNumber } from '../shared/narrative-text';
import type { Rule, RuleContext } from '../types';

/** A stated percentage may differ from the recomputed one by its last printed digit. */
const TOLERANCE = new Amount('0.01');

export const narrativeItemChanges: Rule = {
  id: 'narrative/item-changes',
  title: '说明中科目的增减幅度与执行数、预算数一致',
  defaultSeverity: 'error',
  docs: '“上年执行数为A万元，本年预算安排B万元，比上年执行数增加（减少）P%”：P =（B − A）÷ A，精确到 0.01 个百分点，增减方向与 B、A 的大小一致，“持平”时 A = B；上年执行数为 0 时百分比无意义，只作提示。',
  check(context) {
    for (const item of context.narrative.items) checkChange(context, item);
  },
};

function checkChange(context: RuleContext, item: ItemStatement): void {
  const { executed, change } = item;
  const planned = item.planned ?? item.heading;
  if (!executed || !planned || !change) return;
  const before = executed.amount;
  const now = planned.amount;
  const at = item.paragraph.ref;
  const name = item.path[item.path.length - 1].name;
  const verb = now.gt(before) ? '增加' : now.lt(before) ? '减少' : '持平';
  const written = change.direction === 0 ? '持平' : change.direction > 0 ? '增加' : '减少';
  if (before.isZero()) {
    if (change.percent && !now.isZero()) {
      context.report({ at, severity: 'info', message: `「${name}」上年执行数为 0，“${written}${formatAmount(change.percent.value)}%”没有意义，可改写为“新增”。` });
    }
    return;
  }
  const figures = `「${name}」上年执行数 ${formatAmount(before)}${executed.unit}，本年预算安排 ${formatAmount(now)}${planned.unit}`;
  if (verb !== written) {
    context.report({ at, message: `${figures}，应为“${verb}”，说明写“${written}”。`, expected: verb, actual: written });
    return;
  }
  if (!change.percent) return;
  const expected = percentOf(now.minus(before).abs(), before);
  if (expected.minus(change.percent.value).abs().lte(TOLERANCE)) return;
  // A 预算安排 figure that disagrees with the heading is reported as such; the percentage may follow the heading.
  if (item.heading && !item.heading.amount.eq(now) && percentOf(item.heading.amount.minus(before).abs(), before).minus(change.percent.value).abs().lte(TOLERANCE)) return;
  const shown = formatAmount(expected);
  context.report({
    at,
    message: `${figures}，${verb}幅度应为 ${shown}%，说明写 ${formatAmount(change.percent.value)}%。`,
    expected: `${shown}%`,
    actual: `${formatAmount(change.percent.value)}%`,
    fix: fixOf(`将百分比改为 ${shown}%`, replaceNumber(item.paragraph, change.percent.offset, shown)),
  });
}
