/**
 * Which 政府购买服务 catalogs apply when the user selected none. Documented rule: a catalog applies
 * when the workbook's text names its jurisdiction (山西省 → "山西") or cites a document of the same
 * issuer (晋财综〔…〕 → "晋财"); catalogs superseded by another applicable one are dropped. When no
 * catalog matches, every bundled 政府购买服务 catalog is used and the report says so.
 */
import type { Catalog } from './types';
import type { Grid } from '../grid';

export interface CatalogSelection {
  catalogs: Catalog[];
  /** How the selection was made, in Chinese, for the report. */
  reason: 'selected' | 'inferred' | 'fallback';
  unknownIds: string[];
}

/** The most specific place of the jurisdiction and the issuer: "山西省（省直部门）" → 山西, 晋财; "河南省焦作市（市级）" → 焦作, 焦财. */
export function jurisdictionStems(catalog: Catalog): string[] {
  const stems: string[] = [];
  const places = catalog.jurisdiction
    .replace(/[（(].*$/, '')
    .split(/(?<=省|自治区|市)/)
    .filter((part) => /(省|自治区|市)$/.test(part));
  const place = places[places.length - 1]?.replace(/(省|自治区|市)$/, '');
  if (place && place.length >= 2) stems.push(place);
  const issuer = /^(\S)财/.exec(catalog.document);
  if (issuer) stems.push(`${issuer[1]}财`);
  return stems;
}

export function selectPurchaseCatalogs(grid: Grid, available: Catalog[], ids: string[] | undefined): CatalogSelection {
  const purchase = available.filter((c) => c.kind === 'gps');
  if (ids && ids.length) {
    return {
      catalogs: purchase.filter((c) => ids.includes(c.id)),
      reason: 'selected',
      unknownIds: ids.filter((id) => !purchase.some((c) => c.id === id)),
    };
  }
  const text = workbookText(grid);
  const matching = purchase.filter((catalog) => jurisdictionStems(catalog).some((stem) => text.includes(stem)));
  const current = matching.filter((catalog) => !matching.some((other) => other.supersedes?.includes(catalog.document)));
  if (current.length) return { catalogs: current, reason: 'inferred', unknownIds: [] };
  return { catalogs: purchase, reason: 'fallback', unknownIds: [] };
}

/** Every text cell of the workbook, once; place names and document numbers are looked up in it. */
function workbookText(grid: Grid): string {
  const parts: string[] = [];
  for (const sheet of grid.sheets) {
    for (const row of sheet.rows) {
      if (!row) continue;
      for (const cell of row) if (cell && typeof cell.v === 'string') parts.push(cell.v);
    }
  }
  return parts.join('\n');
}
