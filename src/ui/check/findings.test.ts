import type { Report } from '../../core/report';
import type { Diagnostic } from '../../core/rules/types';
import { gridFromRows } from '../../core/grid';
import { changedParts, editsToApply, groupFindings, mergeFixEdits, previewEdits } from './findings';

const finding = (sheet: string | undefined, cell: string, severity: Diagnostic['severity'], value?: number): Diagnostic => ({
  rule: 'r',
  severity,
  message: `${sheet}${cell}`,
  ...(sheet ? { sheet, cell } : {}),
  ...(value !== undefined && sheet ? { fix: { description: '', edits: [{ sheet, cell, value }] } } : {}),
});

describe('findings helpers', () => {
  it('groups by sheet: groups holding errors first, then workbook order with workbook-level first', () => {
    const report = { sheets: ['表1', '表3'], tables: [{ kind: 'expenditure', sheet: '表3', range: 'A1:E9', title: '2026年部门支出总表' }] } as unknown as Report;
    const groups = groupFindings(report, [finding('表3', 'C5', 'info'), finding('表1', 'B2', 'warning'), finding('表3', 'C6', 'error'), finding(undefined, '', 'warning')]);
    expect(groups.map((g) => g.title)).toEqual(['表3 · 2026年部门支出总表', '工作簿', '表1']);
    expect(groups[0].findings.map((d) => d.cell)).toEqual(['C6', 'C5']);
    expect(groups[0].counts).toEqual({ error: 1, warning: 0, info: 1 });
  });

  it('merges fixes into one edit per cell and leaves out cells fixed two ways', () => {
    const { edits, conflicts } = mergeFixEdits([finding('表3', 'C5', 'error', 1), finding('表3', 'C5', 'error', 1), finding('表3', 'C6', 'error', 2), finding('表3', 'C6', 'error', 3)]);
    expect(edits).toEqual([{ sheet: '表3', cell: 'C5', value: 1 }]);
    expect(conflicts).toEqual(['表3!C6']);
  });

  it('shows a long text around the changed part only', () => {
    const before = `${'甲'.repeat(50)}属于B0701-评审服务${'乙'.repeat(50)}`;
    const after = `${'甲'.repeat(50)}属于B0703-评价服务${'乙'.repeat(50)}`;
    // Twelve characters of context on each side of the part that differs ("1-评审" / "3-评价").
    expect(changedParts(before, after)).toEqual({
      before: `…${'甲'.repeat(6)}属于B0701-评审服务${'乙'.repeat(10)}…`,
      after: `…${'甲'.repeat(6)}属于B0703-评价服务${'乙'.repeat(10)}…`,
    });
    expect(changedParts('381.16', '380.16')).toEqual({ before: '381.16', after: '380.16' });
  });

  it('keeps formula cells out unless overwriting is chosen', () => {
    const grid = { sheets: [gridFromRows('表3', [[1, 2]])] };
    grid.sheets[0].rows[0]![1] = { v: 2, f: '=A1*2' };
    const previews = previewEdits(grid, [
      { sheet: '表3', cell: 'A1', value: 5 },
      { sheet: '表3', cell: 'B1', value: 6 },
    ]);
    expect(previews.map((p) => [p.current, p.next, p.formula])).toEqual([
      ['1', '5', undefined],
      ['2', '6', '=A1*2'],
    ]);
    expect(editsToApply(previews, false).map((e) => e.cell)).toEqual(['A1']);
    expect(editsToApply(previews, true).map((e) => e.cell)).toEqual(['A1', 'B1']);
  });
});
