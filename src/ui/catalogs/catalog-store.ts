/** Imported catalogs belong to the user, not the workbook: kept in the browser's local storage. */
import type { Catalog } from '../../core/catalog/types';

export interface CatalogStore {
  load(): Catalog[];
  save(catalogs: Catalog[]): void;
}

const KEY = 'budgetAssistant.importedCatalogs';

export const localCatalogStore: CatalogStore = {
  load() {
    try {
      const text = globalThis.localStorage?.getItem(KEY);
      return text ? (JSON.parse(text) as Catalog[]) : [];
    } catch {
      return [];
    }
  },
  save(catalogs) {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(catalogs));
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
