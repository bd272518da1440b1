/** Small text helpers for reading titles, headers and labels written by people or PDF converters. */
import { memoised } from '../../text/memo';

/** NFKC, no whitespace, one kind of quote: "“三公”" and '"三公"' compare equal. */
export const compact = memoised((text: string): string =>
  text
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[“”"'‘’「」]/g, '"'),
);

/** Compact text without quotes and brackets, for matching names that differ only in punctuation. */
export const bare = memoised((text: string): string => compact(text).replace(/["()（）【】[\]]/g, ''));

const AMOUNT_TEXT = /^[-+]?[(（]?[-+]?\d[\d,，]*(\.\d+)?[)）]?$/;

/** Text a person would read as a number: "2,541.25", "（12.00）", "１２３". */
export function looksLikeAmount(text: string): boolean {
  const t = compact(text);
  return t !== '' && AMOUNT_TEXT.test(t);
}

/** "一、一般公共服务支出" → "一般公共服务支出"; "①公务用车购置费" → "公务用车购置费". */
export function stripOrdinal(text: string): string {
  return text.replace(/^\s*([一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩])\s*/, '').trim();
}

export function hasOrdinal(text: string): boolean {
  return stripOrdinal(text) !== text.trim();
}

/** 合计 / 总计 / 部门合计 / 单位合计 and spaced variants ("合  计"). */
export function isTotalLabel(text: string): boolean {
  return /^(部门|单位)?(合计|总计)$/.test(compact(text));
}
