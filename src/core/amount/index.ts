import Decimal from 'decimal.js';

/** Exact decimal amount. Never sum amounts as JS numbers. */
export type Amount = Decimal;
export const Amount = Decimal;

export type AmountUnit = '元' | '万元' | '亿元';

const UNIT_IN_YUAN: Record<AmountUnit, Decimal> = {
  元: new Decimal(1),
  万元: new Decimal(10000),
  亿元: new Decimal(100000000),
};

export const ZERO = new Decimal(0);

/** Convert an amount between units, exactly. */
export function convertAmount(amount: Amount, from: AmountUnit, to: AmountUnit): Amount {
  if (from === to) return amount;
  return amount.mul(UNIT_IN_YUAN[from]).div(UNIT_IN_YUAN[to]);
}

export function sumAmounts(amounts: Iterable<Amount | null | undefined>): Amount {
  let total = ZERO;
  for (const a of amounts) if (a) total = total.plus(a);
  return total;
}
