/**
 * "财政拨款收入16,497.86万元，比2022年预算增加1,421.25万元", "…0万元，与2024年预算持平": an amount with
 * the change against last year written right after it.
 */
import { Amount, parseAmountText, writtenDecimals, type AmountUnit } from '../amount';
import type { WrittenFigure } from './items';
import type { NarrativeParagraph, QuotedAmount } from './types';

export interface AmountChange {
  paragraph: NarrativeParagraph;
  amount: QuotedAmount;
  /** +1 increase, −1 decrease, 0 持平. */
  direction: 1 | -1 | 0;
  /** The change as written; absent for 持平. */
  change?: WrittenFigure;
  /** What it is compared with: 预算, 预算执行数, 决算 …; '' when unsaid. */
  base: string;
  year?: number;
  /** Offset of the comparison ("比…") in the paragraph. */
  offset: number;
}

const AFTER_AMOUNT = /^\d[\d,，]*(?:\.\d+)?\s*(?:亿\s*元|万\s*元|元)/;
const CHANGE =
  /^\s*[，,]?\s*(?:比|较|与)\s*(?:上年|上一年度?|去年|(20\d{2})\s*年度?)?\s*(?:[（(][^)）]{0,20}[)）])?\s*(?:当年)?(预算执行数|执行数|预算数|预算|决算)?\s*(?:相比)?\s*(增加|增长|上升|减少|下降|降低|持平|一致|相同)\s*(?:了)?\s*(?:(\d[\d,，]*(?:\.\d+)?)\s*(亿\s*元|万\s*元|元))?/;

/** Where a list item starts: after 其中, a semicolon or a full stop. */
const SEGMENT_BREAK = /其中[:：，,]?|[；;。]/g;

/**
 * The change written right after an amount belongs to it when the amount is alone in its list item
 * ("；政府性基金拨款支出预算0万元，比2024年预算持平"); after several amounts ("其中：本年收入A，上年结转B，
 * 比上年增长C") it is the whole list's, and is not attributed here.
 */
function aloneInSegment(text: string, amount: QuotedAmount, amounts: QuotedAmount[]): boolean {
  let start = 0;
  for (const m of text.slice(0, amount.offset).matchAll(SEGMENT_BREAK)) start = m.index + m[0].length;
  return !amounts.some((other) => other !== amount && other.offset >= start && other.offset < amount.offset);
}

export function readChanges(paragraph: NarrativeParagraph, amounts: QuotedAmount[]): AmountChange[] {
  const { text } = paragraph;
  return amounts.flatMap((amount): AmountChange[] => {
    const written = AFTER_AMOUNT.exec(text.slice(amount.offset));
    if (!written || !aloneInSegment(text, amount, amounts)) return [];
    const from = amount.offset + written[0].length;
    const m = CHANGE.exec(text.slice(from));
    if (!m) return [];
    const direction: AmountChange['direction'] = /持平|一致|相同/.test(m[3]) ? 0 : /减少|下降|降低/.test(m[3]) ? -1 : 1;
    const value = m[4] ? parseAmountText(m[4].replace(/，/g, ',')).amount : null;
    const change: WrittenFigure | undefined =
      value && direction !== 0 ? { amount: value, unit: m[5].replace(/\s+/g, '') as AmountUnit, decimals: writtenDecimals(m[4]), offset: from + m.index + m[0].lastIndexOf(m[4]) } : undefined;
    return [{ paragraph, amount, direction, ...(change ? { change } : {}), base: m[2] ?? '', ...(m[1] ? { year: Number(m[1]) } : {}), offset: from + m.index }];
  });
}

/** The signed change, 0 for 持平; undefined when a direction is written without an amount. */
export function signedChange(change: AmountChange): Amount | undefined {
  if (change.direction === 0) return new Amount(0);
  return change.change ? change.change.amount.mul(change.direction) : undefined;
}
