/**
 * 忽略: a preparer's decision, with a reason, that a finding needs no change. Ignores are stored in
 * the workbook (a setting) as ids and hashes, never cell contents, and applied to a report after
 * the check: the finding stays in the report, marked and counted apart, so a reviewer sees it.
 */
import type { Report, ReportDiagnostic, ReportSummary } from './report';
import type { Severity } from './findings';
import type { Diagnostic } from './rules/types';

/** A reason is a short note, not a document. */
export const REASON_MAX = 80;
/**
 * The whole store, as JSON, stays within one Excel cell (32,767 characters) wherever a host keeps
 * it; about 150 characters an ignore, so some two hundred ignores fit.
 */
export const STORE_MAX_CHARS = 32_767;
/** Cell addresses in keys are cut to this length: a key identifies, it does not describe. */
const CELL_KEY_MAX = 24;

export interface IgnoreEntry {
  /** rule|sheet|cell|hash of the message (see ignoreKey). */
  key: string;
  reason: string;
  /** Day of the decision, YYYY-MM-DD. */
  date: string;
}

export interface IgnoreStore {
  version: 1;
  entries: IgnoreEntry[];
}

export const EMPTY_IGNORES: IgnoreStore = { version: 1, entries: [] };

/** What identifies a finding across re-checks: same rule, same place, same message (hashed). */
export function ignoreKey(d: Diagnostic): string {
  return [d.rule, d.sheet ?? '', (d.cell ?? '').slice(0, CELL_KEY_MAX), hashText(d.message)].join('|');
}

/** A store read from a workbook: anything malformed (hand-edited, older format) is dropped, not trusted. */
export function readIgnoreStore(value: unknown): IgnoreStore {
  const entries = (value as { entries?: unknown } | undefined)?.entries;
  if (!Array.isArray(entries)) return EMPTY_IGNORES;
  const valid = entries.filter(
    (entry): entry is IgnoreEntry => typeof entry === 'object' && entry !== null && typeof entry.key === 'string' && typeof entry.reason === 'string' && typeof entry.date === 'string',
  );
  return { version: 1, entries: valid.map(({ key, reason, date }) => ({ key, reason: reason.slice(0, REASON_MAX), date })) };
}

/** Chinese message when the reason cannot be used, else undefined. */
export function reasonProblem(reason: string): string | undefined {
  const text = reason.trim();
  if (!text) return '请写明忽略的理由（例如“本单位无此项支出”）。';
  if ([...text].length > REASON_MAX) return `理由请控制在 ${REASON_MAX} 个字以内。`;
  return undefined;
}

/** The store with `finding` ignored for `reason`; throws a Chinese message when the reason is unusable or the store is full. */
export function addIgnore(store: IgnoreStore, finding: Diagnostic, reason: string, today: Date): IgnoreStore {
  const problem = reasonProblem(reason);
  if (problem) throw new Error(problem);
  const key = ignoreKey(finding);
  const entry: IgnoreEntry = { key, reason: reason.trim(), date: today.toISOString().slice(0, 10) };
  const next: IgnoreStore = { version: 1, entries: [...store.entries.filter((existing) => existing.key !== key), entry] };
  if (JSON.stringify(next).length > STORE_MAX_CHARS) {
    throw new Error(`本工作簿已忽略 ${store.entries.length} 条问题，不能再多：请先取消部分忽略，或修改工作簿使问题消失。`);
  }
  return next;
}

export function removeIgnore(store: IgnoreStore, finding: Diagnostic): IgnoreStore {
  const key = ignoreKey(finding);
  return { version: 1, entries: store.entries.filter((entry) => entry.key !== key) };
}

/** The report with ignored findings marked (`ignored: true`, `reason`) and counted apart in `summary.ignored`. */
export function applyIgnores(report: Report, store: IgnoreStore): Report {
  const reasons = new Map(store.entries.map((entry) => [entry.key, entry.reason]));
  const diagnostics = report.diagnostics.map((d): ReportDiagnostic => {
    const { ignored: _ignored, reason: _reason, ...finding } = d;
    const reason = reasons.get(ignoreKey(finding));
    return reason === undefined ? finding : { ...finding, ignored: true, reason };
  });
  return { ...report, diagnostics, summary: summarize(diagnostics) };
}

/** Counts by severity; ignored findings are included and also counted apart. */
export function summarize(diagnostics: ReportDiagnostic[]): ReportSummary {
  const summary: ReportSummary = { error: 0, warning: 0, info: 0 };
  const ignored: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) {
    summary[d.severity] += 1;
    if (d.ignored) ignored[d.severity] += 1;
  }
  return ignored.error + ignored.warning + ignored.info ? { ...summary, ignored } : summary;
}

/** FNV-1a over the UTF-16 code units in two lanes: 64 bits, 13 base-36 characters at most. Not a secret, an id. */
export function hashText(text: string): string {
  let low = 0x811c9dc5;
  let high = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    low = Math.imul(low ^ unit, 0x01000193) >>> 0;
    high = Math.imul(high ^ unit ^ (low >>> 16), 0x01000193) >>> 0;
  }
  return (high * 2 ** 21 + (low >>> 11)).toString(36);
}
