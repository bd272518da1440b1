/**
 * The two seed disclosures, in both fixture layouts: the findings are exactly the real problems of
 * the documents, rounding residues are info, and every fix removes its finding without creating one.
 */
import type { Grid } from '../../src/core/grid';
import { YONGHE_A, YONGHE_B, ZEZHOU_A, ZEZHOU_B, applyFix, fixture, problems, run, where } from './support';

/** What a careful reviewer finds in 泽州县财政局 2026 (seed 002). */
const ZEZHOU_PROBLEMS = [
  // "…评估费及信息系统服务费3万元，属于B0702-评估服务": B0702 is not in 晋财综〔2023〕47号; 评估服务 is B0703.
  { rule: 'gps/code-in-catalog', severity: 'error', expected: 'B0703', actual: 'B0702' },
  // "…绩效评价工作经费118.17万元，属于B0703-评价服务": B0703 is 评估服务; 评价服务 is B0704.
  { rule: 'gps/name-matches-code', severity: 'error', expected: 'B0704 评价服务', actual: 'B0703 评价服务' },
  // "山西省财政一体化运维及办公设备购置费190万元": equipment purchase is goods, not a service.
  { rule: 'gps/forbidden-content', severity: 'warning' },
];

/** 永和县行政审批服务管理局 2024 (seed 004): "一般公共预算支出162.99万元，占86.85%" names no class. */
const YONGHE_PROBLEMS = [{ rule: 'narrative/class-names', severity: 'error', expected: '一般公共服务支出', actual: '一般公共预算支出' }];

const CASES = [
  { file: ZEZHOU_A, expected: ZEZHOU_PROBLEMS, residues: 4 },
  { file: ZEZHOU_B, expected: ZEZHOU_PROBLEMS, residues: 4 },
  { file: YONGHE_A, expected: YONGHE_PROBLEMS, residues: 1 },
  { file: YONGHE_B, expected: YONGHE_PROBLEMS, residues: 1 },
];

describe.each(CASES)('$file', ({ file, expected, residues }) => {
  let grid: Grid;
  beforeAll(async () => {
    grid = await fixture(file);
  });

  it('finds exactly the real problems of the document', () => {
    const found = problems(run(grid)).map((d) => ({ rule: d.rule, severity: d.severity, ...(d.expected ? { expected: d.expected, actual: d.actual } : {}) }));
    expect(found).toEqual(expected.map((e) => expect.objectContaining(e)));
    expect(found).toHaveLength(expected.length);
  });

  it('reports rounding residues as info only, once per residue', () => {
    const infos = run(grid).diagnostics.filter((d) => d.severity === 'info' && d.rule !== 'engine/setup');
    expect(infos.every((d) => d.message.startsWith('尾差'))).toBe(true);
    expect(infos).toHaveLength(residues);
  });

  it('each fix removes its finding and creates no other', () => {
    const before = run(grid);
    const withFixes = before.diagnostics.filter((d) => d.fix);
    expect(withFixes.length).toBeGreaterThan(0);
    for (const finding of withFixes) {
      const after = run(applyFix(grid, finding.fix!));
      expect(after.diagnostics.filter((d) => where(d) === where(finding) && d.message === finding.message)).toEqual([]);
      const old = new Set(before.diagnostics.map((d) => d.message));
      expect(after.diagnostics.filter((d) => !old.has(d.message) && d.severity !== 'info')).toEqual([]);
    }
  });

  it('does not change the grid it checks', () => {
    const snapshot = JSON.stringify(grid);
    run(grid);
    expect(JSON.stringify(grid)).toBe(snapshot);
  });
});

describe('report of 泽州县财政局', () => {
  it('states unit, year, inferred catalogs, the 13 tables and the five purchases', async () => {
    const report = run(await fixture(ZEZHOU_A));
    expect(report.unitName).toBe('泽州县财政局');
    expect(report.year).toBe(2026);
    expect(report.catalogs).toEqual(['shanxi-dept-2023', 'shanxi-b-2023']);
    expect(report.tables.filter((t) => t.kind !== 'performance-target')).toHaveLength(13);
    expect(report.purchases.map((p) => `${p.code} ${p.amount}`)).toEqual(['B0701 759.10', 'B0703 118.17', 'B0702 3.00', 'B1005 190.00', 'B0501 20.00']);
    expect(report.summary).toEqual({ error: 2, warning: 1, info: 4 });
  });

  it('says where else B0702 exists and proposes B0703 in the sentence', async () => {
    const grid = await fixture(ZEZHOU_A);
    const finding = run(grid).diagnostics.find((d) => d.rule === 'gps/code-in-catalog')!;
    expect(finding.message).toContain('焦作目录');
    expect(finding.message).toContain('B0703');
    const edit = finding.fix!.edits[0];
    expect(edit).toMatchObject({ sheet: finding.sheet, cell: finding.cell });
    expect(String(edit.value)).toContain('属于B0703-评估服务');
  });

  it('names the addends of the 基本支出 尾差 (1345.76 vs 1205.59 + 140.18)', async () => {
    const report = run(await fixture(ZEZHOU_A));
    const residue = report.diagnostics.find((d) => d.rule === 'basic-economic/row-sum')!;
    expect(residue).toMatchObject({ severity: 'info', expected: '1345.77', actual: '1345.76' });
    expect(residue.message).toContain('人员经费');
    expect(residue.message).toContain('1205.59');
    expect(residue.message).toContain('140.18');
    expect(residue.fix).toBeUndefined();
  });
});
