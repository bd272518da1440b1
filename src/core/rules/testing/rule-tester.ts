/**
 * RuleTester: runs a rule's cases under jest. A valid case must give no finding at all; an invalid
 * case exactly the findings it lists, in order (cell, severity, expected value, fix kind; actual value
 * and message words when listed), its fixes must write exactly `output`, and once those edits are
 * made the rule must report nothing as serious at the fixed findings' cells.
 */
import type { Diagnostic } from '../types';
import { runCase, where, withEdits, writtenCells, type ExpectedFinding, type RuleCases } from './cases';

/** The fields a case states about a finding, read from the finding. */
function shape(d: Diagnostic | undefined, expected: ExpectedFinding, defaultSeverity: Diagnostic['severity']): ExpectedFinding {
  const out: ExpectedFinding = { cell: d ? where(d) : null, severity: d?.severity, expected: d?.expected, fix: d?.fix?.kind };
  if (expected.actual !== undefined) out.actual = d?.actual;
  if (expected.message !== undefined) out.message = d?.message;
  if (out.severity === defaultSeverity && expected.severity === undefined) delete out.severity;
  return out;
}

function stated(expected: ExpectedFinding): ExpectedFinding {
  const out: ExpectedFinding = { cell: expected.cell, expected: expected.expected, fix: expected.fix };
  if (expected.severity !== undefined) out.severity = expected.severity;
  if (expected.actual !== undefined) out.actual = expected.actual;
  if (expected.message !== undefined) out.message = typeof expected.message === 'string' ? expect.stringContaining(expected.message) : expect.stringMatching(expected.message);
  return out;
}

/** One line per finding, for failure messages that say what the rule did find. */
const summary = (findings: Diagnostic[]) => findings.map((d) => `${where(d) ?? '工作簿'} [${d.severity}] ${d.message}`);

export function testRule({ rule, valid, invalid }: RuleCases): void {
  describe(rule.id, () => {
    it('has valid and invalid cases', () => {
      expect(valid.length).toBeGreaterThan(0);
      expect(invalid.length).toBeGreaterThan(0);
    });

    for (const c of valid) {
      it(`valid: ${c.name}`, () => {
        expect(summary(runCase(rule, c))).toEqual([]);
      });
    }

    for (const c of invalid) {
      it(`invalid: ${c.name}`, () => {
        const findings = runCase(rule, c);
        expect(summary(findings)).toHaveLength(c.errors.length);
        const found = c.errors.map((expected, i) => shape(findings[i], expected, rule.defaultSeverity));
        expect(found).toEqual(c.errors.map(stated));
        expect(writtenCells(findings)).toEqual(c.output);
        const fixed = findings.filter((d) => d.fix);
        const after = fixed.length
          ? withEdits(
              c,
              fixed.flatMap((d) => d.fix!.edits),
            )
          : undefined;
        if (!after) return;
        // Once fixed, nothing as serious is reported at the fixed findings' cells.
        const key = (d: Diagnostic) => `${where(d)} ${d.severity}`;
        const again = new Set(runCase(rule, after).map(key));
        expect(fixed.filter((d) => again.has(key(d))).map((d) => d.message)).toEqual([]);
      });
    }
  });
}
