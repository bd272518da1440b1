import type { Diagnostic, Severity } from './rules/types';
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

/** A finding as reported: one the preparer chose to ignore keeps its place, marked, with the reason. */
export interface ReportDiagnostic extends Diagnostic {
  ignored?: true;
  reason?: string;
}

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

