import { describeCodeElsewhere, entryPath, findCodeAcrossCatalogs, findEntryByCode, resolvePrintedCode } from './lookup';
import { catalog, entry, SAMPLE } from './test-fixtures';

const newer = catalog('newer', [entry('Z', '甲类服务'), entry('Z01', '乙丙服务')], { shortTitle: '新目录', supersedes: ['old号'] });
const old = catalog('old', [entry('Z', '甲类服务'), entry('Z02', '旧服务')], { shortTitle: '旧目录' });

describe('findEntryByCode', () => {
  it('finds by code, folding case and width, within one department when asked', () => {
    expect(findEntryByCode(SAMPLE, 'ｚ０１')?.name).toBe('乙丙服务');
    const departments = catalog('dept', [entry('Z01', '一部服务', { department: '一部' }), entry('Z01', '二部服务', { department: '二部' })]);
    expect(findEntryByCode(departments, 'Z01', '二部')?.name).toBe('二部服务');
    expect(findEntryByCode(SAMPLE, 'Z99')).toBeUndefined();
  });
});

describe('resolvePrintedCode', () => {
  const withUnits = catalog('units', [entry('Z', '甲类服务'), entry('Z01', '乙丙服务')], {
    units: [{ code: '990001', name: '测试单位', provenance: { document: '测试', file: 'fixture', line: 1 } }],
  });

  it('reads a unit code prefix from the catalog unit list', () => {
    expect(resolvePrintedCode(withUnits, '990001Z01')).toMatchObject({ code: 'Z01', unit: { name: '测试单位' } });
    expect(findEntryByCode(withUnits, '990001Z01')?.name).toBe('乙丙服务');
  });

  it('leaves codes with an unknown prefix alone', () => {
    expect(resolvePrintedCode(withUnits, '123456Z01')).toEqual({ code: '123456Z01' });
    expect(findEntryByCode(withUnits, '123456Z01')).toBeUndefined();
  });
});

describe('findCodeAcrossCatalogs', () => {
  it('lists every catalog holding the code, without copying the entries list', () => {
    const found = findCodeAcrossCatalogs([newer, old, SAMPLE], 'Z');
    expect(found.map((occurrence) => occurrence.catalog.id)).toEqual(['newer', 'old', 'sample']);
    expect('entries' in found[0].catalog).toBe(false);
  });
});

describe('describeCodeElsewhere', () => {
  it('says where a code exists when the selected catalog lacks it, and that its source is superseded', () => {
    expect(describeCodeElsewhere('Z02', [newer], [newer, old])).toBe('Z02 见于旧目录（old号已被废止），不在新目录');
  });

  it('says nothing when a selected catalog has the code', () => {
    expect(describeCodeElsewhere('Z01', [newer], [newer, old])).toBeUndefined();
  });

  it('says when no catalog has it', () => {
    expect(describeCodeElsewhere('Z09', [newer], [newer, old])).toBe('Z09 不在新目录，其他目录中也没有');
  });
});

describe('entryPath', () => {
  it('follows parents within the same department, and by name for entries without codes', () => {
    const departments = catalog('dept', [
      entry('Z', '一部甲', { department: '一部' }),
      entry('Z', '二部甲', { department: '二部' }),
      entry('Z01', '二部乙', { department: '二部' }),
      entry('', '分组', { level: 1 }),
      { ...entry('', '项目', { level: 2 }), parent: '分组' },
    ]);
    const path = entryPath(departments);
    expect(path(departments.entries[2])).toEqual(['二部甲', '二部乙']);
    expect(path(departments.entries[4])).toEqual(['分组', '项目']);
  });
});
