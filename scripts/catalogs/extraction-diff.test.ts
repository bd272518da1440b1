import { diffExtractions, resolveExtractions, type OverrideDecision } from './extraction-diff';
import type { RawEntry } from './tabular';

// Synthetic entries: the mechanism is under test here, not catalog content.
const entry = (department: string, code: string, name: string, index: number): RawEntry => ({ department, code, name, level: (code.length + 1) / 2, index });

const primary = [entry('甲', 'Z', '一', 0), entry('甲', 'Z01', '二', 1), entry('甲', 'Z0101', '三', 2), entry('乙', 'Z', '一', 3)];
const secondary = [entry('甲', 'Z', '一', 0), entry('甲', 'Z01', '贰', 1), entry('甲', 'Z0102', '三', 2), entry('乙', 'Z', '一', 3)];

describe('extraction diff', () => {
  it('lists name changes and entries only one side has, keyed by department, code and occurrence', () => {
    expect(diffExtractions(primary, secondary).map((difference) => difference.key)).toEqual(['甲|Z01|1', '甲|Z0101|1', '甲|Z0102|1']);
  });

  it('counts repeated codes within a department separately', () => {
    const twice = [...primary, entry('乙', 'Z', '一', 4)];
    expect(diffExtractions(twice, primary).map((difference) => difference.key)).toEqual(['乙|Z|2']);
  });
});

describe('override resolution', () => {
  const decisions: OverrideDecision[] = [
    { key: '甲|Z01|1', seen: { primary: '二', secondary: '贰' }, choose: 'secondary', reason: '测试' },
    { key: '甲|Z0101|1', seen: { primary: '三', secondary: null }, choose: 'secondary', reason: '测试：次提取没有此条' },
    { key: '甲|Z0102|1', seen: { primary: null, secondary: '三' }, choose: 'secondary', reason: '测试' },
  ];

  it('applies each decision and places secondary-only entries where the secondary has them', () => {
    const resolved = resolveExtractions(primary, secondary, decisions);
    expect(resolved.unresolved).toEqual([]);
    expect(resolved.entries.map((item) => `${item.department}${item.code}${item.name}:${item.from}`)).toEqual(['甲Z一:primary', '甲Z01贰:secondary', '甲Z0102三:secondary', '乙Z一:primary']);
  });

  it('can replace a name that both extractions got wrong', () => {
    const resolved = resolveExtractions(primary, secondary, [{ ...decisions[0], choose: 'name', name: '两' }, ...decisions.slice(1)]);
    expect(resolved.entries[1]).toMatchObject({ code: 'Z01', name: '两', from: 'primary' });
  });

  it('reports differences without a decision and decisions without a difference', () => {
    const resolved = resolveExtractions(primary, secondary, [...decisions.slice(1), { key: '乙|Z|1', seen: { primary: '一', secondary: '一' }, choose: 'primary', reason: '测试' }]);
    expect(resolved.unresolved.map((difference) => difference.key)).toEqual(['甲|Z01|1']);
    expect(resolved.stale.map((decision) => decision.key)).toEqual(['乙|Z|1']);
    expect(resolved.entries.map((item) => item.code)).toEqual(['Z', 'Z0102', 'Z']);
  });

  it('treats a decision as stale when the texts it was made on have changed, and does not apply it', () => {
    const changed = [...secondary.slice(0, 1), entry('甲', 'Z01', '贰贰', 1), ...secondary.slice(2)];
    const resolved = resolveExtractions(primary, changed, decisions);
    expect(resolved.stale.map((decision) => decision.key)).toEqual(['甲|Z01|1']);
    expect(resolved.entries.some((item) => item.code === 'Z01')).toBe(false);
  });
});
