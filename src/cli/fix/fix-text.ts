/** What --fix / --fix-dry-run did, as text: one section per file and, for a batch, one table. */
import { SEVERITY_LABEL, SEVERITY_ORDER, type Severity } from '../../core/findings';
import type { FileOutcome } from '../batch/check-file';
import { formatTable } from '../batch/summary';
import type { FindingRef, FixOutcome } from './fix-workbook';

const where = (finding: FindingRef) => (finding.sheet ? `${finding.sheet}!${finding.cell ?? ''}` : '工作簿');
const counts = (summary: Record<Severity, number>) => SEVERITY_ORDER.map((severity) => `${SEVERITY_LABEL[severity]} ${summary[severity]}`).join('，');

/** ESLint's --fix-dry-run prints the fixed source; here every cell write, before → after. */
export function formatFixText(fixed: FixOutcome): string {
  const lines = [`【修复】${fixHeadline(fixed)}`];
  for (const fix of fixed.applied) {
    for (const edit of fix.edits) lines.push(`  ${edit.sheet}!${edit.cell}：${edit.before || '（空）'} → ${edit.after || '（空）'} 〔${fix.rule}〕`);
  }
  for (const fix of fixed.notApplied) lines.push(`  未应用 ${where(fix)}：${fix.reason} 〔${fix.rule}〕`);
  if (fixed.remaining) lines.push(`  复查修复后的工作簿：${counts(fixed.remaining)}`);
  for (const finding of fixed.unresolved ?? []) lines.push(`  复查仍报告 ${where(finding)}：${finding.message} 〔${finding.rule}〕`);
  return `${lines.join('\n')}\n`;
}

export function fixHeadline(fixed: FixOutcome): string {
  const cells = fixed.applied.reduce((n, fix) => n + fix.edits.length, 0);
  if (fixed.output) return `已修复 ${fixed.applied.length} 个问题（${cells} 个单元格），写入 ${fixed.output}`;
  if (fixed.error) return fixed.error;
  if (fixed.dryRun && fixed.applied.length) return `试运行：将修复 ${fixed.applied.length} 个问题（${cells} 个单元格），未写入文件`;
  return '没有可自动修复的问题（只自动应用有唯一诊断的算术修正；建议须人工确认）';
}

const HEADER = ['文件', '已修复', '未应用', '复查错误', '复查警告', '结果'];

export function formatFixTable(outcomes: FileOutcome[]): string {
  const rows = outcomes.map((outcome) => {
    const fixed = outcome.fixed;
    if (!fixed) return [outcome.file, '—', '—', '—', '—', outcome.error ? '无法读取' : '—'];
    const remaining = fixed.remaining;
    return [outcome.file, String(fixed.applied.length), String(fixed.notApplied.length), remaining ? String(remaining.error) : '—', remaining ? String(remaining.warning) : '—', fixResult(fixed)];
  });
  return ['== 修复汇总 ==', ...formatTable(HEADER, rows, [1, 2, 3, 4]), ''].join('\n');
}

function fixResult(fixed: FixOutcome): string {
  if (fixed.output) return fixed.output;
  if (fixed.error) return '未写入';
  if (fixed.dryRun && fixed.applied.length) return '试运行';
  return '无可修复';
}
