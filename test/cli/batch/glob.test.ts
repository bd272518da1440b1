import { globBase, globToRegExp, hasGlobMagic } from '../../../src/cli/batch/glob';

describe('glob', () => {
  it('matches * within one folder only', () => {
    const re = globToRegExp('/in/*.xlsx');
    expect(re.test('/in/a.xlsx')).toBe(true);
    expect(re.test('/in/sub/a.xlsx')).toBe(false);
    expect(re.test('/in/a.xlsx.bak')).toBe(false);
  });

  it('matches ** across folders, including none', () => {
    const re = globToRegExp('/in/**/*.xlsx');
    expect(re.test('/in/a.xlsx')).toBe(true);
    expect(re.test('/in/x/y/a.xlsx')).toBe(true);
    expect(re.test('/out/a.xlsx')).toBe(false);
  });

  it('supports ? and character classes and escapes regex characters', () => {
    expect(globToRegExp('表?.xlsx').test('表1.xlsx')).toBe(true);
    expect(globToRegExp('表?.xlsx').test('表12.xlsx')).toBe(false);
    expect(globToRegExp('[ab](1).xlsx').test('b(1).xlsx')).toBe(true);
    expect(globToRegExp('[!ab].xlsx').test('a.xlsx')).toBe(false);
    expect(globToRegExp('/in/*.xlsx').test('/in/A.XLSX')).toBe(true);
    expect(globToRegExp('a+b.xlsx').test('aab.xlsx')).toBe(false);
  });

  it('finds the folder to walk from', () => {
    expect(globBase('/data/2026/*/表*.xlsx')).toBe('/data/2026');
    expect(globBase('*.xlsx')).toBe('.');
    expect(globBase('/*.xlsx')).toBe('/');
    expect(hasGlobMagic('plain/file.xlsx')).toBe(false);
  });
});
