/**
 * Bounds a report where it leaves the engine (CLI output, JSON): a finding's texts quote an excerpt,
 * a fix of a long cell carries the change instead of the whole new text, and one file lists at most
 * MAX_FINDINGS findings (the summary still counts them all). Without this a long 说明 cell with many
 * figures gives findings that each repeat the whole cell, and a 263 KB workbook a report of gigabytes.
 */
import type { Report } from './report';
import type { Diagnostic, RuleMeta } from './rules/types';
import type { CellEdit } from './findings';

/** Characters of a message, expected/actual value or fix description kept in the report. */
export const MAX_FINDING_TEXT = 300;
/** A fix whose new cell text is longer than this carries a replacement instead. */
export const MAX_EDIT_TEXT = 1000;
export const MAX_FINDINGS = 10_000;

/** The finding that says how many findings past MAX_FINDINGS are left out. */
export const REPORT_TRUNCATED: RuleMeta = {
  id: 'report/truncated',
  title: '报告条数上限',
  defaultSeverity: 'info',
  docs: `一个文件最多列出 ${MAX_FINDINGS} 条问题，其余只计入合计。`,
};

/**
 * The change a fix makes to a long text: remove `remove` characters at `at` and insert `insert`.
 * `length` is the length of the text the change applies to, so a consumer can tell it still applies.
 */
export interface TextReplacement {
  at: number;
  remove: number;
  insert: string;
  length: number;
}

export type BoundedEdit = CellEdit & { replace?: TextReplacement };

/** The text a cell holds now, for describing long edits as changes. */
export type CellText = (sheet: string, cell: string) => string | undefined;

export function boundReport(report: Report, cellText: CellText): Report {
  const listed = report.diagnostics.slice(0, MAX_FINDINGS).map((diagnostic) => boundDiagnostic(diagnostic, cellText));
  const left = report.diagnostics.length - listed.length;
  if (left > 0) {
    listed.push({ rule: REPORT_TRUNCATED.id, severity: REPORT_TRUNCATED.defaultSeverity, message: `另有 ${left} 条问题未列出：每个文件最多列出 ${MAX_FINDINGS} 条（合计数包含全部问题）。` });
  }
  return { ...report, diagnostics: listed };
}

/** At most `max` characters: the head of the text, and how long the whole was. */
export function excerpt(text: string, max = MAX_FINDING_TEXT): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}…（共 ${text.length} 字）`;
}

function boundDiagnostic(diagnostic: Diagnostic, cellText: CellText): Diagnostic {
  const out: Diagnostic = { ...diagnostic, message: excerpt(diagnostic.message) };
  if (diagnostic.expected !== undefined) out.expected = excerpt(diagnostic.expected);
  if (diagnostic.actual !== undefined) out.actual = excerpt(diagnostic.actual);
  if (diagnostic.fix) out.fix = { ...diagnostic.fix, description: excerpt(diagnostic.fix.description), edits: diagnostic.fix.edits.map((edit) => boundEdit(edit, cellText)) };
  return out;
}

function boundEdit(edit: CellEdit, cellText: CellText): BoundedEdit {
  if (typeof edit.value !== 'string' || edit.value.length <= MAX_EDIT_TEXT) return edit;
  const current = cellText(edit.sheet, edit.cell);
  if (current === undefined) return edit;
  const { value, ...location } = edit;
  return { ...location, replace: replacement(current, value) };
}

/** The smallest single replacement turning `before` into `after` (common head and tail kept). */
export function replacement(before: string, after: string): TextReplacement {
  let head = 0;
  const shorter = Math.min(before.length, after.length);
  while (head < shorter && before.charCodeAt(head) === after.charCodeAt(head)) head += 1;
  let tail = 0;
  while (tail < shorter - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail += 1;
  return { at: head, remove: before.length - head - tail, insert: after.slice(head, after.length - tail), length: before.length };
}

/** The text a replacement produces, or undefined when `text` is not the text it was made for. */
export function applyReplacement(text: string, change: TextReplacement): string | undefined {
  if (text.length !== change.length) return undefined;
  return text.slice(0, change.at) + change.insert + text.slice(change.at + change.remove);
}
