/**
 * Text normalisation for comparing names typed by people or produced by PDF/OCR extraction:
 * full-width forms folded (NFKC), whitespace and quote/bracket variants removed.
 */
import { memoised } from './memo';

const IGNORED = /[\s\u3000"'“”‘’「」『』《》〈〉·•、,，.。:：;；\-—_－]/g;

export const normalizeName = memoised((text: string): string => text.normalize('NFKC').replace(IGNORED, '').replace(/[（(]/g, '(').replace(/[）)]/g, ')').toLowerCase());

/** Character bigrams of a normalised text (single characters for one-character texts); the result is shared, not to be changed. */
export const bigrams = memoised((text: string): readonly string[] => {
  const chars = Array.from(normalizeName(text));
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) out.push(chars[i] + chars[i + 1]);
  return out;
});

/** Dice coefficient over character bigrams: 1 for equal texts, 0 for nothing in common. */
export function nameSimilarity(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  if (left.length === 0 || right.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const gram of left) counts.set(gram, (counts.get(gram) ?? 0) + 1);
  let shared = 0;
  for (const gram of right) {
    const n = counts.get(gram) ?? 0;
    if (n > 0) {
      shared += 1;
      counts.set(gram, n - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}
