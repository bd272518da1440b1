/** Pure helpers over a report's findings: stable keys for 忽略, grouping for the list, fix previews. */
import { cellAt, parseA1, type Grid } from '../../core/grid';
import type { Report } from '../../core/report';
import type { CellEdit, Diagnostic, Severity } from '../../core/rules/types';

import { SEVERITY_LABEL, SEVERITY_ORDER as SEVERITIES } from '../../core/findings';

export { changedParts } from '../../core/text/changed-parts';
export { SEVERITIES, SEVERITY_LABEL };

/** What identifies a finding across re-checks: same rule, same place, same message. */
export function findingKey(d: Diagnostic): string {
  return [d.rule, d.sheet ?? '', d.cell ?? '', d.message].join('|');
}

export interface FindingGroup {
  /** Sheet name, or "工作簿" for findings without a cell. */
  key: string;
  /** "表3 · 2026年部门支出总表". */
  title: string;
  counts: Record<Severity, number>;
  findings: Diagnostic[];
}

const WORKBOOK_GROUP = '工作簿';

/** Findings grouped by the table (sheet) they point at: groups with errors first, then sheet order; errors first within a group. */
export function groupFindings(report: Report, findings: Diagnostic[]): FindingGroup[] {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of findings) {
    const key = d.sheet ?? WORKBOOK_GROUP;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const order = (key: string) => (key === WORKBOOK_GROUP ? -1 : report.sheets.indexOf(key));
  const worst = (list: Diagnostic[]) => Math.min(...list.map((d) => SEVERITIES.indexOf(d.severity)));
  return [...groups.entries()]
    .sort(([a, listA], [b, listB]) => worst(listA) - worst(listB) || order(a) - order(b))
    .map(([key, list]) => {
      const titles = [...new Set(report.tables.filter((table) => table.sheet === key).map((table) => table.title))];
      return {
        key,
        title: titles.length ? `${key} · ${titles.join('、')}` : key,
        counts: countBySeverity(list),
        findings: [...list].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity)),
      };
    });
}

export interface EditPreview {
  edit: CellEdit;
  /** What the cell shows now. */
  current: string;
  /** What it will hold. */
  next: string;
  /** The formula the cell holds now, when it holds one. */
  formula?: string;
}

/** Each edit beside the cell's present content, so the preview can show values and formulas. */
export function previewEdits(grid: Grid | undefined, edits: CellEdit[]): EditPreview[] {
  return edits.map((edit) => {
    const sheet = grid?.sheets.find((candidate) => candidate.name === edit.sheet);
    const pos = parseA1(edit.cell);
    const cell = sheet && pos ? cellAt(sheet, pos.row, pos.col) : undefined;
    return {
      edit,
      current: cell ? (cell.t ?? (cell.v === null ? '' : String(cell.v))) : '',
      next: edit.formula ?? (edit.value === null || edit.value === undefined ? '（清空）' : String(edit.value)),
      ...(cell?.f ? { formula: cell.f } : {}),
    };
  });
}

/** The edits of several fixes as one batch: one edit per cell; cells that fixes set differently are left out. */
export function mergeFixEdits(findings: Diagnostic[]): { edits: CellEdit[]; conflicts: string[] } {
  const byCell = new Map<string, CellEdit[]>();
  for (const edit of findings.flatMap((d) => d.fix?.edits ?? [])) {
    const key = `${edit.sheet}!${edit.cell}`;
    byCell.set(key, [...(byCell.get(key) ?? []), edit]);
  }
  const edits: CellEdit[] = [];
  const conflicts: string[] = [];
  for (const [key, candidates] of byCell) {
    const agree = candidates.every((edit) => edit.value === candidates[0].value && edit.formula === candidates[0].formula);
    if (agree) edits.push(candidates[0]);
    else conflicts.push(key);
  }
  return { edits, conflicts };
}

/** The edits to apply: those overwriting a formula only when the user chose to. */
export function editsToApply(previews: EditPreview[], overwriteFormulas: boolean): CellEdit[] {
  return previews.filter((preview) => overwriteFormulas || !preview.formula).map((preview) => preview.edit);
}

export function countBySeverity(findings: Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of findings) counts[d.severity] += 1;
  return counts;
}
