/**
 * Pinyin syllables of a name, for initials ("psfw") and full-pinyin search. Kept apart from search.ts
 * because pinyin-pro's dictionary is the largest piece of the task pane: the pane loads this module
 * lazily and re-indexes when it arrives.
 */
import { pinyin } from 'pinyin-pro';

export type Speller = (text: string) => string[];

export const spellPinyin: Speller = (text) => pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }) as string[];
