import Decimal from 'decimal.js';

/** "2541.25" with the table's number of decimals (half-up, as Excel displays). */
export function formatAmount(amount: Decimal, decimals = 2): string {
  const text = amount.toFixed(decimals, Decimal.ROUND_HALF_UP);
  // -0.001 rounds to "-0.00"; a table never shows a negative zero.
  return /^-[0.]+$/.test(text) ? text.slice(1) : text;
}

/** "2,541.25": formatAmount with thousands separators. */
export function formatAmountGrouped(amount: Decimal, decimals = 2): string {
  const plain = formatAmount(amount, decimals);
  const negative = plain.startsWith('-');
  const [whole, fraction] = (negative ? plain.slice(1) : plain).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${fraction !== undefined ? `.${fraction}` : ''}`;
}
