/** Seeds and overrides read from disk, shared by the catalog build tests. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { OverridesFile } from './build';
import { OVERRIDES_FILE, SEEDS_DIR } from './paths';
import { toSeedFile, type SeedFile } from './seed-text';

export function readSeedText(file: string): string {
  return readFileSync(path.join(SEEDS_DIR, file), 'utf8');
}

export function readSeed(file: string): SeedFile {
  return toSeedFile(file, readSeedText(file));
}

export function readOverrides(): OverridesFile {
  return JSON.parse(readFileSync(OVERRIDES_FILE, 'utf8')) as OverridesFile;
}
