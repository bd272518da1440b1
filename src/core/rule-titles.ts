/** Chinese titles of rule ids, for reports people read: ids are for scripts. */
import { RULES } from './rules/registry';

/** Findings the engine itself makes, outside the rule registry. */
const ENGINE_TITLES: Record<string, string> = {
  'engine/setup': '检查设置（目录、模板）',
  'tables/read': '表格读取',
  'report/truncated': '报告条数上限',
};

const TITLES = new Map<string, string>([...Object.entries(ENGINE_TITLES), ...RULES.map((rule): [string, string] => [rule.id, rule.title])]);

/** The rule's title, or its id when no title is known (a rule added without one still shows something). */
export function ruleTitle(id: string): string {
  return TITLES.get(id) ?? id;
}
