import { codeLevel, isCatalogCode, normalizeCode, parentCode, splitPrefixedCode } from './code';

describe('code shapes', () => {
  it.each([
    ['Z', 1],
    ['Z01', 2],
    ['Z0101', 3],
    ['Z010101', 4],
    ['201', 1],
    ['20106', 2],
    ['2010601', 3],
  ])('%s is level %i', (code, level) => {
    expect(codeLevel(code)).toBe(level);
  });

  it('rejects shapes that are not codes', () => {
    for (const text of ['Z1', 'ZZ01', '2010', '20', '', 'Z01010101']) expect(isCatalogCode(text)).toBe(false);
  });

  it('gives the parent one level up, none at the top', () => {
    expect(parentCode('Z0101')).toBe('Z01');
    expect(parentCode('2010601')).toBe('20106');
    expect(parentCode('Z')).toBeUndefined();
    expect(parentCode('201')).toBeUndefined();
  });

  it('folds full-width characters, spaces and case', () => {
    expect(normalizeCode(' ｚ０１ 01 ')).toBe('Z0101');
  });

  it('splits 3- and 6-digit prefixes off printed codes', () => {
    expect(splitPrefixedCode('033Z0101')).toEqual({ prefix: '033', code: 'Z0101' });
    expect(splitPrefixedCode('072001Z0301')).toEqual({ prefix: '072001', code: 'Z0301' });
    expect(splitPrefixedCode('Z0101')).toBeUndefined();
    expect(splitPrefixedCode('2010601')).toBeUndefined();
  });
});
