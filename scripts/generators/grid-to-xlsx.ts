/** Grid → .xlsx bytes for the generated fixtures, through the product's own writer (values, formulas, formats, merges). */
import type { Grid } from '../../src/core/grid';
import { gridToXlsx as writeGrid } from '../../src/host/file/grid-writer';

export async function gridToXlsx(grid: Grid): Promise<Buffer> {
  return Buffer.from(await writeGrid(grid));
}
