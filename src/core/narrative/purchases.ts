/**
 * 政府购买服务 statements in prose: "政府投资项目预决（结）算评审工作经费759.1万元，属于B0701-评审服务",
 * also without the dash ("B1005信息化系统使用服务") and with department-prefixed codes (033A0101).
 */
import { parseAmountText, writtenDecimals, type AmountUnit } from '../amount';
import { clauseStart } from './labels';
import type { NarrativeParagraph, PurchaseStatement } from './types';

const STATEMENT =
  /(\d[\d,，]*(?:\.\d+)?)\s*(万元|元)\s*[，,]?\s*(?:属于|对应|列入|归入|归属于?|为)\s*(?:指导性?目录)?(?:中的?)?(?:代码|编码)?[:：为]?\s*(\d{0,6}[A-Z]\d{2,8})\s*[-－—–:：、\s]?\s*([^，,；;。\n]*)/g;

export function readPurchases(paragraph: NarrativeParagraph): PurchaseStatement[] {
  const { text, ref } = paragraph;
  const out: PurchaseStatement[] = [];
  for (const m of text.matchAll(STATEMENT)) {
    const amount = parseAmountText(m[1].replace(/，/g, ',')).amount;
    const start = clauseStart(text, m.index);
    const project = text.slice(start, m.index).trim();
    if (!amount || !project) continue;
    out.push({
      project,
      amount,
      unit: m[2] as AmountUnit,
      code: m[3],
      name: m[4].trim(),
      ref,
      text: text.slice(start, m.index + m[0].length),
      amountOffset: m.index,
      decimals: writtenDecimals(m[1]),
    });
  }
  return out;
}
