/**
 * Which fixes an unattended run (budget-check --fix) applies, and the cell writes they make. Only fixes
 * of kind 'fix' (arithmetic corrections backed by a unique diagnosis), never suggestions; a fix is
 * applied whole or not at all, and never for a finding the preparer ignored (with a reason: the pane's
 * 全部修复 leaves those out too). A wrong fix is worse than none, so a fix is left out when:
 * - another fix writes something else into one of its cells (both are left out),
 * - it would put a value over a formula,
 * - a text change no longer fits the cell (the `replace` form of a long text, report-bounds.ts).
 */
import { cellAt, parseA1, type Grid, type GridCell } from './grid';
import { applyReplacement, type BoundedEdit } from './report-bounds';
import type { ReportDiagnostic } from './report';
import type { Diagnostic } from './rules/types';

/** One cell write, resolved to its new content, with what the cell shows before it. */
export interface PlannedEdit {
  sheet: string;
  cell: string;
  value?: string | number | null;
  formula?: string;
  /** The cell's displayed text before the fix. */
  before: string;
}

export interface PlannedFix {
  finding: Diagnostic;
  edits: PlannedEdit[];
}

export interface SkippedFix {
  finding: Diagnostic;
  /** Chinese: why the fix is not applied. */
  reason: string;
}

export interface FixPlan {
  fixes: PlannedFix[];
  skipped: SkippedFix[];
}

export type CellLookup = (sheet: string, cell: string) => GridCell | undefined;

export function gridCellLookup(grid: Grid): CellLookup {
  return (sheet, cell) => {
    const found = grid.sheets.find((candidate) => candidate.name === sheet);
    const pos = parseA1(cell);
    return found && pos ? cellAt(found, pos.row, pos.col) : undefined;
  };
}

export function planFixes(diagnostics: ReportDiagnostic[], cellOf: CellLookup): FixPlan {
  const skipped: SkippedFix[] = [];
  const candidates: PlannedFix[] = [];
  for (const finding of diagnostics) {
    if (finding.fix?.kind !== 'fix' || finding.fix.edits.length === 0) continue;
    if (finding.ignored) {
      skipped.push({ finding, reason: `已忽略（理由：${finding.reason ?? ''}），不修复。` });
      continue;
    }
    const resolved = resolveEdits(finding.fix.edits as BoundedEdit[], cellOf);
    if ('reason' in resolved) skipped.push({ finding, reason: resolved.reason });
    else candidates.push({ finding, edits: resolved.edits });
  }
  const contents = new Map<string, Set<string>>();
  for (const fix of candidates) {
    for (const edit of fix.edits) {
      const key = cellKey(edit);
      contents.set(key, (contents.get(key) ?? new Set()).add(contentKey(edit)));
    }
  }
  const fixes: PlannedFix[] = [];
  for (const fix of candidates) {
    const disputed = fix.edits.find((edit) => contents.get(cellKey(edit))!.size > 1);
    if (!disputed) {
      fixes.push(fix);
      continue;
    }
    const others = candidates.filter((other) => other !== fix && other.edits.some((edit) => cellKey(edit) === cellKey(disputed)));
    const rules = [...new Set(others.map((other) => other.finding.rule))].join('、');
    skipped.push({ finding: fix.finding, reason: `${cellKey(disputed)} 另有修复（${rules}）要写入不同的内容，两者都未应用。` });
  }
  return { fixes, skipped };
}

function resolveEdits(edits: BoundedEdit[], cellOf: CellLookup): { edits: PlannedEdit[] } | { reason: string } {
  const out: PlannedEdit[] = [];
  for (const edit of edits) {
    const cell = cellOf(edit.sheet, edit.cell);
    const where = `${edit.sheet}!${edit.cell}`;
    const before = cell ? (cell.t ?? (cell.v === null ? '' : String(cell.v))) : '';
    if (cell?.f && edit.formula === undefined) return { reason: `${where} 是公式（${cell.f}），命令行修复不用数值覆盖公式。` };
    if (edit.replace) {
      const text = applyReplacement(typeof cell?.v === 'string' ? cell.v : '', edit.replace);
      if (text === undefined) return { reason: `${where} 的文字与检查时不同，修改已不适用。` };
      out.push({ sheet: edit.sheet, cell: edit.cell, value: text, before });
    } else {
      out.push({ sheet: edit.sheet, cell: edit.cell, ...(edit.formula !== undefined ? { formula: edit.formula } : { value: edit.value ?? null }), before });
    }
  }
  return { edits: out };
}

/** The cell writes of some fixes, each cell once (fixes that agree on a cell write it once). */
export function editsOf(fixes: PlannedFix[]): PlannedEdit[] {
  const byCell = new Map<string, PlannedEdit>();
  for (const edit of fixes.flatMap((fix) => fix.edits)) if (!byCell.has(cellKey(edit))) byCell.set(cellKey(edit), edit);
  return [...byCell.values()];
}

function cellKey(edit: { sheet: string; cell: string }): string {
  return `${edit.sheet}!${edit.cell}`;
}

function contentKey(edit: PlannedEdit): string {
  return JSON.stringify([edit.formula ?? null, edit.value ?? null]);
}
