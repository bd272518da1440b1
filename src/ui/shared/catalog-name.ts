/** A catalog as people name it: its short title, else its title; never the internal id when the catalog is known. */
import { catalogLabel } from '../../core/catalog/lookup';
import type { Catalog } from '../../core/catalog/types';

export function catalogName(catalogs: Catalog[], id: string): string {
  const catalog = catalogs.find((candidate) => candidate.id === id);
  return catalog ? catalogLabel(catalog) : id;
}
