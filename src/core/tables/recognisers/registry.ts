/** All recognisers, one per table kind, and title matching across them. */
import type { TableKind } from '../types';
import { basicEconomic } from './basic-economic';
import { expenditure } from './expenditure';
import { fiscalSummary } from './fiscal-summary';
import { fundExpenditure } from './fund-expenditure';
import { fundIncome } from './fund-income';
import { generalExpenditure } from './general-expenditure';
import { gps } from './gps';
import { income } from './income';
import { operatingCost } from './operating-cost';
import { performanceTarget } from './performance-target';
import { project } from './project';
import { projectCarryover } from './project-carryover';
import type { TableRecogniser } from './recogniser';
import { stateCapital } from './state-capital';
import { summary } from './summary';
import { threePublic } from './three-public';

/** One recogniser per kind: a kind in TABLE_KINDS without one here does not compile. */
const BY_KIND: Record<TableKind, TableRecogniser> = {
  summary,
  income,
  expenditure,
  'fiscal-summary': fiscalSummary,
  'general-expenditure': generalExpenditure,
  'basic-economic': basicEconomic,
  'fund-income': fundIncome,
  'fund-expenditure': fundExpenditure,
  'state-capital': stateCapital,
  'three-public': threePublic,
  'operating-cost': operatingCost,
  project,
  'project-carryover': projectCarryover,
  gps,
  'performance-target': performanceTarget,
};

export const RECOGNISERS: readonly TableRecogniser[] = Object.values(BY_KIND);

export function recogniserFor(kind: TableKind): TableRecogniser {
  return BY_KIND[kind];
}

/** After the matched phrase a title may only carry brackets such as （不含上年结转） and punctuation. */
const TITLE_TAIL = /^(?:[(（][^)）]*[)）]|[\s:：\-—.．。·…\d])*$/;

/** The classification a title names: “功能分类科目”, “（按经济科目）”. */
const CLASSIFICATION_WORDS: Array<[NonNullable<TableRecogniser['classification']>, RegExp]> = [
  ['function', /功能(?:分类|科目)/],
  ['economic', /经济(?:分类|科目)/],
];

/** "“三公”经费和机关运行经费预算表": one table printing two, joined by 和 / 及 / 与 / 、. */
const CONJUNCTION = /和|及|与|、/g;

/**
 * The kind a title names, or undefined. `title` is compact text without its table number; the longest
 * matching phrase wins, so specific titles (财政拨款收支总表) beat general ones (收支总表).
 */
function singleKindOfTitle(title: string): TableKind | undefined {
  let best: { kind: TableKind; length: number } | undefined;
  const named = CLASSIFICATION_WORDS.filter(([, words]) => words.test(title)).map(([classification]) => classification);
  for (const recogniser of RECOGNISERS) {
    if (recogniser.classification && named.length === 1 && named[0] !== recogniser.classification) continue;
    for (const pattern of recogniser.titles) {
      const m = pattern.exec(title);
      if (!m || !TITLE_TAIL.test(title.slice(m.index + m[0].length))) continue;
      if (!best || m[0].length > best.length) best = { kind: recogniser.kind, length: m[0].length };
    }
  }
  return best?.kind;
}

/**
 * The kinds a title names: one, or two when the title joins two table names ("A和B表" is read as
 * "A表" and "B表"; both halves must name different kinds). Empty when the title names none.
 */
export function kindsOfTitle(title: string): TableKind[] {
  for (const m of title.matchAll(CONJUNCTION)) {
    const first = singleKindOfTitle(`${title.slice(0, m.index)}表`);
    const second = singleKindOfTitle(title.slice(m.index + m[0].length));
    if (first && second && first !== second) return [first, second];
  }
  const kind = singleKindOfTitle(title);
  return kind ? [kind] : [];
}
