/** The table printed after the per-file reports of a batch: 文件 | 错误 | 警告 | 提示 | 状态. */
import { SEVERITY_LABEL, SEVERITY_ORDER, type Severity } from '../../core/findings';
import type { FileOutcome } from './check-file';

const HEADER = ['文件', ...SEVERITY_ORDER.map((severity) => SEVERITY_LABEL[severity]), '状态'];

export function fileStatus(outcome: FileOutcome): string {
  if (!outcome.report) return '无法读取';
  if (outcome.report.summary.error > 0) return '有错误';
  if (outcome.report.summary.warning > 0) return '有警告';
  return '通过';
}

export function formatSummaryTable(outcomes: FileOutcome[]): string {
  const rows = outcomes.map((outcome) => {
    const s = outcome.report?.summary;
    const count = (severity: Severity) => (s ? `${s[severity]}${s.ignored?.[severity] ? `（忽略 ${s.ignored[severity]}）` : ''}` : '—');
    return [outcome.file, ...SEVERITY_ORDER.map(count), fileStatus(outcome)];
  });
  const counts = new Map<string, number>();
  for (const outcome of outcomes) counts.set(fileStatus(outcome), (counts.get(fileStatus(outcome)) ?? 0) + 1);
  const tally = [...counts].map(([status, n]) => `${status} ${n}`).join('，');
  return ['== 汇总 ==', ...formatTable(HEADER, rows, [1, 2, 3]), `共 ${outcomes.length} 个文件：${tally}`, ''].join('\n');
}

/** A plain-text table in terminal columns: header, rule, rows; `numeric` columns right-aligned. */
export function formatTable(header: string[], rows: string[][], numeric: number[]): string[] {
  const widths = header.map((_, c) => Math.max(...[header, ...rows].map((row) => displayWidth(row[c]))));
  const line = (row: string[]) =>
    row
      .map((cell, c) => (numeric.includes(c) ? padStart(cell, widths[c]) : padEnd(cell, widths[c])))
      .join(' | ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)];
}

/** Terminal columns: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return width;
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}
