/** Diagnosis: one cell explaining every failing identity gets the finding and the fix; ambiguity abstains. */
import { check } from '../engine';
import { gridFromRows, type CellValue } from '../grid';
import { expenditureHierarchy } from './expenditure/hierarchy';
import { expenditureRowSum } from './expenditure/row-sum';
import { diagnose } from './diagnosis';
import { runRule } from './run';
import { contextOf, tsvTable } from './testing/builder';
import type { CheckData, Diagnostic } from './types';

const expenditure = (rows: string) => tsvTable('expenditure', '表3', ['total', 'basic', 'project'], rows);

/** Runs the two expenditure rules and the diagnosis over their identities. */
function diagnosed(context: CheckData): Diagnostic[] {
  const findings = [...runRule(expenditureRowSum, context), ...runRule(expenditureHierarchy, context)];
  const findingOf = new Map(findings.filter((d) => d.identity).map((d) => [d.identity!, d]));
  return diagnose({ identities: context.identities, findingOf: (identity) => findingOf.get(identity) });
}

describe('diagnose', () => {
  it('blames the item total that breaks both its row sum and the 款 above, and only it', () => {
    // 2010601 合计 typed 939.70 instead of 938.70.
    const context = contextOf([
      expenditure(`20106\t财政事务\t944.70\t938.70\t6.00
2010601\t行政运行\t939.70\t938.70\t
2010605\t财政国库业务\t6.00\t\t6.00`),
    ]);
    const findings = diagnosed(context);
    expect(findings.map((d) => [d.cell, d.expected, d.actual, d.fix?.kind, d.fix?.edits])).toEqual([['C6', '938.70', '939.70', 'fix', [{ sheet: '表3', cell: 'C6', value: 938.7 }]]]);
    expect(findings[0].message).toContain('很可能有误');
    expect(findings[0].related).toEqual(
      expect.arrayContaining([
        { sheet: '表3', cell: 'D6' },
        { sheet: '表3', cell: 'C5' },
      ]),
    );
  });

  it('solves for an addend: 基本支出 typed 937.70 breaks its row and the 款 column', () => {
    const context = contextOf([
      expenditure(`20106\t财政事务\t944.70\t938.70\t6.00
2010601\t行政运行\t938.70\t937.70\t
2010605\t财政国库业务\t6.00\t\t6.00`),
    ]);
    const findings = diagnosed(context);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ cell: 'D6', expected: '938.70', actual: '937.70', fix: { kind: 'fix', edits: [{ sheet: '表3', cell: 'D6', value: 938.7 }] } });
  });

  it('keeps the row’s own wording when the one identity it breaks has it as total', () => {
    // Only the 款 row's 合计 is wrong: its row sum and its column's 合计 = Σ 类 fail, both with it as target.
    const context = contextOf([
      expenditure(`合计\t\t950.00\t938.70\t6.00
201\t一般公共服务支出\t944.70\t938.70\t6.00
20106\t财政事务\t944.70\t938.70\t6.00
2010601\t行政运行\t938.70\t938.70\t
2010605\t财政国库业务\t6.00\t\t6.00`),
    ]);
    const findings = diagnosed(context);
    expect(findings.map((d) => [d.cell, d.expected, d.fix?.kind])).toEqual([['C5', '944.70', 'fix']]);
  });

  it('abstains when several cells explain the failure equally: names them, offers no fix', () => {
    // A lone row whose three cells take part in no other identity.
    const context = contextOf([expenditure('2010601\t行政运行\t940.00\t938.70\t')]);
    const findings = diagnosed(context);
    expect(findings).toHaveLength(1);
    expect(findings[0].fix).toBeUndefined();
    expect(findings[0].cell).toBe('C5');
    expect(findings[0].message).toContain('无法确定是哪一格有误');
    expect(findings[0].message).toContain('C5（合计）');
    expect(findings[0].message).toContain('D5（基本支出）');
  });

  it('explains two independent slips cell by cell', () => {
    const context = contextOf([
      expenditure(`20106\t财政事务\t944.70\t938.70\t6.00
2010601\t行政运行\t939.70\t938.70\t
2010605\t财政国库业务\t6.00\t\t6.00
20108\t审计事务\t10.00\t10.00\t
2010801\t行政运行\t10.00\t11.00\t`),
    ]);
    const findings = diagnosed(context);
    expect(findings.map((d) => [d.cell, d.expected, d.fix?.kind]).sort()).toEqual([
      ['C6', '938.70', 'fix'],
      ['D9', '10.00', 'fix'],
    ]);
  });

  it('never proposes a negative amount', () => {
    // 合计 5, 基本支出 8: making 项目支出 −3 would balance the row; it is not a candidate.
    const context = contextOf([expenditure('2010601\t行政运行\t5.00\t8.00\t')]);
    const [finding] = diagnosed(context);
    expect(finding.message).not.toContain('E5（项目支出）');
  });
});

describe('the engine', () => {
  const _ = null;
  /** A 收支总表 whose 支出总计 is confirmed by 收入总计 and by the 支出总表: one class line raised by 0.18. */
  function summaryWithRaisedClass(): CellValue[][] {
    return [
      ['2026年预算收支总表'],
      ['部门名称：某局', _, _, '单位：万元'],
      ['收入', _, '支出', _],
      ['项目', '金额', '项目', '金额'],
      ['一、一般公共预算', 100, '一、一般公共服务支出', 60.18],
      [_, _, '二、教育支出', 40],
      ['本年收入合计', 100, '本年支出合计', 100],
      ['收入总计', 100, '支出总计', 100],
    ];
  }
  const expenditureTable: CellValue[][] = [
    ['2026年预算支出总表'],
    ['部门名称：某局', _, _, _, '单位：万元'],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ['合计', _, 100, 100, _],
    ['201', '一般公共服务支出', 60, 60, _],
    ['205', '教育支出', 40, 40, _],
  ];

  it('blames the raised class line alone, not the totals that the other tables confirm', () => {
    const report = check({ sheets: [gridFromRows('表1', summaryWithRaisedClass()), gridFromRows('表3', expenditureTable)] });
    const errors = report.diagnostics.filter((d) => d.severity === 'error' && d.sheet);
    expect(errors.map((d) => [d.sheet, d.cell, d.expected, d.fix?.kind, d.fix?.edits])).toEqual([['表1', 'D5', '60.00', 'fix', [{ sheet: '表1', cell: 'D5', value: 60 }]]]);
  });

  it('marks fixes no diagnosis backs as suggestions', () => {
    const report = check({ sheets: [gridFromRows('表1', summaryWithRaisedClass()), gridFromRows('表3', expenditureTable)] });
    for (const d of report.diagnostics) if (d.fix) expect(['fix', 'suggestion']).toContain(d.fix.kind);
  });
});
