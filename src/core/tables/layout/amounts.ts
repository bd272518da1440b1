/** Cell → AmountCell: exact decimal, blank/dash as empty, error values and stray text flagged. */
import { Amount } from '../../amount';
import type { AmountCell } from '../types';
import type { SheetView } from './sheet-view';
import { compact } from './text';

const DASH = /^[-—－–/]+$|^——$/;

/** Exact value of a number or number-like text; null for blank or dash; undefined when unreadable. */
export function parseAmountText(value: string | number | boolean | null): Amount | null | undefined {
  if (value === null || value === '') return null;
  if (typeof value === 'boolean') return undefined;
  // 15 significant digits drop binary float noise (938.6999999999999) without touching real digits.
  if (typeof value === 'number') return Number.isFinite(value) ? new Amount(value.toPrecision(15)) : undefined;
  const t = compact(value).replace(/[,，]/g, '');
  if (t === '' || DASH.test(t)) return null;
  const negative = /^[(（].*[)）]$/.test(t);
  const body = negative ? t.slice(1, -1) : t;
  if (!/^[-+]?\d+(\.\d+)?$/.test(body)) return undefined;
  const amount = new Amount(body);
  return negative ? amount.negated() : amount;
}

export function readAmountCell(view: SheetView, row: number, col: number): AmountCell {
  const ref = view.ref(row, col);
  const cell = view.cell(row, col);
  const raw = cell?.v ?? null;
  const formula = cell?.f ? { formula: cell.f } : {};
  if (cell?.err) return { ref, amount: null, raw, ...formula, problem: { kind: 'error', text: cell.err } };
  const amount = parseAmountText(raw);
  if (amount === undefined) {
    return { ref, amount: null, raw, ...formula, problem: { kind: 'unparsable', text: String(raw) } };
  }
  return { ref, amount, raw, ...formula };
}
