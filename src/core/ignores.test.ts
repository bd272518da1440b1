import { addIgnore, applyIgnores, EMPTY_IGNORES, hashText, ignoreKey, readIgnoreStore, reasonProblem, removeIgnore, REASON_MAX, STORE_MAX_CHARS, type IgnoreStore } from './ignores';
import type { Report } from './report';
import type { Diagnostic } from './rules/types';

const LONG_PARAGRAPH = '政府购买服务情况：'.repeat(400);
const finding = (cell: string, message = LONG_PARAGRAPH): Diagnostic => ({ rule: 'gps/code-in-catalog', severity: 'error', message, sheet: '说明', cell });
const report = (diagnostics: Diagnostic[]): Report => ({
  file: 'x.xlsx',
  catalogs: [],
  sheets: ['说明'],
  tables: [],
  purchases: [],
  diagnostics,
  summary: { error: diagnostics.length, warning: 0, info: 0 },
});
const DAY = new Date('2026-03-01T08:00:00Z');

describe('ignore store', () => {
  it('keys hold the rule, the place and a hash of the message: never the message or cell text', () => {
    const key = ignoreKey(finding('A40'));
    expect(key).toMatch(/^gps\/code-in-catalog\|说明\|A40\|[0-9a-z]{1,13}$/);
    expect(key).not.toContain('政府购买服务');
    expect(ignoreKey(finding('A40', '另一条'))).not.toBe(key);
    expect(hashText('B0701')).not.toBe(hashText('B0702'));
  });

  it('marks ignored findings with the reason and counts them apart; nothing disappears', () => {
    const findings = [finding('A40'), finding('A41')];
    const store = addIgnore(EMPTY_IGNORES, findings[0], ' 已核实，目录代码按财政局通知填写 ', DAY);
    expect(store.entries).toEqual([{ key: ignoreKey(findings[0]), reason: '已核实，目录代码按财政局通知填写', date: '2026-03-01' }]);
    const applied = applyIgnores(report(findings), store);
    expect(applied.diagnostics).toHaveLength(2);
    expect(applied.diagnostics[0]).toMatchObject({ cell: 'A40', ignored: true, reason: '已核实，目录代码按财政局通知填写' });
    expect(applied.diagnostics[1].ignored).toBeUndefined();
    expect(applied.summary).toEqual({ error: 2, warning: 0, info: 0, ignored: { error: 1, warning: 0, info: 0 } });
    expect(applyIgnores(applied, removeIgnore(store, findings[0])).summary).toEqual({ error: 2, warning: 0, info: 0 });
  });

  it('asks for a short reason', () => {
    expect(reasonProblem('  ')).toMatch(/请写明忽略的理由/);
    expect(reasonProblem('理'.repeat(REASON_MAX + 1))).toMatch(/以内/);
    expect(() => addIgnore(EMPTY_IGNORES, finding('A1'), '', DAY)).toThrow(/理由/);
  });

  it('never grows past one Excel cell (32,767 characters), whatever the findings say', () => {
    let store: IgnoreStore = EMPTY_IGNORES;
    let refused: Error | undefined;
    for (let row = 1; row <= 2000 && !refused; row++) {
      try {
        store = addIgnore(store, { ...finding(`A${row}`), sheet: '很长的工作表名称'.repeat(4).slice(0, 31), cell: `A${row}:Z${row + 1000000}` }, '理'.repeat(REASON_MAX), DAY);
      } catch (error) {
        refused = error as Error;
      }
    }
    expect(refused?.message).toMatch(/不能再多/);
    expect(JSON.stringify(store).length).toBeLessThanOrEqual(STORE_MAX_CHARS);
    expect(store.entries.length).toBeGreaterThan(50);
  });

  it('reads only well-formed entries back', () => {
    expect(readIgnoreStore(undefined)).toEqual(EMPTY_IGNORES);
    expect(readIgnoreStore(['old|key|with|message'])).toEqual(EMPTY_IGNORES);
    expect(readIgnoreStore({ entries: [{ key: 'k', reason: 'r', date: 'd' }, { key: 1 }] }).entries).toEqual([{ key: 'k', reason: 'r', date: 'd' }]);
  });
});
