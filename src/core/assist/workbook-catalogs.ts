/**
 * The workbook's own catalogs, for 查码 and the custom functions: the 政府购买服务 catalogs chosen for
 * it, else those its text points at (the check's documented inference), and every classification list
 * (they apply to every workbook). Their answers come first; another catalog's answer carries its name.
 */
import { catalogLabel } from '../catalog/lookup';
import type { Catalog } from '../catalog/types';
import type { Grid } from '../grid';
import { selectPurchaseCatalogs } from '../catalog/selection';
import type { LookupResult } from './code-lookup';

/** Ids of the workbook's 政府购买服务 catalogs; none when neither chosen nor inferable (then no catalog comes first). */
export function workbookPurchaseCatalogIds(all: Catalog[], selectedIds: string[], grid: Grid | undefined): string[] {
  const chosen = all.filter((catalog) => catalog.kind === 'gps' && selectedIds.includes(catalog.id));
  if (chosen.length) return chosen.map((catalog) => catalog.id);
  if (!grid) return [];
  const inferred = selectPurchaseCatalogs(grid, all, undefined);
  return inferred.reason === 'inferred' ? inferred.catalogs.map((catalog) => catalog.id) : [];
}

/** The catalogs a search ranks first: the workbook's 政府购买服务 catalogs and the classification lists; undefined when none is known. */
export function preferredCatalogIds(all: Catalog[], purchaseIds: string[]): string[] | undefined {
  if (!purchaseIds.length) return undefined;
  return [...purchaseIds, ...all.filter((catalog) => catalog.kind !== 'gps').map((catalog) => catalog.id)];
}

/** 政府购买服务 catalogs, the workbook's first, the others after them in their own order. */
export function workbookFirst(all: Catalog[], purchaseIds: string[]): Catalog[] {
  const gps = all.filter((catalog) => catalog.kind === 'gps');
  return [...gps.filter((catalog) => purchaseIds.includes(catalog.id)), ...gps.filter((catalog) => !purchaseIds.includes(catalog.id))];
}

/** An answer from a catalog that is not the workbook's, labelled with that catalog: "某服务（焦作目录）". */
export function labelOtherCatalog(result: LookupResult, purchaseIds: string[], all: Catalog[]): LookupResult {
  if (!result.ok || !purchaseIds.length || purchaseIds.includes(result.catalogId)) return result;
  const catalog = all.find((candidate) => candidate.id === result.catalogId);
  return catalog ? { ...result, value: `${result.value}（${catalogLabel(catalog)}）` } : result;
}
