/**
 * An existing 情况说明 against the draft: each amount or percentage it quotes is paired with the draft
 * figure of the same words in the same section ("三、支出预算情况说明" … "基本支出"), the n-th quote
 * with the n-th figure of those words. Quotes the draft has no figure for are left unpaired.
 */
import Decimal from 'decimal.js';
import { convertAmount, formatAmount, type Amount } from '../../amount';
import type { CellRef } from '../../grid';
import type { Narrative, NarrativeParagraph } from '../../narrative/types';
import { address } from '../../rules/shared/cells';
import { normalizeName } from '../../text/normalize';
import type { DraftFigure, FigureKind } from './builder';
import type { DraftSection, SectionId } from './sections';

export interface NarrativeFigure {
  kind: FigureKind;
  label: string;
  /** Amount in `unit`, or the percentage. */
  value: Amount;
  unit?: DraftFigure['unit'];
  ref: CellRef;
}

export interface FigurePair {
  quoted: NarrativeFigure;
  figure: DraftFigure;
  section: SectionId;
  equal: boolean;
}

export interface NarrativeDifference {
  kind: FigureKind;
  label: string;
  /** As the existing text has it: "2,541.25万元", "52.96%". */
  existing: string;
  draft: string;
  cell: CellRef;
  /** Chinese: what differs and where. */
  message: string;
}

/** Which section a heading paragraph opens; order matters (基本支出 before 一般公共预算支出). */
const SECTION_HEADINGS: Array<[RegExp, SectionId]> = [
  [/收支数据变动|收支总体情况/, 'overview'],
  [/收入预算情况/, 'income'],
  [/财政拨款收支/, 'fiscal'],
  [/基本支出/, 'basic'],
  [/一般公共预算(当年)?支出/, 'general'],
  [/支出预算情况/, 'expenditure'],
  [/三公/, 'three-public'],
  [/机关运行经费/, 'operating-cost'],
  [/政府购买服务/, 'purchases'],
];

const NUMBERED = /^\s*(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+\s*[、.．]|[(（]\s*[一二三四五六七八九十]+\s*[)）]|\d+\s*[、.．])/;
const HEADING_LENGTH = 40;

function paragraphKey(ref: CellRef): string {
  return `${ref.sheet}!${ref.row}!${ref.col}`;
}

/** Section of each paragraph: the last numbered heading above it decides; other headings end a section. */
function sectionsOf(paragraphs: NarrativeParagraph[]): Map<string, SectionId | undefined> {
  const sections = new Map<string, SectionId | undefined>();
  let current: SectionId | undefined;
  for (const paragraph of paragraphs) {
    const text = paragraph.text.trim();
    if (NUMBERED.test(text) && text.length <= HEADING_LENGTH) current = SECTION_HEADINGS.find(([pattern]) => pattern.test(text))?.[1];
    sections.set(paragraphKey(paragraph.ref), current);
  }
  return sections;
}

/** Every amount and percentage the narrative quotes, in reading order. */
export function quotedFigures(narrative: Narrative): NarrativeFigure[] {
  const amounts = narrative.amounts.map((a) => ({ offset: a.offset, figure: { kind: 'amount' as const, label: a.label, value: a.amount, unit: a.unit, ref: a.ref } }));
  const percentages = narrative.percentages.map((p) => ({ offset: p.offset, figure: { kind: 'percentage' as const, label: p.label, value: p.value, ref: p.ref } }));
  const order = new Map(narrative.paragraphs.map((p, i) => [paragraphKey(p.ref), i]));
  const position = (ref: CellRef) => order.get(paragraphKey(ref)) ?? order.size;
  return [...amounts, ...percentages].sort((a, b) => position(a.figure.ref) - position(b.figure.ref) || a.offset - b.offset).map(({ figure }): NarrativeFigure => figure);
}

/** The draft label the quoted words end with, longest first ("一般公共预算安排基本支出" over "基本支出"). */
function labelFor(words: string, labels: string[]): string | undefined {
  const quoted = normalizeName(words);
  let best: string | undefined;
  for (const label of labels) {
    const own = normalizeName(label);
    if (own && quoted.endsWith(own) && (!best || own.length > normalizeName(best).length)) best = label;
  }
  return best;
}

function sameValue(quoted: NarrativeFigure, figure: DraftFigure): boolean {
  const value = quoted.kind === 'amount' && quoted.unit && figure.unit ? convertAmount(quoted.value, quoted.unit, figure.unit) : quoted.value;
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).equals(figure.value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
}

/**
 * Pairs quoted figures with draft figures. Outside a recognised section a quote is paired only when
 * one draft figure alone carries its words.
 */
export function pairFigures(sections: DraftSection[], narrative: Narrative): { pairs: FigurePair[]; unpaired: NarrativeFigure[] } {
  const sectionOf = sectionsOf(narrative.paragraphs);
  const seen = new Map<string, number>();
  const pairs: FigurePair[] = [];
  const unpaired: NarrativeFigure[] = [];
  for (const quoted of quotedFigures(narrative)) {
    const sectionId = sectionOf.get(paragraphKey(quoted.ref));
    const candidates = sections
      .filter((section) => !sectionId || section.id === sectionId)
      .flatMap((section) => section.figures.filter((figure) => figure.kind === quoted.kind).map((figure) => ({ section: section.id, figure })));
    const label = labelFor(
      quoted.label,
      candidates.map(({ figure }) => figure.label),
    );
    const same = candidates.filter(({ figure }) => figure.label === label);
    if (same.length === 0 || (!sectionId && same.length > 1)) {
      unpaired.push(quoted);
      continue;
    }
    const key = `${sectionId ?? ''}|${quoted.kind}|${label}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const { section, figure } = same[Math.min(n, same.length - 1)];
    pairs.push({ quoted, figure, section, equal: sameValue(quoted, figure) });
  }
  return { pairs, unpaired };
}

function written(kind: FigureKind, value: Amount, unit: string | undefined): string {
  return kind === 'percentage' ? `${formatAmount(value)}%` : `${formatAmount(value)}${unit ?? ''}`;
}

/** Quoted amounts and percentages of the existing text that differ from the draft. */
export function compareNarrative(draft: { sections: DraftSection[] }, narrative: Narrative): NarrativeDifference[] {
  return pairFigures(draft.sections, narrative)
    .pairs.filter((pair) => !pair.equal)
    .map(({ quoted, figure }) => {
      const existing = written(quoted.kind, quoted.value, quoted.unit);
      const expected = written(figure.kind, figure.value, figure.unit);
      const from = figure.source ? `（按${address(figure.source)}）` : '';
      return {
        kind: quoted.kind,
        label: quoted.label,
        existing,
        draft: expected,
        cell: quoted.ref,
        message: `${address(quoted.ref)}“${quoted.label}”写作${existing}，按表格应为${expected}${from}。`,
      };
    });
}
