import type { Amount, AmountUnit } from '../amount';
import type { CellRef } from '../grid';
import type { AmountChange } from './changes';
import type { ItemStatement } from './items';

/** One paragraph of 情况说明 text and where it lives. */
export interface NarrativeParagraph {
  ref: CellRef;
  text: string;
}

/** "…经费759.1万元，属于B0701-评审服务" */
export interface PurchaseStatement {
  project: string;
  amount: Amount;
  unit: AmountUnit;
  code: string;
  name: string;
  ref: CellRef;
  /** The sentence the statement was read from. */
  text: string;
  /** Offset of the amount in the paragraph, and the decimals it is written with. */
  amountOffset: number;
  decimals: number;
}

export interface QuotedAmount {
  /** Words before the amount that say what it is, e.g. "基本支出". */
  label: string;
  amount: Amount;
  unit: AmountUnit;
  /** Decimals as written ("16,497.86" 2, "0" 0). */
  decimals: number;
  ref: CellRef;
  /** Character offset of the amount inside the paragraph. */
  offset: number;
}

export interface QuotedPercentage {
  label: string;
  /** Percentage as written, e.g. 52.96 for "52.96%". */
  value: Amount;
  ref: CellRef;
  offset: number;
}

/** "比上年增加49.59万元，增长1.99%" */
export interface YearOnYearStatement {
  label: string;
  current?: Amount;
  change: Amount;
  /** +1 increase, -1 decrease. */
  direction: 1 | -1;
  percent?: Amount;
  unit: AmountUnit;
  ref: CellRef;
  text: string;
}

export interface Narrative {
  paragraphs: NarrativeParagraph[];
  /** “类（类）款（款）项（项）” items of the 支出 list with their figures. */
  items: ItemStatement[];
  /** Amounts with their change against last year ("…比2024年预算增加X万元" / "…持平"). */
  changes: AmountChange[];
  amounts: QuotedAmount[];
  percentages: QuotedPercentage[];
  yearOnYear: YearOnYearStatement[];
  purchases: PurchaseStatement[];
  /** Where the text says there is no “三公” budget ("本部门无“三公”经费预算"), if it does. */
  noThreePublic?: NarrativeParagraph;
}
