/** Imported catalogs belong to the user, not the workbook: kept in the browser's local storage. */
import { withImportedCatalogs } from '../../core/catalog/import';
import type { Catalog } from '../../core/catalog/types';
import { IMPORTED_CATALOGS_KEY } from '../../core/settings';

export interface CatalogStore {
  load(): Catalog[];
  save(catalogs: Catalog[]): void;
}

export const localCatalogStore: CatalogStore = {
  load() {
    try {
      const text = globalThis.localStorage?.getItem(IMPORTED_CATALOGS_KEY);
      return text ? (JSON.parse(text) as Catalog[]) : [];
    } catch {
      return [];
    }
  },
  save(catalogs) {
    globalThis.localStorage?.setItem(IMPORTED_CATALOGS_KEY, JSON.stringify(catalogs));
  },
};

export function memoryCatalogStore(initial: Catalog[] = []): CatalogStore {
  let stored = initial;
  return {
    load: () => stored,
    save: (catalogs) => {
      stored = catalogs;
    },
  };
}

let bundled: Promise<Catalog[]> | undefined;
let imported: { raw: string | null; catalogs: Catalog[] } | undefined;

/**
 * Every catalog the user has: bundled (loaded once) with the imports replacing what they supersede.
 * The ribbon commands and the custom functions share the pane's runtime and its local storage; the
 * imports are parsed again only when the stored text changed, so a recalculation stays cheap.
 */
export async function availableCatalogs(store: CatalogStore = localCatalogStore): Promise<Catalog[]> {
  bundled ??= import('../../data').then((data) => data.loadBundledCatalogs());
  const raw = store === localCatalogStore ? (globalThis.localStorage?.getItem(IMPORTED_CATALOGS_KEY) ?? null) : null;
  if (store !== localCatalogStore || imported?.raw !== raw) imported = { raw, catalogs: store.load() };
  return withImportedCatalogs(await bundled, imported.catalogs);
}
