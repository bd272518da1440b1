import Decimal from 'decimal.js';
import type { CellValue, GridCell } from '../grid/types';

export type AmountProblem = 'unparsable' | 'error';

export interface ParsedAmount {
  /** The amount, or null when the cell is empty or cannot be read. */
  amount: Decimal | null;
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
  if (!Number.isFinite(value)) return null;
  return new Decimal(value).toSignificantDigits(SIGNIFICANT_DIGITS).toDecimalPlaces(MAX_DECIMAL_PLACES);
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
  if (typeof value === 'number') {
    const amount = amountFromNumber(value);
    return amount ? { amount } : ERROR;
  }
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
  const amount = new Decimal(text.replace(/,/g, ''));
  return { amount: negative ? amount.negated() : amount };
}

/** Decimals a number is written with: "16,497.86" 2, "0" 0, "6.4" 1. */
export function writtenDecimals(number: string): number {
  const dot = number.indexOf('.');
  return dot < 0 ? 0 : number.length - dot - 1;
}
