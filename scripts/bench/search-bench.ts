/** Lookup latency over every bundled catalog with realistic queries: codes, prefixes, Chinese substrings, pinyin initials. */
import { pinyin } from 'pinyin-pro';
import { createSearchIndex, searchCatalogs } from '../../src/core/catalog';
import { spellPinyin } from '../../src/core/catalog/pinyin';
import type { Catalog } from '../../src/core/catalog/types';
import { loadBundledCatalogs } from '../../src/data';
import { createRandom, randomInt, type Random } from '../generators/random';
import { percentile, round } from './stats';

export interface SearchFigures {
  searchP50Ms: number | null;
  searchP99Ms: number | null;
  details?: {
    catalogs: number;
    entries: number;
    queries: number;
    buildIndexMs: number;
    cpuP50Ms: number;
    cpuP99Ms: number;
    queryKinds: Record<string, number>;
  };
  notes: string[];
}

export async function benchSearch(queryCount: number): Promise<SearchFigures> {
  const catalogs = await loadBundledCatalogs();
  const indexStart = performance.now();
  const index = createSearchIndex(catalogs, spellPinyin);
  const buildIndexMs = performance.now() - indexStart;
  const search = (query: string) => searchCatalogs(index, query);
  const entries = catalogs.flatMap((catalog) => catalog.entries);
  if (entries.length === 0) return { searchP50Ms: null, searchP99Ms: null, notes: ['内置目录为空，无法测量搜索。'] };
  const random = createRandom(20260101);
  const queries = Array.from({ length: queryCount }, () => makeQuery(entries[randomInt(random, 0, entries.length - 1)], random));
  for (const query of queries.slice(0, 50)) search(query.text);
  // Wall time is what a user feels; CPU time (µs resolution) shows how much of a slow query was
  // the machine being busy with other work rather than the search itself.
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (const query of queries) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    search(query.text);
    times.push(performance.now() - start);
    const cpu = process.cpuUsage(cpuStart);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  const queryKinds: Record<string, number> = {};
  for (const query of queries) queryKinds[query.kind] = (queryKinds[query.kind] ?? 0) + 1;
  return {
    searchP50Ms: round(percentile(times, 50), 4),
    searchP99Ms: round(percentile(times, 99), 4),
    details: {
      catalogs: catalogs.length,
      entries: entries.length,
      queries: queries.length,
      buildIndexMs: round(buildIndexMs),
      cpuP50Ms: round(percentile(cpuTimes, 50), 4),
      cpuP99Ms: round(percentile(cpuTimes, 99), 4),
      queryKinds,
    },
    notes: [],
  };
}

interface Query {
  kind: 'code' | 'code-prefix' | 'name-substring' | 'description-substring' | 'pinyin-initials';
  text: string;
}

function makeQuery(entry: Catalog['entries'][number], random: Random): Query {
  const roll = random();
  if (roll < 0.2) return { kind: 'code', text: entry.code };
  if (roll < 0.4) return { kind: 'code-prefix', text: entry.code.slice(0, Math.max(1, entry.code.length - randomInt(random, 1, 3))) };
  if (roll < 0.65) return { kind: 'name-substring', text: substring(entry.name, random) };
  if (roll < 0.8 && entry.description) return { kind: 'description-substring', text: substring(entry.description, random) };
  const initials = pinyin(entry.name, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
  return { kind: 'pinyin-initials', text: initials.slice(0, randomInt(random, 2, Math.max(2, Math.min(6, initials.length)))) };
}

function substring(text: string, random: Random): string {
  const chars = [...text];
  const length = Math.min(chars.length, randomInt(random, 2, 4));
  const start = randomInt(random, 0, chars.length - length);
  return chars.slice(start, start + length).join('');
}
