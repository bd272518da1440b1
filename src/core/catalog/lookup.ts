/** Finding entries by code, within one catalog or across all of them, and the names above an entry. */
import { normalizeCode, splitPrefixedCode } from './code';
import type { Catalog, CatalogEntry, CatalogMeta, CatalogUnit } from './types';

/**
 * Reads a code as a catalog prints it: "072001D0401" in the 聊城 catalog is unit 072001 (from its
 * unit list) + D0401. Codes without a known unit prefix come back unchanged.
 */
export function resolvePrintedCode(catalog: Catalog, text: string): { code: string; unit?: CatalogUnit } {
  const code = normalizeCode(text);
  const split = splitPrefixedCode(code);
  const unit = split && catalog.units?.find((candidate) => candidate.code === split.prefix);
  return unit && split ? { code: split.code, unit } : { code };
}

/** The entry with this code (or printed code) in one catalog; with a department, that department's. */
export function findEntryByCode(catalog: Catalog, code: string, department?: string): CatalogEntry | undefined {
  const wanted = resolvePrintedCode(catalog, code).code;
  if (!wanted) return undefined;
  return catalog.entries.find((entry) => (entry.code === wanted || entry.printedCode === wanted) && (department === undefined || entry.department === department));
}

export interface CodeOccurrence {
  catalog: CatalogMeta;
  /** Every entry with the code (department catalogs may list it under several departments). */
  entries: CatalogEntry[];
}

/** Where a code exists: one occurrence per catalog that has it, in the order given. */
export function findCodeAcrossCatalogs(catalogs: Catalog[], code: string): CodeOccurrence[] {
  const wanted = normalizeCode(code);
  if (!wanted) return [];
  return catalogs.flatMap((catalog) => {
    const { meta, byCode } = indexOf(catalog);
    const entries = byCode.get(wanted);
    return entries ? [{ catalog: meta, entries: [...entries] }] : [];
  });
}

interface CodeIndex {
  meta: CatalogMeta;
  /** Entries by code and by printed code, in catalog order. */
  byCode: Map<string, CatalogEntry[]>;
}

/** Catalogs do not change once loaded: each is indexed by code once. */
const indexes = new WeakMap<Catalog, CodeIndex>();

function indexOf(catalog: Catalog): CodeIndex {
  let index = indexes.get(catalog);
  if (!index) {
    const { entries, units: _units, ...meta } = catalog;
    const byCode = new Map<string, CatalogEntry[]>();
    for (const entry of entries) {
      for (const key of new Set([entry.code, entry.printedCode])) {
        if (!key) continue;
        const list = byCode.get(key);
        if (list) list.push(entry);
        else byCode.set(key, [entry]);
      }
    }
    index = { meta, byCode };
    indexes.set(catalog, index);
  }
  return index;
}

export function catalogLabel(catalog: CatalogMeta): string {
  return catalog.shortTitle ?? catalog.title;
}

/**
 * "B0702 见于焦作目录，不在山西B类目录（2023）" — for a code missing from the selected catalogs.
 * Undefined when a selected catalog has the code.
 */
export function describeCodeElsewhere(code: string, selected: Catalog[], all: Catalog[]): string | undefined {
  const wanted = normalizeCode(code);
  const selectedIds = new Set(selected.map((catalog) => catalog.id));
  const found = findCodeAcrossCatalogs(all, wanted);
  if (found.some((occurrence) => selectedIds.has(occurrence.catalog.id))) return undefined;
  const absent = `不在${selected.map(catalogLabel).join('、') || '所选目录'}`;
  if (!found.length) return `${wanted} ${absent}，其他目录中也没有`;
  const superseded = found.filter((occurrence) => selected.some((catalog) => catalog.supersedes?.includes(occurrence.catalog.document)));
  const note = superseded.length ? `（${superseded.map((occurrence) => occurrence.catalog.document).join('、')}已被废止）` : '';
  return `${wanted} 见于${found.map((occurrence) => catalogLabel(occurrence.catalog)).join('、')}${note}，${absent}`;
}

/**
 * A function giving the names root → entry. Parents are looked up by code (by name for entries
 * without codes) within the entry's department.
 */
export function entryPath(catalog: Catalog): (entry: CatalogEntry) => string[] {
  const byKey = new Map<string, CatalogEntry>();
  const key = (department: string | undefined, id: string) => `${department ?? ''}|${id}`;
  for (const entry of catalog.entries) {
    const id = entry.code || entry.name;
    if (!byKey.has(key(entry.department, id))) byKey.set(key(entry.department, id), entry);
  }
  return (entry) => {
    const names = [entry.name];
    let current = entry;
    for (let depth = 0; current.parent && depth < 8; depth++) {
      const parent = byKey.get(key(current.department, current.parent));
      if (!parent) break;
      names.unshift(parent.name);
      current = parent;
    }
    return names;
  };
}
