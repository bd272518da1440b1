import type { Diagnostic, ExplainedIdentity } from './rules/types';
import type { CellLocation, Severity } from './findings';
import type { TableKind } from './tables/types';

export interface ReportTable {
  kind: TableKind;
  sheet: string;
  range: string;
  title: string;
  unit?: string;
  /** Where the table goes on under a 续 title ("表5续!A1:G13"): its rows are checked with the first part's. */
  continuations?: string[];
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

/**
 * A finding as reported: on a PDF, `page` and the pages of its related and explained cells are added
 * after the check; one the preparer chose to ignore keeps its place, marked, with the reason.
 */
export type ReportDiagnostic = Omit<Diagnostic, 'related' | 'explains'> & {
  page?: number;
  related?: PagedLocation[];
  explains?: Array<ExplainedIdentity & { page?: number }>;
  ignored?: true;
  reason?: string;
};

/** Findings by severity (ignored ones included), and the ignored ones counted apart when there are any. */
export type ReportSummary = Record<Severity, number> & { ignored?: Record<Severity, number> };

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
  summary: ReportSummary;
}

/**
 * The report's tables as a reader counts them: blocks of one table (a 绩效目标表 has one block per
 * project, all on one sheet under one title) are one table.
 */
export function countTables(tables: Array<Pick<ReportTable, 'sheet' | 'kind' | 'title'>>): number {
  return new Set(tables.map((table) => `${table.sheet}|${table.kind}|${table.title}`)).size;
}
