/** Pure helpers over a report's findings: grouping for the list, 全部修复's plan, fix previews. */
import { cellAt, parseA1, type Grid } from '../../core/grid';
import { SEVERITY_ORDER, type CellEdit } from '../../core/findings';
import { summarize } from '../../core/ignores';
import type { Report, ReportDiagnostic, ReportSummary } from '../../core/report';
import { groupBy } from '../../core/rules/shared/group-by';

export interface FindingGroup {
  /** Sheet name, or "工作簿" for findings without a cell. */
  key: string;
  /** "表3 · 2026年部门支出总表". */
  title: string;
  counts: ReportSummary;
  findings: ReportDiagnostic[];
}

const WORKBOOK_GROUP = '工作簿';

/** Findings grouped by the table (sheet) they point at: groups with errors first, then sheet order; errors first within a group. */
export function groupFindings(report: Report, findings: ReportDiagnostic[]): FindingGroup[] {
  const groups = groupBy(findings, (d) => d.sheet ?? WORKBOOK_GROUP);
  const order = (key: string) => (key === WORKBOOK_GROUP ? -1 : report.sheets.indexOf(key));
  const worst = (list: ReportDiagnostic[]) => Math.min(...list.map((d) => SEVERITY_ORDER.indexOf(d.severity)));
  return [...groups.entries()]
    .sort(([a, listA], [b, listB]) => worst(listA) - worst(listB) || order(a) - order(b))
    .map(([key, list]) => {
      const titles = [...new Set(report.tables.filter((table) => table.sheet === key).map((table) => table.title))];
      return {
        key,
        title: titles.length ? `${key} · ${titles.join('、')}` : key,
        counts: summarize(list),
        findings: [...list].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity)),
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

export interface FixAllPlan {
  /** One edit per cell, from the fixes that go in. */
  edits: CellEdit[];
  /** Findings whose fixes go in. */
  included: ReportDiagnostic[];
  /** Why each left-out fix is left out, in Chinese. */
  excluded: string[];
}

/**
 * What 全部修复 applies: fixes of kind 'fix' (arithmetic, backed by a unique diagnosis) of findings not
 * ignored; a suggestion, or a fix whose kind is unknown, is confirmed one by one. A fix that shares a cell with
 * another fix writing something else is left out whole (both are), to be applied one by one.
 */
export function planFixAll(findings: ReportDiagnostic[]): FixAllPlan {
  const withFix = findings.filter((d) => d.fix?.edits.length);
  const ignored = withFix.filter((d) => d.ignored);
  const suggestions = withFix.filter((d) => !d.ignored && d.fix?.kind !== 'fix');
  const fixes = withFix.filter((d) => !d.ignored && d.fix?.kind === 'fix');
  const byCell = groupBy(
    fixes.flatMap((d) => (d.fix?.edits ?? []).map((edit) => ({ d, edit }))),
    ({ edit }) => `${edit.sheet}!${edit.cell}`,
  );
  const excluded: string[] = [];
  const blocked = new Set<ReportDiagnostic>();
  for (const [cell, writes] of byCell) {
    const agree = writes.every(({ edit }) => edit.value === writes[0].edit.value && edit.formula === writes[0].edit.formula);
    if (agree) continue;
    for (const { d } of writes) blocked.add(d);
    excluded.push(`${cell}：${new Set(writes.map(({ d }) => d)).size} 条修复都要修改这个单元格，且改法不同，未包含在全部修复中，请逐条查看后修复。`);
  }
  const included = fixes.filter((d) => !blocked.has(d));
  const edits = [
    ...groupBy(
      included.flatMap((d) => d.fix?.edits ?? []),
      (edit) => `${edit.sheet}!${edit.cell}`,
    ).values(),
  ].map(([first]) => first);
  if (suggestions.length) excluded.push(`${suggestions.length} 条是需要判断的建议，请逐条确认后修复。`);
  if (ignored.length) excluded.push(`${ignored.length} 条已忽略，不修复。`);
  return { edits, included, excluded };
}

/** The edits to apply: those overwriting a formula only when the user chose to. */
export function editsToApply(previews: EditPreview[], overwriteFormulas: boolean): CellEdit[] {
  return previews.filter((preview) => overwriteFormulas || !preview.formula).map((preview) => preview.edit);
}

/** "修复：表3!C3、表3!C4": an undo step names every cell it will restore. */
export function editLabel(action: string, edits: CellEdit[]): string {
  return `${action}：${[...new Set(edits.map((edit) => `${edit.sheet}!${edit.cell}`))].join('、')}`;
}
