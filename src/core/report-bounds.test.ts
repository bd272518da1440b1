import type { Report } from './report';
import type { Diagnostic } from './rules/types';
import { applyReplacement, boundReport, excerpt, MAX_FINDINGS, MAX_FINDING_TEXT, replacement, type BoundedEdit } from './report-bounds';

function report(diagnostics: Diagnostic[]): Report {
  return { file: 'x.xlsx', catalogs: [], sheets: ['说明'], tables: [], purchases: [], diagnostics, summary: { error: diagnostics.length, warning: 0, info: 0 } };
}

const LONG = `一、部门基本情况。${'本部门2026年收入预算380.15万元，支出预算380.15万元。'.repeat(400)}`;

describe('boundReport', () => {
  it('quotes an excerpt of long texts and gives a long cell’s fix as the change it makes', () => {
    const fixed = LONG.replace('380.15', '380.16');
    const finding: Diagnostic = {
      rule: 'narrative/amounts',
      severity: 'error',
      message: `情况说明写「${LONG}」`,
      sheet: '说明',
      cell: 'A3',
      actual: LONG,
      fix: { description: '将说明中的 380.15 改为 380.16', edits: [{ sheet: '说明', cell: 'A3', value: fixed }] },
    };
    const [bounded] = boundReport(report([finding]), (sheet, cell) => (sheet === '说明' && cell === 'A3' ? LONG : undefined)).diagnostics;
    expect(bounded.message.length).toBeLessThan(MAX_FINDING_TEXT + 20);
    expect(bounded.message).toMatch(new RegExp(`…（共 ${finding.message.length} 字）$`));
    expect(bounded.actual).toBe(excerpt(LONG));
    const [edit] = bounded.fix!.edits as BoundedEdit[];
    expect(edit).toEqual({ sheet: '说明', cell: 'A3', replace: { at: LONG.indexOf('380.15') + 5, remove: 1, insert: '6', length: LONG.length } });
    expect(applyReplacement(LONG, edit.replace!)).toBe(fixed);
    expect(JSON.stringify(bounded).length).toBeLessThan(2000);
  });

  it('keeps short fixes and texts as they are', () => {
    const finding: Diagnostic = { rule: 'r', severity: 'error', message: '合计不符', sheet: '表1', cell: 'B5', fix: { description: '改为 1', edits: [{ sheet: '表1', cell: 'B5', value: 1 }] } };
    expect(boundReport(report([finding]), () => undefined).diagnostics).toEqual([finding]);
  });

  it('lists at most MAX_FINDINGS findings and says how many more there are', () => {
    const many = Array.from({ length: MAX_FINDINGS + 5 }, (_, i): Diagnostic => ({ rule: 'r', severity: 'error', message: `第${i}条` }));
    const bounded = boundReport(report(many), () => undefined);
    expect(bounded.diagnostics).toHaveLength(MAX_FINDINGS + 1);
    expect(bounded.diagnostics[MAX_FINDINGS].message).toBe(`另有 5 条问题未列出：每个文件最多列出 ${MAX_FINDINGS} 条（合计数包含全部问题）。`);
    expect(bounded.summary.error).toBe(MAX_FINDINGS + 5);
  });
});

describe('replacement', () => {
  it.each([
    ['abc', 'abd'],
    ['abc', 'abcabc'],
    ['aaaa', 'aa'],
    ['', 'x'],
    ['同一', '同一'],
  ])('%j → %j round-trips, and refuses a text of another length', (before, after) => {
    const change = replacement(before, after);
    expect(applyReplacement(before, change)).toBe(after);
    expect(applyReplacement(`${before}!`, change)).toBeUndefined();
  });
});
