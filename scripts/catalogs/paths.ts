/** Where the build reads seeds and writes bundled data, and the exact JSON text it writes. */
import path from 'node:path';
import type { Catalog } from '../../src/core/catalog/types';

const ROOT = path.resolve(__dirname, '../..');
export const SEEDS_DIR = path.resolve(ROOT, '../shared/seeds');
export const CATALOG_DIR = path.join(ROOT, 'src/data/catalogs');
export const OVERRIDES_FILE = path.join(ROOT, 'src/data/overrides/shanxi-dept-2023.json');

export function catalogJson(catalog: Catalog): string {
  return `${JSON.stringify(catalog, null, 1)}\n`;
}
