import { readFileSync } from 'node:fs';
import { RULES_DOC, renderRulesDoc } from '../../scripts/rules-doc';
import { RULES } from '../../src/core/rules/registry';

it('examples/RULES.md is generated from the current registry and rule cases (npm run docs:rules)', () => {
  const text = renderRulesDoc();
  expect(readFileSync(RULES_DOC, 'utf8')).toBe(text);
  for (const rule of RULES) expect(text).toContain(`### \`${rule.id}\` ${rule.title}`);
});
