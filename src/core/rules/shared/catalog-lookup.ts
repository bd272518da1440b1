/** Code and name lookups over catalogs, indexed once per catalog object. */
import { normalizeCode } from '../../catalog/code';
import { catalogLabel as shortLabel } from '../../catalog/lookup';
import type { Catalog, CatalogEntry } from '../../catalog/types';
import type { CellRef } from '../../grid';
import type { TableKind } from '../../tables/types';
import type { RuleContext } from '../types';
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

export interface Unlisted {
  ref: CellRef;
  /** "2080502 事业单位离退休" or "手续费". */
  label: string;
  table: TableKind;
}

const LISTED_IN_NOTE = 8;

/**
 * What a partial list cannot check is said once per table: one info at the first such cell, the
 * others as related cells.
 */
export function reportUnlisted(context: RuleContext, catalog: Catalog, what: string, unlisted: Unlisted[]): void {
  const byTable = new Map<string, Unlisted[]>();
  for (const item of unlisted) {
    const key = `${item.ref.sheet}|${item.table}`;
    const list = byTable.get(key);
    if (list) list.push(item);
    else byTable.set(key, [item]);
  }
  for (const items of byTable.values()) {
    const shown = items
      .slice(0, LISTED_IN_NOTE)
      .map((item) => `「${item.label}」`)
      .join('');
    const more = items.length > LISTED_IN_NOTE ? `等 ${items.length} 个` : '';
    context.report({
      at: items[0].ref,
      severity: 'info',
      table: items[0].table,
      message: `${what}${shown}${more}：目录中未收录，无法核对名称（${catalog.title}为部分目录，可导入完整目录）。`,
      ...(items.length > 1 ? { related: items.slice(1).map((item) => item.ref) } : {}),
    });
  }
}
