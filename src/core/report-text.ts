/** The readable text report: the CLI prints it, the task pane's 报告 tab downloads the same text. */
import { familyById } from './families';
import type { PagedLocation, Report, ReportDiagnostic } from './report';
import { TABLE_LABEL } from './tables/labels';
import { SEVERITY_LABEL, SEVERITY_ORDER } from './findings';
import { groupBy } from './rules/shared/group-by';

export function formatReportText(report: Report): string {
  const lines: string[] = [];
  const heading = [report.file, report.unitName, report.year ? `${report.year}年` : undefined].filter(Boolean).join(' · ');
  lines.push(`== ${heading} ==`);
  lines.push(`工作表：${report.sheets.join('、') || '（无）'}`);
  const family = familyById(report.family);
  if (family) lines.push(`模板：${family.title}`);
  if (report.tables.length) {
    lines.push(`识别的表格（${report.tables.length}）：`);
    for (const table of report.tables) {
      lines.push(`  ${table.sheet}!${table.range}  ${table.title}${table.unit ? `（${table.unit}）` : ''}`);
    }
  }
  if (report.catalogs.length) lines.push(`政府购买服务目录：${report.catalogs.join('、')}`);
  for (const [heading, diagnostics] of groupByTable(report.diagnostics)) {
    lines.push('');
    lines.push(`【${heading}】`);
    const leads = groupLeads(diagnostics);
    for (const d of orderForReading(diagnostics, leads)) lines.push(...formatDiagnostic(d, leads));
  }
  lines.push('');
  lines.push(`合计：错误 ${report.summary.error}，警告 ${report.summary.warning}，提示 ${report.summary.info}`);
  return `${lines.join('\n')}\n`;
}

export function formatDiagnosticLine(d: ReportDiagnostic): string {
  const where = d.sheet ? place({ sheet: d.sheet, cell: d.cell ?? '', page: d.page }) : '';
  const values = d.expected !== undefined || d.actual !== undefined ? `（应为 ${d.expected ?? '—'}，实为 ${d.actual ?? '—'}）` : '';
  const related = d.related?.length ? ` 对照：${d.related.map(place).join('、')}` : '';
  return `[${SEVERITY_LABEL[d.severity]}] ${where ? `${where} ` : ''}${d.message}${values}${related} 〔${d.rule}〕`;
}

/** "表3!C9", and on a PDF "表3!C9（第12页）". */
export function place(location: PagedLocation): string {
  return `${location.sheet}!${location.cell}${location.page !== undefined ? `（第${location.page}页）` : ''}`;
}

/** A culprit's consequences are indented under it; fixes are shown on their own line. */
function formatDiagnostic(d: ReportDiagnostic, leads: Map<string, ReportDiagnostic>): string[] {
  const consequence = d.group !== undefined && leads.get(d.group) !== d;
  const lines = [`${consequence ? '    └ ' : '  '}${formatDiagnosticLine(d)}`];
  if ((d.explains?.length ?? 0) > 1) for (const e of d.explains!) lines.push(`      └ 不成立：${e.subject}（${place(e)}）`);
  if (d.fix) lines.push(`      ${d.fix.kind === 'fix' ? '修正' : '建议'}：${d.fix.description}`);
  return lines;
}

/** "表3 · 支出总表"; findings without a cell are workbook-level. */
function groupByTable(diagnostics: ReportDiagnostic[]): Map<string, ReportDiagnostic[]> {
  return groupBy(diagnostics, (d) => (d.sheet ? [d.sheet, d.table ? TABLE_LABEL[d.table] : undefined].filter(Boolean).join(' · ') : '工作簿'));
}

/** Severity first, but a cascade group stays together behind its culprit. */
function orderForReading(diagnostics: ReportDiagnostic[], leads: Map<string, ReportDiagnostic>): ReportDiagnostic[] {
  const rank = (d: ReportDiagnostic) => SEVERITY_ORDER.indexOf((d.group === undefined ? d : (leads.get(d.group) ?? d)).severity);
  return diagnostics
    .map((d, index) => ({ d, index }))
    .sort((a, b) => rank(a.d) - rank(b.d) || a.index - b.index)
    .map(({ d }) => d);
}

/** The first finding of each cascade group: the culprit. */
function groupLeads(diagnostics: ReportDiagnostic[]): Map<string, ReportDiagnostic> {
  const leads = new Map<string, ReportDiagnostic>();
  for (const d of diagnostics) if (d.group !== undefined && !leads.has(d.group)) leads.set(d.group, d);
  return leads;
}
