/**
 * Keystroke search over catalogs: code prefix, name or 说明 substring, pinyin initials ("psfw" →
 * 评审服务) and full pinyin. Everything that costs time (normalisation, pinyin) is computed once in
 * createSearchIndex, so a query is a single pass of string comparisons.
 */
import { normalizeName } from '../text/normalize';
import { normalizeCode } from './code';
import { entryPath } from './lookup';
import type { Speller } from './pinyin';
import type { Catalog, CatalogEntry } from './types';

export type MatchKind = 'code-exact' | 'code-prefix' | 'name' | 'pinyin' | 'description';

export interface SearchHit {
  catalogId: string;
  entry: CatalogEntry;
  /** Names root → entry, shown as 一级 › 二级 › 三级. */
  path: string[];
  score: number;
  match: MatchKind;
  /** Set when `preferredIds` was given and the hit is from another catalog: shown with its catalog's name. */
  elsewhere?: true;
}

export interface SearchOptions {
  catalogIds?: string[];
  limit?: number;
  /**
   * The workbook's own catalogs: their hits come first (best first), then the other catalogs' hits.
   * A Shanxi workbook looking up B0701 gets 山西B类 before 焦作, whose B0701 is another service.
   */
  preferredIds?: string[];
}

interface IndexedEntry {
  catalogId: string;
  entry: CatalogEntry;
  path: string[];
  /** Department catalogs repeat the same upper levels under every department: hits show each once. */
  key: string;
  codes: string[];
  name: string;
  description: string;
  initials: string;
  spelled: string;
}

export interface SearchIndex {
  entries: IndexedEntry[];
}

const DEFAULT_LIMIT = 20;
/** A query that could be the start of a code ("B", "B07", "2010", "033A01"); "psfw" is not. */
const CODE_SHAPED = /^\d*[A-Z]?\d*$/;
/** Base scores keep the ranking exact code > code prefix > name > pinyin > description. */
const BASE: Record<MatchKind, number> = { 'code-exact': 1000, 'code-prefix': 800, name: 600, pinyin: 400, description: 200 };

/** Without a speller the index has no pinyin (the pane indexes at once, then again when pinyin has loaded). */
export function createSearchIndex(catalogs: Catalog[], spell?: Speller): SearchIndex {
  const entries: IndexedEntry[] = [];
  for (const catalog of catalogs) {
    const paths = entryPath(catalog);
    for (const entry of catalog.entries) {
      const syllables = spell ? spell(entry.name) : [];
      entries.push({
        catalogId: catalog.id,
        entry,
        path: paths(entry),
        key: `${catalog.id}|${entry.code}|${entry.name}`,
        codes: [entry.code, entry.printedCode].filter((code): code is string => Boolean(code)).map(normalizeCode),
        name: normalizeName(entry.name),
        description: normalizeName(entry.description ?? ''),
        initials: syllables.map((syllable) => syllable[0]).join(''),
        spelled: syllables.join(''),
      });
    }
  }
  return { entries };
}

export function searchCatalogs(index: SearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  const text = normalizeName(query);
  if (!text) return [];
  const code = normalizeCode(query);
  const letters = /^[a-z]+$/.test(text) ? text : '';
  const allowed = options.catalogIds && new Set(options.catalogIds);
  const preferred = options.preferredIds && new Set(options.preferredIds);
  const elsewhere = (item: IndexedEntry) => (preferred && !preferred.has(item.catalogId) ? 1 : 0);
  const scored: Array<{ item: IndexedEntry; score: number; match: MatchKind }> = [];
  const seen = new Set<string>();
  for (const item of index.entries) {
    if (allowed && !allowed.has(item.catalogId)) continue;
    const found = score(item, text, code, letters);
    if (!found || seen.has(item.key)) continue;
    seen.add(item.key);
    scored.push({ item, ...found });
  }
  // Stable sort: equal scores keep catalog and document order. Hit objects are made for the shown few only.
  return scored
    .sort((a, b) => elsewhere(a.item) - elsewhere(b.item) || b.score - a.score)
    .slice(0, options.limit ?? DEFAULT_LIMIT)
    .map(({ item, score, match }) => ({ catalogId: item.catalogId, entry: item.entry, path: item.path, score, match, ...(elsewhere(item) ? { elsewhere: true as const } : {}) }));
}

function score(item: IndexedEntry, text: string, code: string, letters: string): { score: number; match: MatchKind } | undefined {
  if (item.codes.includes(code)) return { score: BASE['code-exact'], match: 'code-exact' };
  const prefixed = item.codes.find((candidate) => candidate.startsWith(code));
  if (prefixed && CODE_SHAPED.test(code)) return { score: BASE['code-prefix'] - (prefixed.length - code.length), match: 'code-prefix' };
  const at = item.name.indexOf(text);
  if (at >= 0) return { score: BASE.name + closeness(at, item.name.length - text.length), match: 'name' };
  if (letters) {
    const initialsAt = item.initials.indexOf(letters);
    const spelledAt = item.spelled.indexOf(letters);
    const best = [
      initialsAt >= 0 ? { at: initialsAt, rest: item.initials.length - letters.length } : undefined,
      spelledAt >= 0 ? { at: spelledAt, rest: item.spelled.length - letters.length } : undefined,
    ]
      .filter((found): found is { at: number; rest: number } => found !== undefined)
      .sort((a, b) => closeness(b.at, b.rest) - closeness(a.at, a.rest))[0];
    if (best) return { score: BASE.pinyin + closeness(best.at, best.rest), match: 'pinyin' };
  }
  const inDescription = item.description.indexOf(text);
  if (inDescription >= 0) return { score: BASE.description + closeness(inDescription, item.description.length - text.length), match: 'description' };
  return undefined;
}

/** Up to 100 points: a match at the start and covering most of the text ranks first. */
function closeness(position: number, leftover: number): number {
  return Math.max(0, 100 - Math.min(position, 50) - Math.min(leftover, 50));
}
