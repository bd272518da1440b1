/**
 * The rows the reviewer's reports show — one per file, one per finding, one per rule — made once from
 * the outcomes, so the summary workbook, the HTML page and the JSON report count the same findings.
 */
import { familyById } from '../../core/families';
import type { Report, ReportDiagnostic, ReportSummary } from '../../core/report';
import { SEVERITY_ORDER, type Severity } from '../../core/findings';
import { ruleTitle } from '../../core/rule-titles';
import { TABLE_LABEL } from '../../core/tables/labels';
import type { FileOutcome } from '../batch/check-file';
import { fileStatus } from '../batch/summary';
import { fixHeadline } from '../fix/fix-text';

export { SEVERITY_LABEL, SEVERITY_ORDER as SEVERITIES } from '../../core/findings';

export interface FileRow {
  file: string;
  unit: string;
  year?: number;
  /** The template family's Chinese title. */
  family: string;
  /** All findings by severity, the ignored ones among them counted apart in `ignored`. */
  counts?: ReportSummary;
  status: string;
  /** Why the file could not be read, or what --fix did. */
  note: string;
  /** Findings listed for the file (the report lists at most MAX_FINDINGS; `counts` counts all). */
  findings: FindingRow[];
}

export interface FindingRow {
  file: string;
  /** "表3 · 2026年预算支出总表"; "工作簿" for findings without a cell. */
  table: string;
  sheet?: string;
  cell: string;
  /** On a PDF, the page the cell was read from. */
  page?: number;
  severity: Severity;
  rule: string;
  message: string;
  expected: string;
  actual: string;
  /** 'fix' or 'suggestion' when the finding carries one. */
  fix?: 'fix' | 'suggestion';
  /** The preparer ignored it, for this reason: it stays listed and counted. */
  ignored?: { reason: string };
}

export interface RuleRow {
  rule: string;
  title: string;
  counts: Record<Severity, number>;
  total: number;
}

const WORKBOOK = '工作簿';

export function fileRows(outcomes: FileOutcome[]): FileRow[] {
  return outcomes.map((outcome) => {
    const report = outcome.report;
    return {
      file: outcome.file,
      unit: report?.unitName ?? '',
      ...(report?.year !== undefined ? { year: report.year } : {}),
      family: familyById(report?.family)?.title ?? '',
      ...(report ? { counts: report.summary } : {}),
      status: fileStatus(outcome),
      note: outcome.error ?? (outcome.fixed ? fixHeadline(outcome.fixed) : ''),
      findings: report ? findingRows(outcome.file, report) : [],
    };
  });
}

/** A file's findings, errors first, each severity in report order. */
function findingRows(file: string, report: Report): FindingRow[] {
  const order = (d: ReportDiagnostic) => SEVERITY_ORDER.indexOf(d.severity);
  return [...report.diagnostics]
    .sort((a, b) => order(a) - order(b))
    .map((d) => ({
      file,
      table: tableHeading(report, d),
      ...(d.sheet ? { sheet: d.sheet } : {}),
      cell: d.cell ?? '',
      ...(d.page !== undefined ? { page: d.page } : {}),
      severity: d.severity,
      rule: d.rule,
      message: d.message,
      expected: d.expected ?? '',
      actual: d.actual ?? '',
      ...(d.fix ? { fix: d.fix.kind ?? 'suggestion' } : {}),
      ...(d.ignored ? { ignored: { reason: d.reason ?? '' } } : {}),
    }));
}

/** The finding's table by its kind; on a sheet holding one table, that table. */
function tableHeading(report: Report, d: ReportDiagnostic): string {
  if (!d.sheet) return WORKBOOK;
  const onSheet = report.tables.filter((table) => table.sheet === d.sheet);
  const table = onSheet.find((candidate) => candidate.kind === d.table) ?? (onSheet.length === 1 && !d.table ? onSheet[0] : undefined);
  const title = table?.title ?? (d.table ? TABLE_LABEL[d.table] : undefined);
  return title ? `${d.sheet} · ${title}` : d.sheet;
}

/** Counts per rule over every listed finding: most errors first, then most findings. */
export function ruleRows(files: FileRow[]): RuleRow[] {
  const rows = new Map<string, RuleRow>();
  for (const finding of files.flatMap((file) => file.findings)) {
    const row = rows.get(finding.rule) ?? { rule: finding.rule, title: ruleTitle(finding.rule), counts: { error: 0, warning: 0, info: 0 }, total: 0 };
    row.counts[finding.severity] += 1;
    row.total += 1;
    rows.set(finding.rule, row);
  }
  return [...rows.values()].sort((a, b) => b.counts.error - a.counts.error || b.total - a.total || a.rule.localeCompare(b.rule));
}

/** Findings of one file grouped by table, in the order they are listed. */
export function byTable(findings: FindingRow[]): Map<string, FindingRow[]> {
  const groups = new Map<string, FindingRow[]>();
  for (const finding of findings) groups.set(finding.table, [...(groups.get(finding.table) ?? []), finding]);
  return groups;
}
