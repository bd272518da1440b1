/**
 * The catalog excerpts the rule cases use are evidence, not memory: every entry is the bundled catalog's
 * entry of the same id and code, and its name is printed on the seed
 * line its provenance names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledCatalogs } from '../../../data/bundled-sync';
import { ECONOMIC_PARTIAL, FUNCTION_PARTIAL, SHANXI_B, SHANXI_DEPT } from './catalogs';

const SEEDS = join(__dirname, '../../../../../shared/seeds');
const seedLines = new Map<string, string[]>();
function seedLine(file: string, line: number): string {
  if (!seedLines.has(file)) seedLines.set(file, readFileSync(join(SEEDS, file), 'utf8').split('\n'));
  return seedLines.get(file)![line - 1] ?? '';
}
const compact = (text: string) => text.replace(/\s+/g, '');

describe.each([FUNCTION_PARTIAL, ECONOMIC_PARTIAL, SHANXI_B, SHANXI_DEPT])('excerpt $id', (excerpt) => {
  it('prints each name on the seed line its provenance names', () => {
    const missing = excerpt.entries.filter((entry) => {
      const { file, line } = entry.provenance ?? {};
      return !file || !line || !compact(seedLine(file, line)).includes(compact(entry.name));
    });
    expect(missing.map((entry) => `${entry.code} ${entry.name}`)).toEqual([]);
  });

  it('agrees with the bundled catalog of the same id, entry for entry', () => {
    const bundled = bundledCatalogs().find((catalog) => catalog.id === excerpt.id);
    expect(bundled).toBeDefined();
    const differing = excerpt.entries.filter((entry) => !bundled!.entries.some((b) => b.code === entry.code && b.name === entry.name && (b.department ?? '') === (entry.department ?? '')));
    expect(differing.map((entry) => `${entry.code} ${entry.name}`)).toEqual([]);
  });
});
