/** The workbook's 部门/单位 name: given in options, else the name most tables state. */
import type { CheckData } from '../types';

export function workbookUnitName(context: CheckData): string | undefined {
  if (context.options.unitName) return context.options.unitName;
  return mostCommon(context.tables.flatMap((t) => (t.unitName?.text.trim() ? [t.unitName.text.trim()] : []))) ?? context.coverUnitName;
}

export function mostCommon<T>(items: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [item, count] of counts) if (count > bestCount) [best, bestCount] = [item, count];
  return best;
}
