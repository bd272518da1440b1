/**
 * Real grids to damage: every readable fixture and example workbook in the repo, plus a synthetic
 * one. Fixtures that are unreadable on purpose (odd-truncated) belong to the malformed-file tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Grid } from '../../../src/core/grid';
import { readXlsx, UnreadableWorkbookError } from '../../../src/host/file/xlsx-reader';
import { generateBudgetGrid } from '../../../scripts/generators/budget-workbook';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const FOLDERS = ['test/fixtures', 'examples'];

export async function loadBaseGrids(): Promise<Grid[]> {
  const files = FOLDERS.map((folder) => path.join(ROOT, folder))
    .filter((folder) => existsSync(folder))
    .flatMap((folder) =>
      readdirSync(folder)
        .filter((name) => name.endsWith('.xlsx'))
        .map((name) => path.join(folder, name)),
    );
  const grids: Grid[] = [generateBudgetGrid({ scale: 1, seed: 3 })];
  for (const file of files) {
    try {
      grids.push(await readXlsx(readFileSync(file), path.basename(file)));
    } catch (error) {
      if (!(error instanceof UnreadableWorkbookError)) throw error;
    }
  }
  return grids;
}
