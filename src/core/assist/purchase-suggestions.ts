/**
 * Suggest 政府购买服务 catalog codes for a project from its name and description (绩效目标 项目概况),
 * by TF-IDF cosine similarity over character bigrams. Only leaf entries are suggested: a purchase is
 * classified at the most specific level of a catalog.
 */
import type { Catalog, CatalogEntry } from '../catalog/types';
import { bigrams } from '../text/normalize';

export interface ProjectText {
  name: string;
  /** 项目概况 or other free text about the project. */
  description?: string;
}

export interface PurchaseSuggestion {
  catalogId: string;
  entry: CatalogEntry;
  /** Names from the catalog root down to the entry. */
  path: string[];
  score: number;
}

type Vector = Map<string, number>;

interface IndexedEntry {
  catalogId: string;
  entry: CatalogEntry;
  path: string[];
  vector: Vector;
  norm: number;
}

export interface SuggestionIndex {
  entries: IndexedEntry[];
  idf: Map<string, number>;
}

const NAME_WEIGHT = 2;

function addText(vector: Vector, text: string | undefined, weight: number): void {
  if (!text) return;
  for (const gram of bigrams(text)) vector.set(gram, (vector.get(gram) ?? 0) + weight);
}

function pathOf(entry: CatalogEntry, byCode: Map<string, CatalogEntry>): string[] {
  const names = [entry.name];
  let parent = entry.parent ? byCode.get(entry.parent) : undefined;
  while (parent) {
    names.unshift(parent.name);
    parent = parent.parent ? byCode.get(parent.parent) : undefined;
  }
  return names;
}

function entryKey(entry: CatalogEntry): string {
  return `${entry.department ?? ''}|${entry.code}`;
}

export function createSuggestionIndex(catalogs: Catalog[]): SuggestionIndex {
  const raw: Array<Omit<IndexedEntry, 'norm'>> = [];
  for (const catalog of catalogs) {
    const byCode = new Map<string, CatalogEntry>();
    const parents = new Set<string>();
    for (const entry of catalog.entries) {
      byCode.set(entry.code, entry);
      if (entry.parent) parents.add(`${entry.department ?? ''}|${entry.parent}`);
    }
    for (const entry of catalog.entries) {
      if (parents.has(entryKey(entry))) continue;
      const path = pathOf(entry, byCode);
      const vector: Vector = new Map();
      addText(vector, entry.name, NAME_WEIGHT);
      for (const ancestor of path.slice(0, -1)) addText(vector, ancestor, 1);
      addText(vector, entry.description, 1);
      raw.push({ catalogId: catalog.id, entry, path, vector });
    }
  }
  const documentFrequency = new Map<string, number>();
  for (const { vector } of raw) for (const gram of vector.keys()) documentFrequency.set(gram, (documentFrequency.get(gram) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [gram, df] of documentFrequency) idf.set(gram, Math.log(1 + raw.length / df));
  const entries = raw.map((item) => {
    let sum = 0;
    for (const [gram, weight] of item.vector) {
      const w = weight * (idf.get(gram) ?? 0);
      item.vector.set(gram, w);
      sum += w * w;
    }
    return { ...item, norm: Math.sqrt(sum) };
  });
  return { entries, idf };
}

export function suggestPurchaseCodes(index: SuggestionIndex, project: ProjectText, limit = 3): PurchaseSuggestion[] {
  const query: Vector = new Map();
  addText(query, project.name, NAME_WEIGHT);
  addText(query, project.description, 1);
  let queryNorm = 0;
  for (const [gram, weight] of query) {
    const w = weight * (index.idf.get(gram) ?? 0);
    query.set(gram, w);
    queryNorm += w * w;
  }
  queryNorm = Math.sqrt(queryNorm);
  if (queryNorm === 0) return [];
  return index.entries
    .map((item) => {
      let dot = 0;
      for (const [gram, weight] of query) dot += weight * (item.vector.get(gram) ?? 0);
      return { item, score: item.norm ? dot / (item.norm * queryNorm) : 0 };
    })
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ item, score }) => ({ catalogId: item.catalogId, entry: item.entry, path: item.path, score }));
}
