/** Grid → typed budget tables. */
import type { Grid } from '../grid';
import { readNarrative } from '../narrative';
import type { Narrative } from '../narrative/types';
import type { BudgetTable, ReadIssue } from './types';

export * from './types';

export interface WorkbookReading {
  tables: BudgetTable[];
  /** Workbook-level reading problems (tables that could not be read fully report their own). */
  issues: ReadIssue[];
  narrative: Narrative;
}

export function readWorkbook(grid: Grid): WorkbookReading {
  return { tables: [], issues: [], narrative: readNarrative(grid) };
}
