/** The readable text report: the CLI prints it, the task pane's 报告 tab shows and downloads the same text. */
import { familyById } from './families';
import { countTables, type PagedLocation, type Report, type ReportDiagnostic, type ReportSummary, type ReportTable } from './report';
import { ruleTitle } from './rule-titles';
import { TABLE_LABEL } from './tables/labels';
import { SEVERITY_LABEL, SEVERITY_ORDER, type Severity } from './findings';
import { groupBy } from './rules/shared/group-by';

export interface ReportTextOptions {
  /** Readable name of a catalog id ("山西B类目录（2023）"); ids are shown when absent. */
  catalogName?(id: string): string | undefined;
}

export function formatReportText(report: Report, options: ReportTextOptions = {}): string {
  const lines: string[] = [];
  const heading = [report.file, report.unitName, report.year ? `${report.year}年` : undefined].filter(Boolean).join(' · ');
  lines.push(`== ${heading} ==`);
  lines.push(`工作表：${report.sheets.join('、') || '（无）'}`);
  const family = familyById(report.family);
  if (family) lines.push(`模板：${family.title}`);
  if (report.tables.length) {
    lines.push(`识别的表格（${countTables(report.tables)} 张）：`);
    for (const blocks of groupBy(report.tables, (t) => `${t.sheet}|${t.kind}|${t.title}`).values()) lines.push(`  ${tableLine(blocks)}`);
  }
  if (report.catalogs.length) lines.push(`政府购买服务目录：${report.catalogs.map((id) => options.catalogName?.(id) ?? id).join('、')}`);
  for (const [heading, diagnostics] of errorsFirst(groupByTable(report.diagnostics))) {
    lines.push('');
    lines.push(`【${heading}】`);
    const leads = groupLeads(diagnostics);
    for (const d of orderForReading(diagnostics, leads)) lines.push(...formatDiagnostic(d, leads));
  }
  lines.push('');
  lines.push(`合计：${countsText(report.summary)}`);
  return `${lines.join('\n')}\n`;
}

/** "错误 2（其中已忽略 1），警告 1，提示 4". */
export function countsText(summary: ReportSummary): string {
  return SEVERITY_ORDER.map((s) => severityCountText(summary, s)).join('，');
}

/** "错误 2（其中已忽略 1）": one severity's count, the ignored ones said apart. */
export function severityCountText(summary: ReportSummary, severity: Severity): string {
  const ignored = summary.ignored?.[severity];
  return `${SEVERITY_LABEL[severity]} ${summary[severity]}${ignored ? `（其中已忽略 ${ignored}）` : ''}`;
}

/**
 * The two values of a comparison. Errors and warnings say what the cell should hold; a 提示 (a 尾差,
 * a note) says nothing should change, so it names the values without "应为".
 */
export function valuesText(d: Pick<ReportDiagnostic, 'severity' | 'expected' | 'actual'>): string | undefined {
  if (d.expected === undefined && d.actual === undefined) return undefined;
  return d.severity === 'info' ? `参考值 ${d.expected ?? '—'}，本处 ${d.actual ?? '—'}` : `应为 ${d.expected ?? '—'}，实为 ${d.actual ?? '—'}`;
}

export function formatDiagnosticLine(d: ReportDiagnostic): string {
  const where = d.sheet ? place({ sheet: d.sheet, cell: d.cell ?? '', page: d.page }) : '';
  const values = valuesText(d);
  const related = d.related?.length ? ` 对照：${d.related.map(place).join('、')}` : '';
  const label = `${SEVERITY_LABEL[d.severity]}${d.ignored ? '，已忽略' : ''}`;
  return `[${label}] ${where ? `${where} ` : ''}${d.message}${values ? `（${values}）` : ''}${related} 〔${ruleTitle(d.rule)}〕`;
}

/** "表3!C9", and on a PDF "表3!C9（第12页）". */
export function place(location: PagedLocation): string {
  return `${location.sheet}!${location.cell}${location.page !== undefined ? `（第${location.page}页）` : ''}`;
}

/**
 * "绩效目标!A1:E4、A6:E9  2026年项目支出绩效目标表（元，2 个项目块）"; a table printed in parts
 * names them: "表5!A1:E20  …（万元，续：表5续!A1:E13）".
 */
function tableLine(blocks: ReportTable[]): string {
  const [first] = blocks;
  const ranges = blocks.map((t, i) => (i === 0 ? `${t.sheet}!${t.range}` : t.range)).join('、');
  const continuations = blocks.flatMap((t) => t.continuations ?? []);
  const notes = [first.unit, blocks.length > 1 ? `${blocks.length} 个项目块` : undefined, continuations.length ? `续：${continuations.join('、')}` : undefined];
  const note = notes.filter(Boolean).join('，');
  return `${ranges}  ${first.title}${note ? `（${note}）` : ''}`;
}

/** A culprit's consequences are indented under it; fixes and ignore reasons are shown on their own line. */
function formatDiagnostic(d: ReportDiagnostic, leads: Map<string, ReportDiagnostic>): string[] {
  const consequence = d.group !== undefined && leads.get(d.group) !== d;
  const lines = [`${consequence ? '    └ ' : '  '}${formatDiagnosticLine(d)}`];
  if ((d.explains?.length ?? 0) > 1) for (const e of d.explains!) lines.push(`      └ 不成立：${e.subject}（${place(e)}）`);
  if (d.ignored) lines.push(`      忽略理由：${d.reason ?? ''}`);
  if (d.fix) lines.push(`      ${d.fix.kind === 'fix' ? '修正' : '建议'}：${d.fix.description}`);
  return lines;
}

/** "表3 · 支出总表"; findings without a cell are workbook-level. */
function groupByTable(diagnostics: ReportDiagnostic[]): Map<string, ReportDiagnostic[]> {
  return groupBy(diagnostics, (d) => (d.sheet ? [d.sheet, d.table ? TABLE_LABEL[d.table] : undefined].filter(Boolean).join(' · ') : '工作簿'));
}

/** Tables with errors come first, then those with warnings, then notes; otherwise in workbook order. */
function errorsFirst(groups: Map<string, ReportDiagnostic[]>): Array<[string, ReportDiagnostic[]]> {
  const worst = (list: ReportDiagnostic[]) => Math.min(...list.map((d) => SEVERITY_ORDER.indexOf(d.severity)));
  return [...groups]
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => worst(a.entry[1]) - worst(b.entry[1]) || a.index - b.index)
    .map(({ entry }) => entry);
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
