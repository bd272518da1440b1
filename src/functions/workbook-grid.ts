/**
 * The open workbook's cells, read once per runtime, so that the custom functions know which catalogs
 * the workbook's text points at (山西 → the Shanxi catalogs) when none was chosen for it. Undefined
 * when Excel cannot give them; the functions then rank no catalog first.
 */
import type { Grid } from '../core/grid';
import { ExcelHost } from '../host/excel/excel-host';

let grid: Promise<Grid | undefined> | undefined;

export function workbookGrid(): Promise<Grid | undefined> {
  grid ??= new ExcelHost().readGrid().catch(() => undefined);
  return grid;
}
