import type { Diagnostic, ExplainedIdentity } from './rules/types';
import type { CellLocation, Severity } from './findings';
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

/** A cell on the printed page: a finding on a PDF also names the page (1-based) the cell was read from. */
export type PagedLocation = CellLocation & { page?: number };

/** A finding as reported: on a PDF, `page` and the pages of its related and explained cells are added after the check. */
export type ReportDiagnostic = Omit<Diagnostic, 'related' | 'explains'> & {
  page?: number;
  related?: PagedLocation[];
  explains?: Array<ExplainedIdentity & { page?: number }>;
};

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
  diagnostics: ReportDiagnostic[];
  summary: Record<Severity, number>;
}
