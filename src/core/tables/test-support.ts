/** Grids for tests: tab-separated lines (the seed disclosures' table text) as one sheet of text cells. */
import type { Grid, GridSheet } from '../grid';

export function sheetFromTsv(name: string, text: string): GridSheet {
  const rows = text.split(/\r?\n/).map((line) => line.split('\t').map((value) => (value.trim() === '' ? null : { v: value })));
  return { name, rows, merges: [] };
}

export function gridFromLines(name: string, text: string): Grid {
  return { sheets: [sheetFromTsv(name, text)], name };
}
