/**
 * --format html: one self-contained page a reviewer can forward or file. The summary table, bar charts
 * of findings per unit and per rule drawn as inline SVG, and each file's findings grouped by table
 * with cell addresses; findings the preparer ignored are listed with their reason and counted apart
 * (data-ignored). No script, no external resource (the page's CSP forbids any), local fonts only.
 * Every figure carries data-* attributes with its count, so tests compare them with the JSON report.
 */
import type { ReportSummary } from '../../core/report';
import { place, severityCountText, valuesText } from '../../core/report-text';
import { ruleTitle } from '../../core/rule-titles';
import type { Severity } from '../../core/findings';
import type { FileOutcome } from '../batch/check-file';
import { displayWidth } from '../batch/summary';
import { byTable, fileRows, ruleRows, SEVERITIES, SEVERITY_LABEL, type FileRow, type FindingRow } from './report-model';

export function renderHtmlReport(outcomes: FileOutcome[]): string {
  const files = fileRows(outcomes);
  const totals: ReportSummary = { error: 0, warning: 0, info: 0 };
  const ignored = { error: 0, warning: 0, info: 0 };
  for (const file of files) {
    for (const severity of SEVERITIES) {
      totals[severity] += file.counts?.[severity] ?? 0;
      ignored[severity] += file.counts?.ignored?.[severity] ?? 0;
    }
  }
  if (SEVERITIES.some((severity) => ignored[severity])) totals.ignored = ignored;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>预算公开审核报告（${files.length} 个文件）</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>预算公开审核报告</h1>
<p class="totals" data-error="${totals.error}" data-warning="${totals.warning}" data-info="${totals.info}">共 ${files.length} 个文件：${countSpans(totals, '，')}</p>
</header>
<main>
<section id="summary">
<h2>汇总</h2>
${summaryTable(files)}
</section>
<section id="charts">
<h2>问题分布</h2>
<div class="legend">${SEVERITIES.map((s) => `<span><i class="swatch ${s}"></i>${SEVERITY_LABEL[s]}</span>`).join('')}</div>
<figure id="chart-units"><figcaption>按单位</figcaption>${barChart(
    'chart-units',
    files.map((file, i) => ({ label: unitLabel(file, files), title: file.file, counts: file.counts ?? { error: 0, warning: 0, info: 0 }, href: `#file-${i + 1}` })),
  )}</figure>
<figure id="chart-rules"><figcaption>按规则</figcaption>${barChart(
    'chart-rules',
    ruleRows(files).map((row) => ({ label: row.title, title: row.rule, counts: row.counts })),
  )}</figure>
</section>
<section id="files">
<h2>各文件问题</h2>
${files.map(fileSection).join('\n')}
</section>
</main>
</body>
</html>
`;
}

function summaryTable(files: FileRow[]): string {
  const head = ['文件', '单位', '年度', '模板', ...SEVERITIES.map((s) => SEVERITY_LABEL[s]), '状态', '备注'];
  const rows = files.map((file, i) => {
    const counts = SEVERITIES.map((s) => (file.counts ? countCell(file.counts, s) : '<td class="num">—</td>'));
    return `<tr data-file="${attr(file.file)}"><td><a href="#file-${i + 1}">${text(file.file)}</a></td><td>${text(file.unit)}</td><td class="num">${file.year ?? ''}</td><td>${text(file.family)}</td>${counts.join('')}<td class="status">${text(file.status)}</td><td>${text(file.note)}</td></tr>`;
  });
  return `<table class="summary"><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

/** A count in the summary table: all findings of the severity, the ignored ones among them said apart. */
function countCell(counts: ReportSummary, s: Severity): string {
  const ignored = counts.ignored?.[s] ?? 0;
  return `<td class="num ${s}" data-severity="${s}" data-count="${counts[s]}" data-ignored="${ignored}">${counts[s]}${ignored ? `<span class="ignored">（其中已忽略 ${ignored}）</span>` : ''}</td>`;
}

/** "错误 2（其中已忽略 1） 警告 0 …", each severity in its colour. */
function countSpans(counts: ReportSummary, separator: string): string {
  return SEVERITIES.map((s) => `<span class="${s}">${severityCountText(counts, s)}</span>`).join(separator);
}

interface Bar {
  label: string;
  title: string;
  counts: Record<Severity, number>;
  href?: string;
}

const BAR_HEIGHT = 18;
const ROW_HEIGHT = 26;
const LABEL_WIDTH = 260;
const PLOT_WIDTH = 460;
const COUNT_WIDTH = 60;
/** Label characters are cut to fit LABEL_WIDTH at 13 px: 2 columns a CJK character. */
const LABEL_COLUMNS = 36;

/** Horizontal stacked bars (错误, 警告, 提示), scaled to the longest; each segment carries its count. */
function barChart(id: string, bars: Bar[]): string {
  if (bars.length === 0) return '<p class="empty">没有问题。</p>';
  const max = Math.max(1, ...bars.map((bar) => SEVERITIES.reduce((n, s) => n + bar.counts[s], 0)));
  const height = bars.length * ROW_HEIGHT + 8;
  const width = LABEL_WIDTH + PLOT_WIDTH + COUNT_WIDTH;
  const rows = bars.map((bar, i) => {
    const y = 4 + i * ROW_HEIGHT;
    let x = LABEL_WIDTH;
    const total = SEVERITIES.reduce((n, s) => n + bar.counts[s], 0);
    const segments = SEVERITIES.map((s) => {
      const w = (bar.counts[s] / max) * PLOT_WIDTH;
      const rect = `<rect class="${s}" data-severity="${s}" data-count="${bar.counts[s]}" x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR_HEIGHT}"><title>${text(`${bar.title}：${SEVERITY_LABEL[s]} ${bar.counts[s]}`)}</title></rect>`;
      x += w;
      return rect;
    }).join('');
    const label = `<text class="label" x="${LABEL_WIDTH - 8}" y="${y + 13}" text-anchor="end">${text(cut(bar.label))}<title>${text(bar.title)}</title></text>`;
    const count = `<text class="count" x="${(x + 6).toFixed(1)}" y="${y + 13}">${total}</text>`;
    const row = `<g class="bar" data-label="${attr(bar.title)}">${label}${segments}${count}</g>`;
    return bar.href ? `<a href="${bar.href}">${row}</a>` : row;
  });
  // Bars that link to a file's findings are controls: the chart is then a group of them, not one image.
  const role = bars.some((bar) => bar.href) ? 'group' : 'img';
  return `<svg id="${id}-svg" role="${role}" aria-label="${id === 'chart-units' ? '各单位问题数' : '各规则问题数'}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${rows.join('')}</svg>`;
}

/** The unit's name; with its file's name when several files have that unit (years, drafts). */
function unitLabel(file: FileRow, files: FileRow[]): string {
  if (!file.unit) return basename(file.file);
  return files.filter((other) => other.unit === file.unit).length > 1 ? `${file.unit} · ${basename(file.file)}` : file.unit;
}

function basename(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

function cut(label: string): string {
  if (displayWidth(label) <= LABEL_COLUMNS) return label;
  const chars = [...label];
  while (chars.length && displayWidth(`${chars.join('')}…`) > LABEL_COLUMNS) chars.pop();
  return `${chars.join('')}…`;
}

function fileSection(file: FileRow, i: number): string {
  const counts = file.counts;
  const heading = [file.file, file.unit, file.year ? `${file.year}年` : ''].filter(Boolean).map(text).join(' · ');
  const data = counts ? SEVERITIES.map((s) => ` data-${s}="${counts[s]}"`).join('') : '';
  const meta = counts
    ? `<p class="meta">${file.family ? `模板：${text(file.family)} · ` : ''}${countSpans(counts, ' ')}${file.note ? ` · ${text(file.note)}` : ''}</p>`
    : `<p class="meta unreadable">无法读取：${text(file.note)}</p>`;
  const groups = [...byTable(file.findings)].map(([table, findings]) => tableGroup(table, findings));
  const none = counts && !file.findings.length ? '<p class="empty">没有发现问题。</p>' : '';
  return `<article id="file-${i + 1}" class="file" data-file="${attr(file.file)}"${data}>
<h3>${heading}</h3>
${meta}
${none}${groups.join('\n')}
</article>`;
}

function tableGroup(table: string, findings: FindingRow[]): string {
  const items = findings.map((f) => {
    const where = f.sheet ? place({ sheet: f.sheet, cell: f.cell, page: f.page }) : '';
    const shown = valuesText({ severity: f.severity, expected: f.expected || undefined, actual: f.actual || undefined });
    const values = shown ? `<span class="values">${text(shown)}</span>` : '';
    const fix = f.fix && !f.ignored ? `<span class="fix ${f.fix}">${f.fix === 'fix' ? '可自动修正' : '修改建议'}</span>` : '';
    const ignored = f.ignored ? `<span class="badge ignored">已忽略</span>` : '';
    const reason = f.ignored ? `<span class="reason">忽略理由：${text(f.ignored.reason)}</span>` : '';
    return `<li class="finding ${f.severity}${f.ignored ? ' ignored' : ''}" data-severity="${f.severity}" data-rule="${attr(f.rule)}"${f.ignored ? ' data-ignored="true"' : ''}><span class="badge ${f.severity}">${SEVERITY_LABEL[f.severity]}</span>${ignored}${where ? `<code class="cell">${text(where)}</code>` : ''}<span class="message">${text(f.message)}</span>${values}${fix}<span class="rule" title="${attr(f.rule)}">${text(ruleTitle(f.rule))}</span>${reason}</li>`;
  });
  return `<section class="table-group"><h4>${text(table)}<span class="count">${findings.length}</span></h4><ul>\n${items.join('\n')}\n</ul></section>`;
}

function text(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;');
}

const STYLE = `
:root { --error: #c50f1f; --warning: #bc4b09; --info: #0f6cbd; --line: #e0e0e0; --muted: #616161; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.6 "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif; color: #242424; background: #fafafa; }
header { padding: 20px 32px 8px; background: #fff; border-bottom: 1px solid var(--line); }
h1 { margin: 0 0 4px; font-size: 22px; }
h2 { font-size: 18px; margin: 24px 0 12px; }
h3 { font-size: 16px; margin: 0 0 4px; }
h4 { font-size: 14px; margin: 12px 0 4px; }
main { padding: 0 32px 32px; max-width: 1200px; }
.totals span, .meta span { font-weight: 600; }
span.error { color: var(--error); } span.warning { color: var(--warning); } span.info { color: var(--info); }
table.summary { border-collapse: collapse; background: #fff; width: 100%; }
table.summary th, table.summary td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
table.summary th { background: #f0f0f0; position: sticky; top: 0; white-space: nowrap; }
td.num, td.status { white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.error[data-count]:not([data-count="0"]) { color: var(--error); font-weight: 600; }
figure { margin: 0 0 16px; background: #fff; border: 1px solid var(--line); padding: 8px 12px; overflow-x: auto; }
figcaption { font-weight: 600; margin-bottom: 4px; }
svg text { font: 13px "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif; fill: #242424; }
svg rect.error, .swatch.error { fill: var(--error); background: var(--error); }
svg rect.warning, .swatch.warning { fill: var(--warning); background: var(--warning); }
svg rect.info, .swatch.info { fill: var(--info); background: var(--info); }
svg text.count { fill: var(--muted); }
.legend { margin-bottom: 8px; } .legend span { margin-right: 16px; }
.swatch { display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: -1px; }
article.file { background: #fff; border: 1px solid var(--line); padding: 12px 16px; margin-bottom: 16px; }
.meta { margin: 0 0 8px; color: var(--muted); }
.unreadable { color: var(--error); }
h4 .count { margin-left: 8px; color: var(--muted); font-weight: normal; }
ul { list-style: none; margin: 0; padding: 0; }
li.finding { padding: 4px 0 4px 8px; border-left: 3px solid var(--line); margin: 2px 0; }
li.finding.error { border-left-color: var(--error); } li.finding.warning { border-left-color: var(--warning); } li.finding.info { border-left-color: var(--info); }
.badge { display: inline-block; min-width: 2.5em; margin-right: 8px; font-size: 12px; font-weight: 600; }
.badge.error { color: var(--error); } .badge.warning { color: var(--warning); } .badge.info { color: var(--info); }
code.cell { font-family: Consolas, "DejaVu Sans Mono", monospace; background: #f0f0f0; padding: 0 4px; margin-right: 8px; }
.values { margin-left: 8px; color: var(--muted); }
.fix { margin-left: 8px; font-size: 12px; padding: 0 4px; border: 1px solid currentColor; border-radius: 3px; }
.fix.fix { color: #107c10; } .fix.suggestion { color: var(--muted); }
.rule { margin-left: 8px; font-size: 12px; color: var(--muted); }
.badge.ignored { color: var(--muted); } li.finding.ignored .message { color: var(--muted); }
.reason { display: block; font-size: 12px; color: var(--muted); }
td .ignored { font-weight: normal; color: var(--muted); }
.empty { color: var(--muted); }
@media print { body { background: #fff; } figure, article.file { break-inside: avoid; } }
`;
