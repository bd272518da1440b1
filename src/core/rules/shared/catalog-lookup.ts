/** Code and name lookups over catalogs, indexed once per catalog object. */
import { normalizeCode } from '../../catalog/code';
import { catalogLabel as shortLabel } from '../../catalog/lookup';
import type { Catalog, CatalogEntry } from '../../catalog/types';
import { nameSimilarity, normalizeName } from '../../text/normalize';

interface CatalogIndex {
  byCode: Map<string, CatalogEntry[]>;
  byName: Map<string, CatalogEntry[]>;
}

const indexes = new WeakMap<Catalog, CatalogIndex>();

function indexOf(catalog: Catalog): CatalogIndex {
  let index = indexes.get(catalog);
  if (!index) {
    index = { byCode: new Map(), byName: new Map() };
    for (const entry of catalog.entries) {
      if (entry.code) push(index.byCode, normalizeCode(entry.code), entry);
      if (entry.printedCode) push(index.byCode, normalizeCode(entry.printedCode), entry);
      push(index.byName, normalizeName(entry.name), entry);
    }
    indexes.set(catalog, index);
  }
  return index;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export interface CatalogHit {
  catalog: Catalog;
  entry: CatalogEntry;
}

export function entriesWithCode(catalogs: Catalog[], code: string): CatalogHit[] {
  const key = normalizeCode(code);
  return catalogs.flatMap((catalog) => (indexOf(catalog).byCode.get(key) ?? []).map((entry) => ({ catalog, entry })));
}

export function entriesWithName(catalogs: Catalog[], name: string): CatalogHit[] {
  const key = normalizeName(name);
  return catalogs.flatMap((catalog) => (indexOf(catalog).byName.get(key) ?? []).map((entry) => ({ catalog, entry })));
}

/** Names that differ only by OCR-level slips (a character or two) are variants, not other names. */
const VARIANT_SIMILARITY = 0.6;

export type NameAgreement = 'same' | 'variant' | 'different';

export function compareNames(written: string, expected: string): NameAgreement {
  if (normalizeName(written) === normalizeName(expected)) return 'same';
  return nameSimilarity(written, expected) >= VARIANT_SIMILARITY ? 'variant' : 'different';
}

/** "山西B类目录（2023）（晋财综〔2023〕47号）" */
export function catalogLabel(catalog: Catalog): string {
  return `${shortLabel(catalog)}（${catalog.document}）`;
}
