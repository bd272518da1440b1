/** Labels of quoted figures: the words between the previous clause break and the figure. */
import { stripOrdinal } from '../tables/layout/text';

/** Characters that end the words a figure belongs to. */
const CLAUSE_BREAK = /[，,。；;：:、\n]/;

const LEADING_FILLER = /^(其中|主要包括|主要用于|包括|分别是|分别为|主要是|具体为|另外|此外|以及|和|及|共计|合计为)+/;
const TRAILING_FILLER = /(为|是|约|达到?|共计|的)$/;
/** The year and whatever names the unit before it ("某某区某某局2026年收入预算总计" when the tables do not name the unit). */
const YEAR_PREFIX = /^\D*?20\d{2}年度?/;

/** Start of the clause that ends at `end`. */
export function clauseStart(text: string, end: number): number {
  for (let i = end - 1; i >= 0; i--) if (CLAUSE_BREAK.test(text[i])) return i + 1;
  return 0;
}

/**
 * "2026年度泽州县财政局预算收入总计" → "预算收入总计": the year, the unit name and filler words dropped.
 * Unit names are tried longest first so "泽州县财政局本级" is not cut to "本级".
 */
export function cleanLabel(raw: string, unitNames: readonly string[]): string {
  let label = raw.trim();
  for (let changed = true; changed;) {
    const before = label;
    label = stripOrdinal(label.replace(YEAR_PREFIX, '').replace(/^(本部门|本单位)/, '')).trim();
    for (const name of unitNames) if (name && label.startsWith(name)) label = label.slice(name.length);
    label = label.replace(LEADING_FILLER, '').replace(TRAILING_FILLER, '').trim();
    changed = label !== before;
  }
  return label;
}

/** Words before a figure; spaces are dropped ("财 政 业 务 费 10.00 万 元" in PDF conversions). */
export function labelBefore(text: string, index: number, unitNames: readonly string[]): string {
  return cleanLabel(text.slice(clauseStart(text, index), index).replace(/\s+/g, ''), unitNames);
}
