/**
 * Writing 情况说明 sentences with their figures: every amount and percentage the draft states is
 * recorded with its label and source cell, so a draft can be compared with a published text.
 */
import Decimal from 'decimal.js';
import { ZERO, formatAmountGrouped, type Amount, type AmountUnit } from '../../amount';
import type { CellRef } from '../../grid';
import type { AmountCell } from '../../tables/types';

export type FigureKind = 'amount' | 'percentage';

export interface DraftFigure {
  kind: FigureKind;
  /** Words that name the figure, as the published texts put them before it ("基本支出"). */
  label: string;
  /** Amount in `unit`, or the percentage (52.96 for "52.96%"). */
  value: Amount;
  unit?: AmountUnit;
  /** The figure as the draft writes it: "1,345.76" or "52.96". */
  text: string;
  /** Table cell the amount was read from. */
  source?: CellRef;
}

/** Marks what the tables cannot tell (changes on last year, reasons): the user fills these in. */
export function placeholder(what: string): string {
  return `【${what}，请填写】`;
}

const PLACEHOLDERS = /【[^【】]*请填写】/g;

/** The placeholders of a text, in order: what the user still has to write. */
export function placeholdersIn(text: string): string[] {
  return text.match(PLACEHOLDERS) ?? [];
}

/** "比上年增加…万元，增长…%" with the direction, change and rate left to the user. */
export function changeOnLastYear(unit: AmountUnit, since = '上年'): string {
  return `比${since}${placeholder('增加/减少')}${placeholder('增减金额')}${unit}，${placeholder('增长/下降')}${placeholder('增减幅度')}%`;
}

/** Zero is written "0" as the published texts do ("上年结转0万元，占0%"); anything else with two decimals. */
function figureText(value: Amount, grouped: boolean): string {
  if (value.isZero()) return '0';
  return grouped ? formatAmountGrouped(value) : value.toFixed(2, Decimal.ROUND_HALF_UP);
}

/** part / whole × 100, rounded half-up to two decimals; undefined when the whole is zero. */
export function shareOf(part: Amount, whole: Amount): Amount | undefined {
  if (whole.isZero()) return undefined;
  return part.div(whole).mul(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

export function cellAmount(cell: AmountCell | undefined): Amount {
  return cell?.amount ?? ZERO;
}

export class ParagraphBuilder {
  text = '';
  readonly figures: DraftFigure[] = [];

  constructor(private readonly unit: AmountUnit) {}

  add(words: string): this {
    this.text += words;
    return this;
  }

  /** "label1,345.76万元": the label is written before the amount unless `written` says otherwise. */
  amount(label: string, value: Amount, source?: CellRef, written = label): this {
    const text = figureText(value, true);
    this.figures.push({ kind: 'amount', label, value, unit: this.unit, text, ...(source ? { source } : {}) });
    this.text += `${written}${text}${this.unit}`;
    return this;
  }

  /** "占52.96%" of `whole`; a placeholder when the whole is zero and no share exists. */
  share(label: string, part: Amount, whole: Amount): this {
    const value = shareOf(part, whole);
    if (!value) return this.add(`占${placeholder('占比')}%`);
    const text = figureText(value, false);
    this.figures.push({ kind: 'percentage', label, value, text });
    this.text += `占${text}%`;
    return this;
  }
}
