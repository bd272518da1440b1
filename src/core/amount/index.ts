import Decimal from 'decimal.js';

/** Exact decimal amount. Never sum amounts as JS numbers. */
export type Amount = Decimal;
export const Amount = Decimal;

export const ZERO = new Decimal(0);

export function sumAmounts(amounts: Iterable<Amount | null | undefined>): Amount {
  let total = ZERO;
  for (const a of amounts) if (a) total = total.plus(a);
  return total;
}

export * from './units';
export * from './parse';
export * from './format';
export * from './envelope';
export * from './fixed';
