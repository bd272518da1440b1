import { gridFromRows, type Grid } from './grid';
import { editsOf, gridCellLookup, planFixes } from './fix-plan';
import { replacement, type BoundedEdit } from './report-bounds';
import type { Diagnostic } from './rules/types';
import type { Fix } from './findings';

const PARAGRAPH = `2026年预算涉及政府购买服务的专项有5个，${'其中'.repeat(600)}属于B0702-评估服务。`;

function grid(): Grid {
  const sheet = gridFromRows('表1', [
    ['合计', 100, 60, 40],
    ['小计', 7, 3, 3],
  ]);
  sheet.rows[1]![3] = { v: 3, f: '=C2' };
  return { sheets: [sheet, gridFromRows('说明', [[PARAGRAPH]])] };
}

function finding(rule: string, cell: string, fix: Partial<Fix> & Pick<Fix, 'edits'>, sheet = '表1'): Diagnostic {
  return { rule, severity: 'error', message: `${rule} ${cell}`, sheet, cell, fix: { kind: 'fix', description: '', ...fix } };
}

describe('planFixes', () => {
  const cells = gridCellLookup(grid());

  it('takes fixes of kind fix with each cell’s shown text before, and never a suggestion', () => {
    const plan = planFixes(
      [
        finding('income/row-sum', 'B2', { edits: [{ sheet: '表1', cell: 'B2', value: 6 }] }),
        finding('gps/name-matches-code', 'A1', { kind: 'suggestion', edits: [{ sheet: '说明', cell: 'A1', value: 'x' }] }, '说明'),
        { rule: 'meta/year', severity: 'error', message: '无修复' },
      ],
      cells,
    );
    expect(plan.fixes.map((fix) => fix.edits)).toEqual([[{ sheet: '表1', cell: 'B2', value: 6, before: '7' }]]);
    expect(plan.skipped).toEqual([]);
  });

  it('leaves out both fixes that write different values into one cell, and says which cell and rule', () => {
    const a = finding('income/row-sum', 'B2', { edits: [{ sheet: '表1', cell: 'B2', value: 6 }] });
    const b = finding('income/hierarchy', 'B1', {
      edits: [
        { sheet: '表1', cell: 'B1', value: 99 },
        { sheet: '表1', cell: 'B2', value: 5 },
      ],
    });
    const c = finding('summary/row-sum', 'C1', { edits: [{ sheet: '表1', cell: 'C1', value: 61 }] });
    const plan = planFixes([a, b, c], cells);
    expect(plan.fixes.map((fix) => fix.finding)).toEqual([c]);
    expect(plan.skipped).toEqual([
      { finding: a, reason: '表1!B2 另有修复（income/hierarchy）要写入不同的内容，两者都未应用。' },
      { finding: b, reason: '表1!B2 另有修复（income/row-sum）要写入不同的内容，两者都未应用。' },
    ]);
  });

  it('applies fixes that agree on a cell, writing the cell once', () => {
    const a = finding('income/row-sum', 'B2', { edits: [{ sheet: '表1', cell: 'B2', value: 6 }] });
    const b = finding('income/hierarchy', 'B2', { edits: [{ sheet: '表1', cell: 'B2', value: 6 }] });
    const plan = planFixes([a, b], cells);
    expect(plan.fixes).toHaveLength(2);
    expect(editsOf(plan.fixes)).toEqual([{ sheet: '表1', cell: 'B2', value: 6, before: '7' }]);
  });

  it('never applies the fix of an ignored finding, says so, and does not let it block another fix of that cell', () => {
    const ignored = { ...finding('income/hierarchy', 'B2', { edits: [{ sheet: '表1', cell: 'B2', value: 5 }] }), ignored: true as const, reason: '已与财政局核实' };
    const kept = finding('income/row-sum', 'B2', { edits: [{ sheet: '表1', cell: 'B2', value: 6 }] });
    const plan = planFixes([ignored, kept], cells);
    expect(editsOf(plan.fixes)).toEqual([{ sheet: '表1', cell: 'B2', value: 6, before: '7' }]);
    expect(plan.skipped).toEqual([{ finding: ignored, reason: '已忽略（理由：已与财政局核实），不修复。' }]);
  });

  it('never puts a value over a formula', () => {
    const plan = planFixes([finding('income/row-sum', 'D2', { edits: [{ sheet: '表1', cell: 'D2', value: 4 }] })], cells);
    expect(plan.fixes).toEqual([]);
    expect(plan.skipped[0].reason).toBe('表1!D2 是公式（=C2），命令行修复不用数值覆盖公式。');
  });

  it('resolves the replace form of a long text against the cell, and refuses it when the text changed', () => {
    const fixed = PARAGRAPH.replace('B0702', 'B0703');
    const change = replacement(PARAGRAPH, fixed);
    const edit: BoundedEdit = { sheet: '说明', cell: 'A1', replace: change };
    const plan = planFixes([finding('narrative/amounts', 'A1', { edits: [edit] }, '说明')], cells);
    expect(plan.fixes[0].edits).toEqual([{ sheet: '说明', cell: 'A1', value: fixed, before: PARAGRAPH }]);
    const staleEdit: BoundedEdit = { ...edit, replace: { ...change, length: change.length + 1 } };
    const stale = planFixes([finding('narrative/amounts', 'A1', { edits: [staleEdit] }, '说明')], cells);
    expect(stale.skipped[0].reason).toBe('说明!A1 的文字与检查时不同，修改已不适用。');
  });
});
