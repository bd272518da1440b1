import type { CellRef } from '../../grid';
import type { Rule } from '../types';

/** "比2025年预算增加…", "与2025年预算持平": the year compared with. */
const COMPARED = /(?:比|较|与)\s*(20\d{2})\s*年/g;

export const narrativeYears: Rule = {
  id: 'narrative/years',
  title: '说明中的比较年度正确',
  defaultSeverity: 'error',
  docs: '情况说明中“比（与）20XX年…”比较的是上一年，“20XX年当年预算执行数”是上一年，“20XX年预算安排”是本预算年度（工作簿的年度）；与本年或以后年份比较是错误，与更早年份比较只作警告。',
  check(context) {
    const year = context.options.year;
    if (!year) return;
    // Comparing with this year or a later one is certainly wrong; an older year may be deliberate.
    const wrong = (at: CellRef, written: number, expected: number, what: string) =>
      context.report({
        at,
        severity: written >= year || expected === year ? undefined : 'warning',
        message: `这是 ${year} 年预算，情况说明${what}写作 ${written} 年，应为 ${expected} 年。`,
        expected: `${expected}年`,
        actual: `${written}年`,
      });
    for (const paragraph of context.narrative.paragraphs) {
      for (const m of paragraph.text.matchAll(COMPARED)) {
        const written = Number(m[1]);
        if (written !== year - 1) wrong(paragraph.ref, written, year - 1, `比较的年份「${m[0]}」`);
      }
    }
    for (const item of context.narrative.items) {
      if (item.executed?.year && item.executed.year !== year - 1) wrong(item.paragraph.ref, item.executed.year, year - 1, '中的执行数年份');
      if (item.planned?.year && item.planned.year !== year) wrong(item.paragraph.ref, item.planned.year, year, '中的预算安排年份');
    }
  },
};
