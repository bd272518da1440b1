import type { Report, ReportDiagnostic } from '../../core/report';
import { gridFromRows } from '../../core/grid';
import { editLabel, editsToApply, groupFindings, planFixAll, previewEdits } from './findings';

const finding = (sheet: string | undefined, cell: string, severity: ReportDiagnostic['severity'], value?: number): ReportDiagnostic => ({
  rule: 'r',
  severity,
  message: `${sheet}${cell}`,
  ...(sheet ? { sheet, cell } : {}),
  ...(value !== undefined && sheet ? { fix: { kind: 'fix', description: '', edits: [{ sheet, cell, value }] } } : {}),
});

describe('findings helpers', () => {
  it('groups by sheet: groups holding errors first, then workbook order with workbook-level first', () => {
    const report = { sheets: ['表1', '表3'], tables: [{ kind: 'expenditure', sheet: '表3', range: 'A1:E9', title: '2026年部门支出总表' }] } as unknown as Report;
    const groups = groupFindings(report, [finding('表3', 'C5', 'info'), finding('表1', 'B2', 'warning'), finding('表3', 'C6', 'error'), finding(undefined, '', 'warning')]);
    expect(groups.map((g) => g.title)).toEqual(['表3 · 2026年部门支出总表', '工作簿', '表1']);
    expect(groups[0].findings.map((d) => d.cell)).toEqual(['C6', 'C5']);
    expect(groups[0].counts).toEqual({ error: 1, warning: 0, info: 1 });
  });

  it('全部修复 takes one edit per cell and leaves out, with a reason, fixes that set a cell two ways', () => {
    const plan = planFixAll([finding('表3', 'C5', 'error', 1), finding('表3', 'C5', 'error', 1), finding('表3', 'C6', 'error', 2), finding('表3', 'C6', 'error', 3)]);
    expect(plan.edits).toEqual([{ sheet: '表3', cell: 'C5', value: 1 }]);
    expect(plan.included).toHaveLength(2);
    expect(plan.excluded).toEqual(['表3!C6：2 条修复都要修改这个单元格，且改法不同，未包含在全部修复中，请逐条查看后修复。']);
  });

  it('全部修复 leaves a fix out whole when one of its cells conflicts, and skips suggestions and ignored findings', () => {
    const both: ReportDiagnostic = {
      ...finding('说明', 'A40', 'error'),
      fix: {
        kind: 'fix',
        description: '',
        edits: [
          { sheet: '说明', cell: 'A40', value: 'x' },
          { sheet: '说明', cell: 'A41', value: 'y' },
        ],
      },
    };
    const other = finding('说明', 'A40', 'error', 2);
    const suggestion: ReportDiagnostic = { ...finding('表1', 'B2', 'warning'), fix: { kind: 'suggestion', description: '', edits: [{ sheet: '表1', cell: 'B2', value: 5 }] } };
    const ignored: ReportDiagnostic = { ...finding('表1', 'B3', 'error', 6), ignored: true, reason: '已核实' };
    const plan = planFixAll([both, other, suggestion, ignored]);
    expect(plan.edits).toEqual([]);
    expect(plan.excluded).toEqual([
      '说明!A40：2 条修复都要修改这个单元格，且改法不同，未包含在全部修复中，请逐条查看后修复。',
      '1 条是需要判断的建议，请逐条确认后修复。',
      '1 条已忽略，不修复。',
    ]);
  });

  it('全部修复 applies only fixes of kind fix: a fix whose kind is unknown is confirmed one by one', () => {
    const unknown: ReportDiagnostic = { ...finding('表1', 'B4', 'error'), fix: { description: '', edits: [{ sheet: '表1', cell: 'B4', value: 7 }] } };
    const plan = planFixAll([finding('表1', 'B5', 'error', 8), unknown]);
    expect(plan.edits).toEqual([{ sheet: '表1', cell: 'B5', value: 8 }]);
    expect(plan.excluded).toEqual(['1 条是需要判断的建议，请逐条确认后修复。']);
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

  it('an undo step names every cell it restores', () => {
    expect(
      editLabel('插入编码 B0701', [
        { sheet: '表3', cell: 'B8', value: 'B0701' },
        { sheet: '表3', cell: 'C8', value: '评审服务' },
      ]),
    ).toBe('插入编码 B0701：表3!B8、表3!C8');
  });
});
