/** check(grid) → Report: grid → recognised tables → rules → report. */
import type { Grid } from './grid';
import type { Report } from './report';

export interface CheckOptions {
  /** File name shown in the report. */
  file?: string;
  /** Ids of the 政府购买服务 catalogs that apply. */
  catalogs?: string[];
  profile?: string;
}

export function check(grid: Grid, options: CheckOptions = {}): Report {
  return {
    file: options.file ?? grid.name ?? '',
    catalogs: options.catalogs ?? [],
    sheets: grid.sheets.map((sheet) => sheet.name),
    tables: [],
    purchases: [],
    diagnostics: [],
    summary: { error: 0, warning: 0, info: 0 },
  };
}
