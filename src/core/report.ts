import type { Diagnostic } from './rules/types';
import type { Severity } from './findings';
import type { TableKind } from './tables/types';

export interface ReportTable {
  kind: TableKind;
  sheet: string;
  range: string;
  title: string;
  unit?: string;
}

export interface ReportPurchase {
  project: string;
  amount: string;
  code: string;
  name: string;
  sheet: string;
  cell: string;
}

/** The JSON report of DESIGN.md §3, one per workbook. */
export interface Report {
  file: string;
  unitName?: string;
  year?: number;
  /** Template family id the checks followed (detected or chosen), e.g. "shanxi", "shanghai-department". */
  family?: string;
  catalogs: string[];
  sheets: string[];
  tables: ReportTable[];
  purchases: ReportPurchase[];
  diagnostics: Diagnostic[];
  summary: Record<Severity, number>;
}
