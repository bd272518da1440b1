/** Every rule of the registry runs its colocated cases (…/<rule>.cases.ts) through the RuleTester. */
import { RULES } from './registry';
import { RULE_CASES } from './testing/all-cases';
import { testRule } from './testing/rule-tester';

it('every rule of the registry has cases, and every case set belongs to a registered rule', () => {
  expect(RULE_CASES.map((c) => c.rule.id).sort()).toEqual(RULES.map((rule) => rule.id).sort());
});

for (const cases of RULE_CASES) testRule(cases);
