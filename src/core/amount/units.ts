import Decimal from 'decimal.js';

export type AmountUnit = '元' | '万元' | '亿元';

const UNIT_IN_YUAN: Record<AmountUnit, Decimal> = {
  元: new Decimal(1),
  万元: new Decimal(10000),
  亿元: new Decimal(100000000),
};

/** Convert an amount between units, exactly. */
export function convertAmount(amount: Decimal, from: AmountUnit, to: AmountUnit): Decimal {
  if (from === to) return amount;
  return amount.mul(UNIT_IN_YUAN[from]).div(UNIT_IN_YUAN[to]);
}

const UNIT_STATEMENT = /单位\s*[:：]\s*(?:人民币)?\s*(亿元|万元|元)/;
const UNIT_IN_BRACKETS = /[（(]\s*(亿元|万元|元)\s*[)）]/;

/**
 * The unit a label states: "单位：万元", "金额单位:元", "部门名称：某局 单位：万元",
 * or a bracketed unit in a header such as "资金总额（万元）". Undefined when none is stated;
 * "单位名称：…" is a unit name, not a unit.
 */
export function parseUnitLabel(text: string): AmountUnit | undefined {
  const folded = text.normalize('NFKC');
  const match = UNIT_STATEMENT.exec(folded) ?? UNIT_IN_BRACKETS.exec(folded);
  return match ? (match[1] as AmountUnit) : undefined;
}
