import Decimal from 'decimal.js';

export type EnvelopeComparison = 'equal' | 'rounding' | 'different';

/**
 * The largest difference rounding can explain when n displayed values are added:
 * half a display unit per addend (0.005 × n for two decimals). DESIGN §4.
 */
export function roundingEnvelope(addends: number, unitDecimals = 2): Decimal {
  const count = Math.max(0, Math.floor(addends));
  return new Decimal(10).pow(-unitDecimals).div(2).mul(count);
}

/** 'rounding' is a 尾差 (info); 'different' is an error. Both sides must be in the same unit. */
export function compareWithEnvelope(expected: Decimal, actual: Decimal, addends: number, unitDecimals = 2): EnvelopeComparison {
  const difference = expected.minus(actual).abs();
  if (difference.isZero()) return 'equal';
  return difference.lte(roundingEnvelope(addends, unitDecimals)) ? 'rounding' : 'different';
}
