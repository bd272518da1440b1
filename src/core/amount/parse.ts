import Decimal from 'decimal.js';
import type { CellValue, GridCell } from '../grid/types';
import { fixedOf, type FixedAmount } from './fixed';

export type AmountProblem = 'unparsable' | 'error';

export interface ParsedAmount {
  /** The amount, or null when the cell is empty or cannot be read. */
  amount: Decimal | null;
  /** The same amount as an exact integer and its decimals, when it fits one (see fixed.ts). */
  fixed?: FixedAmount;
  problem?: AmountProblem;
}

/**
 * Excel stores 15 significant digits; digits beyond that in a file are binary noise
 * (0.1 + 0.2 → 0.30000000000000004, SUM results such as 2541.2499999999995).
 * Ten decimal places are more than any budget table shows, so the cap never loses a real digit.
 */
const SIGNIFICANT_DIGITS = 15;
const MAX_DECIMAL_PLACES = 10;

/** After folding: what budget tables write for "nothing here" — nothing, dashes of any width, a slash. */
const EMPTY_MARKER = /^(?:[-—―]*|\/)$/;

const ERROR_VALUE = /^#(?:REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|GETTING_DATA|BLOCKED!|UNKNOWN!|CONNECT!|BUSY!)$/i;

const NUMBER_TEXT = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$/;

const EMPTY: ParsedAmount = { amount: null };
const UNPARSABLE: ParsedAmount = { amount: null, problem: 'unparsable' };
const ERROR: ParsedAmount = { amount: null, problem: 'error' };

/** A JS number from a file → exact decimal without the float noise. */
export function amountFromNumber(value: number): Decimal | null {
  return parseNumber(value)?.amount ?? null;
}

/**
 * A number's shortest decimal form ("938.7") is what the file holds; when it has at most 15
 * significant digits and 10 decimals it is the amount as it stands, otherwise it is float noise to
 * round away.
 */
function parseNumber(value: number): { amount: Decimal; fixed?: FixedAmount } | undefined {
  if (!Number.isFinite(value)) return undefined;
  const fixed = fixedOf(String(value));
  if (fixed && fixed.decimals <= MAX_DECIMAL_PLACES) return { amount: new Decimal(value), fixed };
  const amount = new Decimal(value).toSignificantDigits(SIGNIFICANT_DIGITS).toDecimalPlaces(MAX_DECIMAL_PLACES);
  const exact = fixedOf(amount.toFixed());
  return exact ? { amount, fixed: exact } : { amount };
}

/** Full-width digits and punctuation folded to ASCII; all whitespace removed. */
function foldNumberText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2212\u2012\u2013\uFE63]/g, '-')
    .replace(/[\s\u00A0\u3000]/g, '');
}

/**
 * Reads an amount from a cell value: numbers, text numbers ("2,541.25", "１２３.４"),
 * negatives written "-12", "(12)" or "（12.00）". Dashes and blanks are empty (null, no problem).
 */
export function parseAmount(value: CellValue | undefined, text?: string): ParsedAmount {
  if (value === null || value === undefined) return text === undefined ? EMPTY : parseAmountText(text);
  if (typeof value === 'number') return parseNumber(value) ?? ERROR;
  if (typeof value === 'boolean') return UNPARSABLE;
  return parseAmountText(value);
}

/** parseAmount for a grid cell: error cells (#REF!) report 'error'. */
export function parseCellAmount(cell: GridCell | null | undefined): ParsedAmount {
  if (!cell) return EMPTY;
  if (cell.err) return ERROR;
  return parseAmount(cell.v, cell.t);
}

export function parseAmountText(raw: string): ParsedAmount {
  const trimmed = raw.trim();
  if (ERROR_VALUE.test(trimmed)) return ERROR;
  let text = foldNumberText(trimmed);
  if (EMPTY_MARKER.test(text)) return EMPTY;
  let negative = false;
  const bracketed = /^\((.*)\)$/.exec(text);
  if (bracketed) {
    negative = true;
    text = bracketed[1];
    if (/^[+-]/.test(text)) return UNPARSABLE;
  }
  if (!NUMBER_TEXT.test(text)) return UNPARSABLE;
  const plain = `${negative ? '-' : ''}${text.replace(/,/g, '')}`;
  const amount = new Decimal(plain);
  const fixed = fixedOf(plain);
  return fixed ? { amount, fixed } : { amount };
}

/** Decimals a number is written with: "16,497.86" 2, "0" 0, "6.4" 1. */
export function writtenDecimals(number: string): number {
  const dot = number.indexOf('.');
  return dot < 0 ? 0 : number.length - dot - 1;
}
