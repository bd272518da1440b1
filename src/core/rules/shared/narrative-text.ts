/** Reading and rewriting numbers inside 情况说明 paragraphs. */
import { Amount, type AmountUnit } from '../../amount';
import type { CellRef } from '../../grid';
import type { Narrative, NarrativeParagraph, QuotedAmount } from '../../narrative/types';
import type { IdentityTerm, CheckData } from '../types';
import type { CellEdit } from '../../findings';
import { locate } from './cells';
import { groupBy } from './group-by';

function refKey(ref: CellRef): string {
  return `${ref.sheet}!${ref.row}!${ref.col}`;
}

const paragraphIndexes = new WeakMap<Narrative, Map<string, NarrativeParagraph>>();

export function paragraphAt(context: CheckData, ref: CellRef): NarrativeParagraph | undefined {
  let index = paragraphIndexes.get(context.narrative);
  if (!index) {
    index = new Map(context.narrative.paragraphs.map((p) => [refKey(p.ref), p]));
    paragraphIndexes.set(context.narrative, index);
  }
  return index.get(refKey(ref));
}

const paragraphAmounts = new WeakMap<QuotedAmount[], Map<string, QuotedAmount[]>>();

/** Quoted amounts of each paragraph, in text order (read once per list: several rules ask). */
export function amountsByParagraph(amounts: QuotedAmount[]): ReadonlyMap<string, readonly QuotedAmount[]> {
  let groups = paragraphAmounts.get(amounts);
  if (!groups) {
    groups = groupBy(amounts, (quoted) => refKey(quoted.ref));
    for (const group of groups.values()) group.sort((a, b) => a.offset - b.offset);
    paragraphAmounts.set(amounts, groups);
  }
  return groups;
}

export function paragraphKey(ref: CellRef): string {
  return refKey(ref);
}

/** Funding words that decide which table a figure belongs to. */
const FUNDING = /一般公共预算|财政拨款|政府性基金|国有资本/;
/** A section heading of the 说明: short, no sentence, no figure ("（二）一般公共预算当年拨款结构情况"). */
const MAX_HEADING = 40;
const FIGURE = /\d\s*(?:亿元|万元|元|[%％])/;

const headingIndexes = new WeakMap<Narrative, Map<string, string>>();

/** The heading each paragraph is written under: the nearest heading above it on its sheet. */
function headingOf(narrative: Narrative, ref: CellRef): string {
  let index = headingIndexes.get(narrative);
  if (!index) {
    index = new Map();
    let sheet = '';
    let heading = '';
    for (const paragraph of narrative.paragraphs) {
      if (paragraph.ref.sheet !== sheet) [sheet, heading] = [paragraph.ref.sheet, ''];
      const text = paragraph.text.trim();
      if (text.length <= MAX_HEADING && !/[。；;]/.test(text) && !FIGURE.test(text)) heading = text;
      else index.set(refKey(paragraph.ref), heading);
    }
    headingIndexes.set(narrative, index);
  }
  return index.get(refKey(ref)) ?? '';
}

/**
 * What a paragraph's figures are of: the label of its first (total) amount, or, when that names no
 * funding, also its section's heading ("（二）一般公共预算当年拨款结构情况" over a list of classes).
 */
export function paragraphScope(context: CheckData, ref: CellRef): string {
  const first = amountsByParagraph(context.narrative.amounts).get(refKey(ref))?.[0]?.label ?? '';
  return FUNDING.test(first) ? first : `${first} ${headingOf(context.narrative, ref)}`.trim();
}

/** The number written at `offset` ("2,541.25"), as positions in the text. */
function numberAt(text: string, offset: number): { start: number; end: number } | undefined {
  const match = /^[0-9０-９][0-9０-９,，.．]*/.exec(text.slice(offset));
  if (!match) return undefined;
  const written = match[0].replace(/[,，.．]+$/, '');
  return { start: offset, end: offset + written.length };
}

/** An edit rewriting the paragraph with the number at `offset` replaced; undefined when no number is there. */
export function replaceNumber(paragraph: NarrativeParagraph | undefined, offset: number, replacement: string): CellEdit | undefined {
  if (!paragraph) return undefined;
  const at = numberAt(paragraph.text, offset);
  if (!at) return undefined;
  return { ...locate(paragraph.ref), value: paragraph.text.slice(0, at.start) + replacement + paragraph.text.slice(at.end) };
}

/** A figure of a paragraph as a term of an identity: its value as written, rewritable in place. */
export function figureTerm(paragraph: NarrativeParagraph, figure: { amount: Amount; unit: AmountUnit; decimals: number; offset: number }, label: string): IdentityTerm {
  return {
    cell: { ref: paragraph.ref, amount: figure.amount, raw: paragraph.text },
    unit: figure.unit,
    decimals: figure.decimals,
    sign: 1,
    label,
    figure: { offset: figure.offset, text: paragraph.text },
  };
}

/** Percent to two decimals, rounded half up as the disclosures do. */
export function percentOf(part: Amount, whole: Amount): Amount {
  return part.div(whole).mul(100).toDecimalPlaces(2, Amount.ROUND_HALF_UP);
}
