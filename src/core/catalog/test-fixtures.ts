/** A small synthetic catalog for unit tests of the mechanisms (real catalog content is tested in src/data). */
import type { Catalog, CatalogEntry } from './types';

export function entry(code: string, name: string, extra: Partial<CatalogEntry> = {}): CatalogEntry {
  const level = /^[A-Z]/.test(code) ? 1 + (code.length - 1) / 2 : 1 + (code.length - 3) / 2;
  return { code, name, level, ...(level > 1 ? { parent: code.slice(0, -2) } : {}), provenance: { document: '测试', file: 'fixture', line: 1 }, ...extra };
}

export function catalog(id: string, entries: CatalogEntry[], extra: Partial<Catalog> = {}): Catalog {
  return { id, title: `${id} 测试目录`, document: `${id}号`, jurisdiction: '测试', kind: 'gps', complete: true, entries, ...extra };
}

export const SAMPLE = catalog('sample', [
  entry('Z', '甲类服务'),
  entry('Z01', '乙丙服务'),
  entry('Z0101', '乙丙', { description: '丁戊事项' }),
  entry('Z0102', '丁戊己服务'),
  entry('Z010201', '庚辛服务'),
]);
