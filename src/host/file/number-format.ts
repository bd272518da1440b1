/**
 * Displayed text of a number under the simple number formats budget tables use
 * ("0.00", "#,##0.00", "0", "0.0%", with optional negative section). Anything fancier → undefined,
 * and readers fall back to the raw value.
 */
import { formatAmount, formatAmountGrouped, amountFromNumber } from '../../core/amount';

const SIMPLE = /^(#,##0|#,#0|0)(?:\.(0+))?(%?)$/;

export function displayNumber(value: number, numFmt: string | undefined): string | undefined {
  if (!numFmt || numFmt === 'General') return undefined;
  const sections = numFmt.split(';');
  const section = value < 0 && sections[1] ? sections[1] : sections[0];
  const cleaned = section
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_.|\*.|\\.|"[^"]*"/g, '')
    .trim();
  const explicitMinus = cleaned.startsWith('-');
  const match = SIMPLE.exec(explicitMinus ? cleaned.slice(1) : cleaned);
  if (!match) return undefined;
  const [, integer, zeros = '', percent] = match;
  const amount = amountFromNumber(value)?.mul(percent ? 100 : 1);
  if (!amount) return undefined;
  const shown = value < 0 && sections[1] ? amount.abs() : amount;
  const digits = integer.includes(',') ? formatAmountGrouped(shown, zeros.length) : formatAmount(shown, zeros.length);
  return `${explicitMinus ? '-' : ''}${digits}${percent}`;
}
