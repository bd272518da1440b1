/**
 * Mutation tests: for every rule, one defect of its kind injected into the clean 泽州 fixture yields a
 * finding of that rule at the right cell with the right expected value; the clean fixture yields no
 * error or warning of that rule (only the document's real problems, see real-findings.test.ts).
 */
import type { Grid } from '../../src/core/grid';
import { RULES } from '../../src/core/rules/registry';
import { MUTATION_CASES as CASES, expectedFinding } from './mutation-cases';
import { ZEZHOU_A, applyFix, fixture, problems, run, withText } from './support';

let clean: Grid;
const cleanOf = new Map<string, Grid>();
beforeAll(async () => {
  clean = await fixture(ZEZHOU_A);
  for (const name of new Set(CASES.flatMap((c) => (c.fixture ? [c.fixture] : [])))) cleanOf.set(name, await fixture(name));
});
const base = (c: (typeof CASES)[number]) => (c.fixture ? cleanOf.get(c.fixture)! : clean);

it('covers every rule of the registry', () => {
  expect(new Set(CASES.map((c) => c.rule))).toEqual(new Set(RULES.map((r) => r.id)));
});

describe.each(CASES.map((c) => [c.rule, c.what, c] as const))('%s: %s', (rule, _what, testCase) => {
  it('finds the injected defect at the right cell with the right expected value', () => {
    const { grid, cell } = testCase.mutate(base(testCase));
    const diagnostics = run(grid).diagnostics;
    const found = expectedFinding(testCase, diagnostics, cell, RULES.find((r) => r.id === testCase.rule)!.defaultSeverity);
    const ofRule = diagnostics.filter((d) => d.rule === testCase.rule).map((d) => `${d.severity} ${d.sheet}!${d.cell} ${d.expected} ${d.message}`);
    expect({ found: found !== undefined, ofRule }).toEqual(expect.objectContaining({ found: true }));
  });

  it('the fix of the leading finding of a one-cell defect restores the clean workbook’s findings', () => {
    const { grid, cell } = testCase.mutate(base(testCase));
    const diagnostics = run(grid).diagnostics;
    const found = expectedFinding(testCase, diagnostics, cell, RULES.find((r) => r.id === testCase.rule)!.defaultSeverity);
    const lead = found?.group === undefined ? found : diagnostics.find((d) => d.group === found.group);
    if (!lead?.fix) return;
    const summary = (report: ReturnType<typeof run>) => problems(report).map((d) => `${d.rule} ${d.sheet}!${d.cell}`);
    expect(summary(run(applyFix(grid, lead.fix)))).toEqual(summary(run(base(testCase))));
  });

  it('finds nothing of its kind in the clean fixture, apart from the real problems', () => {
    const real = new Set(['gps/code-in-catalog', 'gps/name-matches-code', 'gps/forbidden-content']);
    const found = problems(run(base(testCase))).filter((d) => d.rule === rule);
    expect(found).toHaveLength(testCase.real ?? (real.has(rule) && !testCase.fixture ? 1 : 0));
  });
});

describe('gps/department-scope', () => {
  it('accepts an A code that the department catalog lists under the unit’s own line of work (财政)', () => {
    // A030301 is listed under the department 财政 in 晋财综〔2023〕43号 (seed 002).
    const { grid } = withText(clean, '说明', 'B0501监督检查辅助服务', 'A030301中小微企业代理记账服务');
    const report = run(grid);
    expect(report.purchases.map((p) => p.code)).toContain('A030301');
    expect(report.diagnostics.filter((d) => d.rule === 'gps/department-scope')).toEqual([]);
  });
});
