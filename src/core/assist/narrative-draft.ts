/**
 * 情况说明 draft: the standard paragraphs (收支总体, 收入, 支出, 财政拨款收支, 一般公共预算支出, 基本支出,
 * 三公, 机关运行经费, 政府购买服务) written from the recognised tables as text the user copies, and the
 * comparison of an existing 情况说明 with it.
 */
import type { AmountUnit } from '../amount';
import type { WorkbookReading } from '../tables';
import { placeholder, placeholdersIn } from './narrative/builder';
import { writeSections, type DraftSection, type SectionContext } from './narrative/sections';

export { placeholdersIn, type DraftFigure } from './narrative/builder';
export { compareNarrative, pairFigures, quotedFigures, type FigurePair, type NarrativeDifference, type NarrativeFigure } from './narrative/compare';
export type { DraftSection, SectionId } from './narrative/sections';

export interface DraftOptions {
  /** Defaults to the 部门/单位 name the tables state. */
  unitName?: string;
  /** Defaults to the year of the tables' titles. */
  year?: number;
  /** 部门预算 or 单位预算; defaults to what the existing 情况说明 calls itself, else 部门. */
  scope?: '部门' | '单位';
  /** Unit of every amount in the text; 万元 unless told. */
  unit?: AmountUnit;
}

export interface NarrativeDraft {
  sections: DraftSection[];
  /** The whole draft, headings and paragraphs one per line, ready to paste. */
  text: string;
  /** Placeholders left for the user, in order of appearance. */
  placeholders: string[];
}

function mostCommon(values: Array<string | number | undefined>): string | number | undefined {
  const counts = new Map<string | number, number>();
  for (const value of values) if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function scopeOf(reading: WorkbookReading): '部门' | '单位' {
  const words = reading.narrative.paragraphs.map((p) => p.text).join('\n');
  return /单位预算/.test(words) && !/部门预算/.test(words) ? '单位' : '部门';
}

export function draftNarrative(reading: WorkbookReading, options: DraftOptions = {}): NarrativeDraft {
  const budgetTables = reading.tables.filter((table) => table.kind !== 'performance-target');
  const unitName = options.unitName ?? (mostCommon(budgetTables.map((table) => table.unitName?.text.trim())) as string | undefined);
  const year = options.year ?? (mostCommon(budgetTables.map((table) => table.year)) as number | undefined);
  const context: SectionContext = {
    tables: reading.tables,
    narrative: reading.narrative,
    unitName: unitName || placeholder('单位名称'),
    year: year ? String(year) : placeholder('年度'),
    lastYear: year ? String(year - 1) : placeholder('上一年度'),
    scope: options.scope ?? scopeOf(reading),
    unit: options.unit ?? '万元',
  };
  const sections = writeSections(context);
  const text = sections.map((section) => [section.heading, ...section.paragraphs].join('\n')).join('\n');
  return { sections, text, placeholders: placeholdersIn(text) };
}
