import { Amount, formatAmount } from '../../amount';
import { fixOf } from '../shared/fixes';
import { paragraphAt, percentOf, replaceNumber } from '../shared/narrative-text';
import type { Rule } from '../types';

const TOLERANCE = new Amount('0.01');

export const narrativeYearOnYear: Rule = {
  id: 'narrative/year-on-year',
  title: '“比上年增减”金额与百分比自洽',
  defaultSeverity: 'error',
  docs: '“本年X万元，比上年增加（减少）Y万元，增长（下降）Z%”：Z = Y ÷（X ∓ Y），精确到 0.01 个百分点。',
  check(context) {
    for (const statement of context.narrative.yearOnYear) {
      if (!statement.current || !statement.percent) continue;
      const previous = statement.current.minus(statement.change.mul(statement.direction));
      if (previous.lte(0)) continue;
      const expected = percentOf(statement.change, previous);
      const difference = expected.minus(statement.percent).abs();
      if (difference.lte(TOLERANCE)) continue;
      const paragraph = paragraphAt(context, statement.ref);
      const percentAt = paragraph ? findPercent(paragraph.text, statement.text, statement.percent) : -1;
      const edit = percentAt >= 0 ? replaceNumber(paragraph, percentAt, formatAmount(expected)) : undefined;
      const verb = statement.direction > 0 ? '增长' : '下降';
      context.report({
        at: statement.ref,
        message: `「${statement.label}」本年 ${formatAmount(statement.current)}${statement.unit}，比上年${statement.direction > 0 ? '增加' : '减少'} ${formatAmount(statement.change)}${statement.unit}，上年应为 ${formatAmount(previous)}${statement.unit}，${verb}幅度应为 ${formatAmount(expected)}%，说明写 ${formatAmount(statement.percent)}%。`,
        expected: `${formatAmount(expected)}%`,
        actual: `${formatAmount(statement.percent)}%`,
        fix: fixOf(`将百分比改为 ${formatAmount(expected)}%`, edit),
      });
    }
  },
};

/** Offset in the paragraph of the percentage the statement quotes. */
function findPercent(paragraph: string, sentence: string, percent: Amount): number {
  const start = Math.max(0, paragraph.indexOf(sentence));
  const pattern = /([0-9]+(?:\.[0-9]+)?)\s*[%％]/g;
  pattern.lastIndex = start;
  for (let m = pattern.exec(paragraph); m; m = pattern.exec(paragraph)) if (new Amount(m[1]).eq(percent)) return m.index;
  return -1;
}
