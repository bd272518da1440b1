import { createSearchIndex, searchCatalogs } from './search';
import { spellPinyin } from './pinyin';
import { catalog, entry, SAMPLE } from './test-fixtures';

const index = createSearchIndex([SAMPLE, catalog('other', [entry('Y01', '乙丙服务')])], spellPinyin);
const codes = (query: string, options = {}) => searchCatalogs(index, query, options).map((hit) => `${hit.catalogId}:${hit.entry.code}:${hit.match}`);

describe('searchCatalogs', () => {
  it('ranks an exact code first, then code prefixes, shortest first', () => {
    expect(codes('Z01')).toEqual(['sample:Z01:code-exact', 'sample:Z0101:code-prefix', 'sample:Z0102:code-prefix', 'sample:Z010201:code-prefix']);
  });

  it('ranks name matches above 说明 matches, the closest name first', () => {
    expect(codes('乙丙')).toEqual(['sample:Z0101:name', 'sample:Z01:name', 'other:Y01:name']);
    expect(codes('丁戊')).toEqual(['sample:Z0102:name', 'sample:Z0101:description']);
  });

  it('finds names by pinyin initials and by full pinyin', () => {
    expect(codes('gxfw')).toEqual(['sample:Z010201:pinyin']);
    expect(codes('gengxin')).toEqual(['sample:Z010201:pinyin']);
  });

  it('gives the path of names from the top level down', () => {
    expect(searchCatalogs(index, 'Z010201')[0].path).toEqual(['甲类服务', '乙丙服务', '丁戊己服务', '庚辛服务']);
  });

  it('restricts to the given catalogs and limits the number of hits', () => {
    expect(codes('乙丙', { catalogIds: ['other'] })).toEqual(['other:Y01:name']);
    expect(codes('Z', { limit: 2 })).toHaveLength(2);
  });

  it('ranks the preferred (the workbook’s) catalogs first and marks the other hits', () => {
    const twin = catalog('twin', [entry('Z01', '另一目录的甲类服务')]);
    const both = createSearchIndex([twin, SAMPLE], spellPinyin);
    const hits = (options = {}) => searchCatalogs(both, 'Z01', options).map((hit) => `${hit.catalogId}:${hit.entry.code}${hit.elsewhere ? '*' : ''}`);
    expect(hits()).toEqual(['twin:Z01', 'sample:Z01', 'sample:Z0101', 'sample:Z0102', 'sample:Z010201']);
    expect(hits({ preferredIds: ['sample'] })).toEqual(['sample:Z01', 'sample:Z0101', 'sample:Z0102', 'sample:Z010201', 'twin:Z01*']);
    expect(hits({ preferredIds: ['twin', 'sample'] })).toEqual(hits());
  });

  it('finds nothing for an empty query or one that matches nothing', () => {
    expect(codes('  ')).toEqual([]);
    expect(codes('无此')).toEqual([]);
  });

  it('shows an item repeated under several departments once', () => {
    const departments = catalog('dept', [entry('Z', '甲类服务', { department: '一部' }), entry('Z', '甲类服务', { department: '二部' })]);
    expect(searchCatalogs(createSearchIndex([departments], spellPinyin), '甲类')).toHaveLength(1);
  });

  it('matches printed codes with prefixes', () => {
    const prefixed = catalog('prefixed', [entry('Z01', '乙丙服务', { printedCode: '033Z01' })]);
    expect(searchCatalogs(createSearchIndex([prefixed], spellPinyin), '033Z01')[0].match).toBe('code-exact');
  });
});
