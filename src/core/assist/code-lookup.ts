/**
 * Code ↔ name resolution behind the custom functions BUDGET.NAME/CODE and GPS.NAME/CODE.
 * Results carry a Chinese reason when nothing (or more than one thing) matches, so the cell can say why.
 */
import type { Catalog, CatalogEntry } from '../catalog/types';
import { nameSimilarity, normalizeName } from '../text/normalize';

export type LookupResult = { ok: true; value: string; catalogId: string } | { ok: false; reason: string };

/** A fuzzy match must be this similar, and this much better than the runner-up, to count as unique. */
const FUZZY_MIN = 0.6;
const FUZZY_MARGIN = 0.1;

function normalizeCode(code: string): string {
  return code.normalize('NFKC').replace(/\s/g, '').toUpperCase();
}

export function nameForCode(catalogs: Catalog[], code: string): LookupResult {
  const wanted = normalizeCode(code);
  if (!wanted) return { ok: false, reason: '请提供编码' };
  for (const catalog of catalogs) {
    const names = new Set(catalog.entries.filter((e) => e.code.toUpperCase() === wanted).map((e) => e.name));
    if (names.size === 1) return { ok: true, value: [...names][0], catalogId: catalog.id };
    if (names.size > 1) {
      return { ok: false, reason: `编码 ${wanted} 在《${catalog.title}》中对应多个名称：${[...names].join('、')}` };
    }
  }
  const partial = catalogs.filter((c) => !c.complete).map((c) => `《${c.title}》`);
  return {
    ok: false,
    reason: partial.length ? `目录中未收录编码 ${wanted}（${partial.join('、')}为部分目录，可导入完整目录）` : `目录中没有编码 ${wanted}`,
  };
}

export function codeForName(catalogs: Catalog[], name: string): LookupResult {
  const wanted = normalizeName(name);
  if (!wanted) return { ok: false, reason: '请提供名称' };
  let uncoded: Catalog | undefined;
  for (const catalog of catalogs) {
    const named = catalog.entries.filter((e) => normalizeName(e.name) === wanted);
    const exact = uniqueCodes(named.filter((e) => e.code));
    if (exact.length === 1) return { ok: true, value: exact[0], catalogId: catalog.id };
    if (exact.length > 1) return { ok: false, reason: `名称“${name}”对应多个编码：${exact.join('、')}` };
    if (named.length) uncoded ??= catalog;
  }
  // Partial lists name some entries without a code (经济分类 items read from a disclosure): say so, never return "".
  if (uncoded) return { ok: false, reason: `《${uncoded.title}》收录了“${name}”，但没有编码，可导入完整目录` };
  const scored = catalogs
    .flatMap((catalog) => catalog.entries.filter((entry) => entry.code).map((entry) => ({ catalog, entry, score: nameSimilarity(name, entry.name) })))
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (best && best.score >= FUZZY_MIN && (!second || second.entry.code === best.entry.code || best.score - second.score >= FUZZY_MARGIN)) {
    return { ok: true, value: best.entry.code, catalogId: best.catalog.id };
  }
  if (best && best.score >= FUZZY_MIN) {
    return { ok: false, reason: `名称“${name}”有多个相近条目：${describe(best.entry)}、${describe(second.entry)}` };
  }
  return { ok: false, reason: `目录中没有与“${name}”相符的名称` };
}

function uniqueCodes(entries: CatalogEntry[]): string[] {
  return [...new Set(entries.map((e) => e.code))];
}

function describe(entry: CatalogEntry): string {
  return `${entry.code} ${entry.name}`;
}

/**
 * Catalogs consulted by BUDGET.NAME/CODE: function then economic classification, imported complete
 * lists before the bundled partial ones.
 */
export function classificationCatalogs(all: Catalog[]): Catalog[] {
  const order = (c: Catalog) => (c.kind === 'function' ? 0 : 2) + (c.complete ? 0 : 1);
  return all.filter((c) => c.kind === 'function' || c.kind === 'economic').sort((a, b) => order(a) - order(b));
}

/**
 * Catalogs consulted by GPS.NAME/CODE: the one named by the optional argument, else the workbook's
 * selected catalogs, else every 政府购买服务 catalog.
 */
export function purchaseCatalogs(all: Catalog[], requestedId: string | undefined, selectedIds: string[]): Catalog[] | { reason: string } {
  const gps = all.filter((c) => c.kind === 'gps');
  if (requestedId) {
    const found = gps.find((c) => c.id === requestedId.trim());
    return found ? [found] : { reason: `没有 id 为“${requestedId}”的政府购买服务目录，可用：${gps.map((c) => c.id).join('、')}` };
  }
  const selected = gps.filter((c) => selectedIds.includes(c.id));
  return selected.length ? selected : gps;
}
