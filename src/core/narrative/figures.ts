/**
 * Figures quoted in one paragraph: amounts with units ("基本支出1,345.76万元"), percentages ("占52.96%"),
 * and year-on-year statements ("比上年增长49.59万元，增长1.99%"), with the words that say what they are.
 */
import { parseAmountText, writtenDecimals, type Amount, type AmountUnit } from '../amount';
import { clauseStart, cleanLabel, labelBefore } from './labels';
import type { NarrativeParagraph, QuotedAmount, QuotedPercentage, YearOnYearStatement } from './types';

const AMOUNT = /(?<![\dA-Za-z.])(\d[\d,，]*(?:\.\d+)?)\s*(亿\s*元|万\s*元|元)/g;
const PERCENT = /(?<![\d.])(\d+(?:\.\d+)?)\s*[%％]/g;
const YEAR_ON_YEAR =
  /(?:比|较|同比)(?:上年|上一年|去年|20\d{2}年度?)?(?:预算|预算数|决算)?(增加|增长|上升|减少|下降|降低)了?\s*(\d[\d,，]*(?:\.\d+)?)\s*(亿元|万元|元)(?:\s*[，,]\s*(?:同比)?(?:增长|增加|上升|增幅为?|减少|下降|降低|降幅为?)了?\s*(\d+(?:\.\d+)?)\s*[%％])?/g;
const SENTENCE_END = /[。！？\n]/;

export interface Figures {
  /** Amounts that are not the change of a year-on-year statement. */
  amounts: QuotedAmount[];
  /** Every amount of the paragraph, changes included. */
  allAmounts: QuotedAmount[];
  percentages: QuotedPercentage[];
  yearOnYear: YearOnYearStatement[];
}

function amountOf(text: string): Amount | undefined {
  return parseAmountText(text.replace(/，/g, ',')).amount ?? undefined;
}

function sentenceStart(text: string, index: number): number {
  for (let i = index - 1; i >= 0; i--) if (SENTENCE_END.test(text[i])) return i + 1;
  return 0;
}

export function readFigures(paragraph: NarrativeParagraph, unitNames: readonly string[]): Figures {
  const { text, ref } = paragraph;
  const yearOnYear: YearOnYearStatement[] = [];
  const claimed: Array<[number, number]> = [];
  const amounts: QuotedAmount[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const amount = amountOf(m[1]);
    if (amount) amounts.push({ label: labelBefore(text, m.index, unitNames), amount, unit: m[2].replace(/\s+/g, '') as AmountUnit, decimals: writtenDecimals(m[1]), ref, offset: m.index });
  }
  for (const m of text.matchAll(YEAR_ON_YEAR)) {
    const change = amountOf(m[2]);
    if (!change) continue;
    claimed.push([m.index, m.index + m[0].length]);
    const from = sentenceStart(text, m.index);
    const subject = subjectOf(text, amounts, from, m.index, claimed);
    const percent = m[4] ? amountOf(m[4]) : undefined;
    yearOnYear.push({
      label: subject?.label ?? cleanLabel(text.slice(clauseStart(text, m.index), m.index), unitNames),
      ...(subject ? { current: subject.amount } : {}),
      change,
      direction: /减少|下降|降低/.test(m[1]) ? -1 : 1,
      ...(percent ? { percent } : {}),
      unit: m[3] as AmountUnit,
      ref,
      text: text.slice(from, m.index + m[0].length),
    });
  }
  const quoted = amounts.filter((a) => !isClaimed(claimed, a.offset));
  const percentages: QuotedPercentage[] = [];
  for (const m of text.matchAll(PERCENT)) {
    const value = amountOf(m[1]);
    if (!value || isClaimed(claimed, m.index)) continue;
    const own = cleanLabel(text.slice(clauseStart(text, m.index), m.index).replace(/^占(比|总额的?)?/, ''), unitNames);
    const previous = [...quoted].reverse().find((a) => a.offset < m.index && a.offset >= sentenceStart(text, m.index));
    percentages.push({ label: own || previous?.label || '', value, ref, offset: m.index });
  }
  return { amounts: quoted, allAmounts: amounts, percentages, yearOnYear };
}

/**
 * The figure a comparison is about: the last one before it in the sentence, or, when the sentence lists
 * parts ("总计A，其中：本年收入B，上年结转C，比上年增长D"), the one before "其中". A "原因" clause in
 * between means the comparison is about the reason's subject, which carries no figure.
 */
function subjectOf(text: string, amounts: QuotedAmount[], from: number, at: number, claimed: Array<[number, number]>): QuotedAmount | undefined {
  const window = text.slice(from, at);
  const reason = window.lastIndexOf('原因');
  const start = reason >= 0 ? from + reason : from;
  const parts = text.slice(start, at).lastIndexOf('其中');
  const end = parts >= 0 ? start + parts : at;
  return [...amounts].reverse().find((a) => a.offset >= start && a.offset < end && !isClaimed(claimed, a.offset));
}

function isClaimed(claimed: Array<[number, number]>, offset: number): boolean {
  return claimed.some(([start, end]) => offset >= start && offset < end);
}
