/**
 * The bundled catalogs. Each JSON file is a separate dynamic import so the task pane can load
 * them after it has rendered (webpack splits them into their own chunks).
 */
import type { Catalog } from '../core/catalog/types';

export const BUNDLED_CATALOG_IDS = [
  'jiaozuo-2023',
  'liaocheng-general-2020',
  'zhengzhou-civil-affairs-2020',
  'shanxi-dept-2023',
  'shanxi-b-2023',
  'function-partial',
  'economic-partial',
] as const;

export type BundledCatalogId = (typeof BUNDLED_CATALOG_IDS)[number];

type JsonModule = { default: unknown };

const LOADERS: Record<BundledCatalogId, () => Promise<JsonModule>> = {
  'jiaozuo-2023': () => import('./catalogs/jiaozuo-2023.json'),
  'liaocheng-general-2020': () => import('./catalogs/liaocheng-general-2020.json'),
  'zhengzhou-civil-affairs-2020': () => import('./catalogs/zhengzhou-civil-affairs-2020.json'),
  'shanxi-dept-2023': () => import('./catalogs/shanxi-dept-2023.json'),
  'shanxi-b-2023': () => import('./catalogs/shanxi-b-2023.json'),
  'function-partial': () => import('./catalogs/function-partial.json'),
  'economic-partial': () => import('./catalogs/economic-partial.json'),
};

export async function loadBundledCatalog(id: BundledCatalogId): Promise<Catalog> {
  const module = await LOADERS[id]();
  return module.default as Catalog;
}

/** All seven bundled catalogs, in the order of DESIGN.md §3. */
export function loadBundledCatalogs(): Promise<Catalog[]> {
  return Promise.all(BUNDLED_CATALOG_IDS.map(loadBundledCatalog));
}
