/** 情况说明 text → quoted amounts, percentages, year-on-year and 政府购买服务 statements. */
import type { CellRange, Grid } from '../grid';
import type { Narrative } from './types';

export * from './types';

export interface NarrativeOptions {
  /** Table ranges whose cells are not 说明 text (绩效目标表 prose, for instance). */
  exclude?: Array<{ sheet: string; range: CellRange }>;
  /** Unit names, stripped from the start of labels ("泽州县财政局预算收入总计" → "预算收入总计"). */
  unitNames?: string[];
}

export function readNarrative(grid: Grid, options: NarrativeOptions = {}): Narrative {
  void grid;
  void options;
  return { paragraphs: [], amounts: [], percentages: [], yearOnYear: [], purchases: [] };
}
