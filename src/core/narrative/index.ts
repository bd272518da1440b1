/** 情况说明 text → quoted amounts, percentages, year-on-year and 政府购买服务 statements. */
import type { Grid } from '../grid';
import type { Narrative } from './types';

export * from './types';

export function readNarrative(grid: Grid): Narrative {
  void grid;
  return { paragraphs: [], amounts: [], percentages: [], yearOnYear: [], purchases: [] };
}
