import { formatAmount } from '../../amount';
import type { AmountChange } from '../../narrative/changes';
import { compareAmounts } from '../shared/compare';
import { figureTerm } from '../shared/narrative-text';
import type { IdentityTerm, Rule, RuleContext } from '../types';

export const narrativeChangeParts: Rule = {
  id: 'narrative/change-parts',
  title: '说明中“比上年增减”前后一致',
  defaultSeverity: 'error',
  docs: '“财政拨款支出预算X万元，比上年增加A万元。财政拨款支出预算中，一般公共预算…增加B万元；政府性基金…增加C万元……”：A = B + C + …；本年为 0 的项目不能比上年增加；金额相同的财政拨款收入与财政拨款支出，比上年的增减也应相同。',
  check(context) {
    const { changes } = context.narrative;
    partsOfTotals(context, changes);
    zeroIncreases(context, changes);
    incomeAgainstExpenditure(context, changes);
  },
};

const label = (change: AmountChange) => change.amount.label;

function changeTerm(change: AmountChange, sign: 1 | -1, words: string): IdentityTerm {
  return { ...figureTerm(change.paragraph, change.change!, words), sign };
}

/** "X中，" after the statement of X opens the list of its parts, to the end of the paragraph. */
function partsOfTotals(context: RuleContext, changes: AmountChange[]): void {
  for (const parent of changes) {
    if (!parent.change || !label(parent)) continue;
    const { text } = parent.paragraph;
    const opens = text.indexOf(`${label(parent)}中`, parent.offset);
    if (opens < 0) continue;
    const parts = changes.filter((c) => c.paragraph === parent.paragraph && c.amount.offset > opens);
    if (parts.length < 2 || parts.some((part) => part.direction !== 0 && !part.change)) continue;
    const moving = parts.filter((part) => part.change);
    compareAmounts(context, {
      subject: `「${label(parent)}」比上年的增减应等于其中各项增减之和`,
      target: changeTerm(parent, 1, `「${label(parent)}」比上年增减`),
      addends: moving.map((part) => changeTerm(part, (part.direction * parent.direction) as 1 | -1, `「${label(part)}」比上年增减`)),
      describe: ({ actual, expected }) =>
        `情况说明写「${label(parent)}」比上年${parent.direction > 0 ? '增加' : '减少'} ${actual}${parent.change!.unit}，其中各项（${parts
          .map((part) => `${label(part)}${part.direction === 0 ? '持平' : `${part.direction > 0 ? '增加' : '减少'}${formatAmount(part.change!.amount, part.change!.decimals)}`}`)
          .join('、')}）合计${parent.direction > 0 ? '增加' : '减少'} ${expected}${parent.change!.unit}，两者不一致。`,
    });
  }
}

/** A budget of 0 that grew: last year's would have been negative. */
function zeroIncreases(context: RuleContext, changes: AmountChange[]): void {
  for (const change of changes) {
    if (change.direction <= 0 || !change.change || !change.amount.amount.isZero() || change.change.amount.isZero()) continue;
    const amount = formatAmount(change.change.amount, change.change.decimals);
    context.report({
      at: change.paragraph.ref,
      message: `情况说明写「${label(change)}」0${change.amount.unit}，却比上年增加 ${amount}${change.change.unit}：上年应为负数，增减额或本年金额有误。`,
      actual: `增加${amount}${change.change.unit}`,
    });
  }
}

const FISCAL_INCOME = /^财政拨款收入$/;
const FISCAL_EXPENDITURE = /^财政拨款支出(?:预算)?$/;

/** 财政拨款收入 and 财政拨款支出 of the same amount changed by the same amount against the same base. */
function incomeAgainstExpenditure(context: RuleContext, changes: AmountChange[]): void {
  const income = changes.find((c) => FISCAL_INCOME.test(label(c)) && c.change);
  const expenditure = changes.find((c) => FISCAL_EXPENDITURE.test(label(c)) && c.change);
  if (!income || !expenditure || !income.amount.amount.eq(expenditure.amount.amount)) return;
  const base = (c: AmountChange) => c.base || '预算';
  compareAmounts(context, {
    subject: '财政拨款收入与财政拨款支出比上年的增减应相同',
    target: changeTerm(income, 1, '「财政拨款收入」比上年增减'),
    addends: [changeTerm(expenditure, (income.direction * expenditure.direction) as 1 | -1, '「财政拨款支出」比上年增减')],
    describe: ({ actual, expected }) =>
      `情况说明中财政拨款收入与财政拨款支出同为 ${formatAmount(income.amount.amount, income.amount.decimals)}${income.amount.unit}，收入比上年${base(income)}${income.direction > 0 ? '增加' : '减少'} ${actual}${income.change!.unit}，支出比上年${base(expenditure)}${expenditure.direction > 0 ? '增加' : '减少'} ${expected}${expenditure.change!.unit}${base(income) === base(expenditure) ? '' : `（比较基数一为“${base(income)}”、一为“${base(expenditure)}”）`}，两者应相同。`,
  });
}
