/**
 * Amounts as exact integers for the hot sums. A budget amount is written with a few decimals; as an
 * integer number of 分 (0.01 元) it is exact and JS adds such integers exactly up to 2^53 分 (about
 * 90 万亿元). Amounts that do not fit — more digits than 分, or too large — have no fixed form and are
 * summed as decimals (decimal.js) instead.
 */
import type { AmountUnit } from './units';

/** value = units / 10^decimals, with `units` a safe integer. */
export interface FixedAmount {
  units: number;
  decimals: number;
}

/** Decimals of 分 in each unit: 1 元 = 100 分, 1 万元 = 10^6 分, 1 亿元 = 10^10 分. */
const FEN_DECIMALS: Record<AmountUnit, number> = { 元: 2, 万元: 6, 亿元: 10 };

const POWERS = Array.from({ length: 16 }, (_, i) => 10 ** i);

const PLAIN_DECIMAL = /^[+-]?\d+(?:\.\d+)?$/;
/** Fifteen digits always fit a safe integer. */
const MAX_DIGITS = 15;

/** The fixed form of a plain decimal string ("2541.25", "-12", "0.5"); undefined beyond 15 digits. */
export function fixedOf(text: string): FixedAmount | undefined {
  if (!PLAIN_DECIMAL.test(text)) return undefined;
  const dot = text.indexOf('.');
  const digits = dot < 0 ? text : text.slice(0, dot) + text.slice(dot + 1);
  if (digits.replace(/^[+-]/, '').length > MAX_DIGITS) return undefined;
  return { units: Number(digits), decimals: dot < 0 ? 0 : text.length - dot - 1 };
}

/** The amount in 分 as an exact integer, when it has one. */
export function fenOf(fixed: FixedAmount, unit: AmountUnit): number | undefined {
  const shift = FEN_DECIMALS[unit] - fixed.decimals;
  if (shift < 0) return undefined;
  const fen = fixed.units * POWERS[shift];
  return Number.isSafeInteger(fen) ? fen : undefined;
}
