/**
 * The words a finding is made of — where it points, how serious it is, what a fix writes — shared by
 * the rules, the report, the WorkbookHost port and every host.
 */
export type Severity = 'error' | 'warning' | 'info';

/** Most serious first: the order reports list and count findings in. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

export interface CellLocation {
  sheet: string;
  /** A1 cell or range, e.g. "C9" or "C5:C9". */
  cell: string;
}

/** One cell write; exactly one of value / formula. */
export interface CellEdit extends CellLocation {
  value?: string | number | null;
  formula?: string;
}

/**
 * 'fix': an arithmetic correction backed by a unique diagnosis, applied by 全部修复. 'suggestion': a
 * judgement the user confirms one by one (a code from a name, a narrative rewrite, a name from a
 * partial list). Rules may leave it out; the engine then marks the fix a suggestion.
 */
export type FixKind = 'fix' | 'suggestion';

export interface Fix {
  kind?: FixKind;
  /** Chinese description shown in the preview, e.g. "将 C9 改为 380.16". */
  description: string;
  edits: CellEdit[];
}
