import { hasGlobMagic, segmentToRegExp } from '../../../src/cli/batch/glob';

describe('glob segments', () => {
  it('matches * and ? within a name, ignoring case', () => {
    const re = segmentToRegExp('*.xlsx');
    expect(re.test('a.xlsx')).toBe(true);
    expect(re.test('A.XLSX')).toBe(true);
    expect(re.test('a.xlsx.bak')).toBe(false);
    expect(segmentToRegExp('表?.xlsx').test('表1.xlsx')).toBe(true);
    expect(segmentToRegExp('表?.xlsx').test('表12.xlsx')).toBe(false);
  });

  it('supports character classes and escapes regex characters', () => {
    expect(segmentToRegExp('[ab](1).xlsx').test('b(1).xlsx')).toBe(true);
    expect(segmentToRegExp('[!ab].xlsx').test('a.xlsx')).toBe(false);
    expect(segmentToRegExp('[!ab].xlsx').test('c.xlsx')).toBe(true);
    expect(segmentToRegExp('a+b.xlsx').test('aab.xlsx')).toBe(false);
    expect(segmentToRegExp('[unclosed.xlsx').test('[unclosed.xlsx')).toBe(true);
  });

  it('knows which inputs are patterns', () => {
    expect(hasGlobMagic('in/*.xlsx')).toBe(true);
    expect(hasGlobMagic('in/[ab].xlsx')).toBe(true);
    expect(hasGlobMagic('in/a.xlsx')).toBe(false);
  });
});
