/** The readable text report: the CLI prints it, the task pane's 报告 tab downloads the same text. */
import type { Report } from './report';
import { TABLE_LABEL } from './rules/shared/labels';
import type { Diagnostic, Severity } from './rules/types';

const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];

export function formatReportText(report: Report): string {
  const lines: string[] = [];
  const heading = [report.file, report.unitName, report.year ? `${report.year}年` : undefined].filter(Boolean).join(' · ');
  lines.push(`== ${heading} ==`);
  lines.push(`工作表：${report.sheets.join('、') || '（无）'}`);
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
    for (const d of orderForReading(diagnostics)) lines.push(...formatDiagnostic(d, diagnostics));
  }
  lines.push('');
  lines.push(`合计：错误 ${report.summary.error}，警告 ${report.summary.warning}，提示 ${report.summary.info}`);
  return `${lines.join('\n')}\n`;
}

export function formatDiagnosticLine(d: Diagnostic): string {
  const where = d.sheet ? `${d.sheet}!${d.cell ?? ''}` : '';
  const values = d.expected !== undefined || d.actual !== undefined ? `（应为 ${d.expected ?? '—'}，实为 ${d.actual ?? '—'}）` : '';
  const related = d.related?.length ? ` 对照：${d.related.map((r) => `${r.sheet}!${r.cell}`).join('、')}` : '';
  return `[${SEVERITY_LABEL[d.severity]}] ${where ? `${where} ` : ''}${d.message}${values}${related} 〔${d.rule}〕`;
}

/** A culprit's consequences are indented under it; fixes are shown on their own line. */
function formatDiagnostic(d: Diagnostic, all: Diagnostic[]): string[] {
  const consequence = d.group !== undefined && all.find((other) => other.group === d.group) !== d;
  const lines = [`${consequence ? '    └ ' : '  '}${formatDiagnosticLine(d)}`];
  if (d.fix) lines.push(`      修正：${d.fix.description}`);
  return lines;
}

/** "表3 · 支出总表"; findings without a cell are workbook-level. */
function groupByTable(diagnostics: Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const key = d.sheet ? [d.sheet, d.table ? TABLE_LABEL[d.table] : undefined].filter(Boolean).join(' · ') : '工作簿';
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return groups;
}

/** Severity first, but a cascade group stays together behind its culprit. */
function orderForReading(diagnostics: Diagnostic[]): Diagnostic[] {
  const rank = (d: Diagnostic) => {
    const lead = d.group === undefined ? d : (diagnostics.find((other) => other.group === d.group) ?? d);
    return SEVERITY_ORDER.indexOf(lead.severity);
  };
  return diagnostics
    .map((d, index) => ({ d, index }))
    .sort((a, b) => rank(a.d) - rank(b.d) || a.index - b.index)
    .map(({ d }) => d);
}
