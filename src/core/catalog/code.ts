/**
 * Code shapes shared by every catalog: 政府购买服务 codes (A, A01, A0101, A010101) and
 * classification codes (201, 20106, 2010601). The level always comes from the shape, never from
 * the column a PDF extraction happened to put the code in.
 */

import { memoised } from '../text/memo';

const SERVICE_CODE = /^[A-Z](?:\d{2}){0,3}$/;
const CLASS_CODE = /^\d{3}(?:\d{2}){0,2}$/;
/** A code printed with a department or unit prefix: 郑州 "033A0101", 聊城 "072001A0301". */
const PREFIXED_SERVICE_CODE = /^(\d{3}|\d{6})([A-Z](?:\d{2}){0,3})$/;

/** Folds full-width forms and spaces away and upper-cases letters. */
export const normalizeCode = memoised((text: string): string => text.normalize('NFKC').replace(/\s/g, '').toUpperCase());

export function isCatalogCode(code: string): boolean {
  return SERVICE_CODE.test(code) || CLASS_CODE.test(code);
}

/** 1 for "A" or "201", 2 for "A01" or "20106", …; undefined when the text is not a code. */
export function codeLevel(code: string): number | undefined {
  if (SERVICE_CODE.test(code)) return 1 + (code.length - 1) / 2;
  if (CLASS_CODE.test(code)) return 1 + (code.length - 3) / 2;
  return undefined;
}

/** The code one level up ("A0101" → "A01", "2010601" → "20106"), or undefined at the top. */
export function parentCode(code: string): string | undefined {
  const level = codeLevel(code);
  return level && level > 1 ? code.slice(0, -2) : undefined;
}

export interface PrefixedCode {
  /** The department or unit prefix as printed. */
  prefix: string;
  code: string;
}

/** Splits "033A0101" into prefix 033 and code A0101; undefined when the text has no prefix. */
export function splitPrefixedCode(text: string): PrefixedCode | undefined {
  const match = PREFIXED_SERVICE_CODE.exec(normalizeCode(text));
  return match ? { prefix: match[1], code: match[2] } : undefined;
}
