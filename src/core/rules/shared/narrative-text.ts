/** Reading and rewriting numbers inside 情况说明 paragraphs. */
import { Amount } from '../../amount';
import type { CellRef } from '../../grid';
import type { NarrativeParagraph } from '../../narrative/types';
import type { CellEdit, RuleContext } from '../types';
import { locate } from './cells';

export function paragraphAt(context: RuleContext, ref: CellRef): NarrativeParagraph | undefined {
  return context.narrative.paragraphs.find((p) => p.ref.sheet === ref.sheet && p.ref.row === ref.row && p.ref.col === ref.col);
}

/** The number written at `offset` ("2,541.25"), as positions in the text. */
export function numberAt(text: string, offset: number): { start: number; end: number } | undefined {
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

/** Percent to two decimals, rounded half up as the disclosures do. */
export function percentOf(part: Amount, whole: Amount): Amount {
  return part.div(whole).mul(100).toDecimalPlaces(2, Amount.ROUND_HALF_UP);
}
