/** 情况说明 text → quoted amounts, percentages, year-on-year and 政府购买服务 statements. */
import type { Grid } from '../grid';
import { saysNoThreePublic } from './facts';
import { readFigures } from './figures';
import { findParagraphs, type Exclusion } from './paragraphs';
import { readChanges } from './changes';
import { readItems } from './items';
import { readPurchases } from './purchases';
import type { Narrative } from './types';

export * from './types';

export interface NarrativeOptions {
  /** Table ranges whose cells are not 说明 text (绩效目标表 prose, for instance). */
  exclude?: Exclusion[];
  /** Unit names, dropped from the start of labels ("泽州县财政局预算收入总计" → "预算收入总计"). */
  unitNames?: string[];
}

export function readNarrative(grid: Grid, options: NarrativeOptions = {}): Narrative {
  const unitNames = [...(options.unitNames ?? [])].sort((a, b) => b.length - a.length);
  const paragraphs = findParagraphs(grid, options.exclude);
  const narrative: Narrative = { paragraphs, items: [], changes: [], amounts: [], percentages: [], yearOnYear: [], purchases: [] };
  for (const paragraph of paragraphs) {
    const figures = readFigures(paragraph, unitNames);
    narrative.amounts.push(...figures.amounts);
    narrative.changes.push(...readChanges(paragraph, figures.allAmounts));
    narrative.percentages.push(...figures.percentages);
    narrative.yearOnYear.push(...figures.yearOnYear);
    narrative.purchases.push(...readPurchases(paragraph));
    narrative.items.push(...readItems(paragraph));
    if (!narrative.noThreePublic && saysNoThreePublic(paragraph)) narrative.noThreePublic = paragraph;
  }
  return narrative;
}
