/** Chinese titles of rule ids, for reports people read: ids are for scripts. Each title is its rule's (RuleMeta). */
import { ENGINE_SETUP, TABLES_READ } from './engine';
import { REPORT_TRUNCATED } from './report-bounds';
import { RULES } from './rules/registry';

/** Every source of findings: the rules, and what the engine and the report bounds say themselves. */
const TITLES = new Map([ENGINE_SETUP, TABLES_READ, REPORT_TRUNCATED, ...RULES].map((meta): [string, string] => [meta.id, meta.title]));

/** The rule's title, or its id when no title is known (a rule added without one still shows something). */
export function ruleTitle(id: string): string {
  return TITLES.get(id) ?? id;
}
