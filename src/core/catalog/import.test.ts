import { parseDelimitedText } from './delimited';
import { importCatalogFromRows, withImportedCatalogs } from './import';
import { catalog, entry } from './test-fixtures';

const options = { id: 'imported', title: '导入的目录' };
const messages = (rows: Array<Array<string | number | null>>, extra = {}) =>
  importCatalogFromRows(rows, { ...options, ...extra }).problems.map((problem) => `${problem.severity}:${problem.message}`);

describe('importCatalogFromRows — happy paths', () => {
  it('maps 代码 / 名称 / 说明 columns below a title row and builds the hierarchy', () => {
    const { catalog: imported, problems } = importCatalogFromRows(
      [['某单位目录'], [null, '代码', '名称', '说明'], [null, 'Z', '甲类服务', null], [null, 'Z01', '乙丙服务', '说明文字'], [null, 'z0101', '丁戊', '']],
      options,
    );
    expect(problems).toEqual([]);
    expect(imported?.kind).toBe('gps');
    expect(imported?.entries.map((item) => [item.code, item.name, item.level, item.parent ?? '', item.description ?? '', item.provenance.line])).toEqual([
      ['Z', '甲类服务', 1, '', '', 3],
      ['Z01', '乙丙服务', 2, 'Z', '说明文字', 4],
      ['Z0101', '丁戊', 3, 'Z01', '', 5],
    ]);
  });

  it('claims completeness only when every parent code is in the import', () => {
    const whole = importCatalogFromRows(
      [
        ['代码', '名称'],
        ['Z', '甲类服务'],
        ['Z01', '乙丙服务'],
        ['Z0101', '丁戊'],
      ],
      options,
    );
    expect(whole.catalog?.complete).toBe(true);
    const gap = importCatalogFromRows(
      [
        ['代码', '名称'],
        ['Z', '甲类服务'],
        ['Z01', '乙丙服务'],
        ['Y0101', '丁戊'],
      ],
      options,
    );
    expect(gap.catalog?.complete).toBe(false);
    expect(gap.problems.map((problem) => problem.message)).toEqual(['第4行：编码 Y0101 的上级编码 Y01 不在导入的数据中。']);
  });

  it('reads the official layout with 类/款/项 columns, carrying 类 and 款 down', () => {
    const rows = [
      ['科目编码', null, null, '科目名称'],
      ['类', '款', '项', null],
      [901, null, null, '测试类'],
      [null, 1, null, '测试款'],
      [null, null, 1, '测试项一'],
      [null, null, '02', '测试项二'],
      [null, 2, null, '第二款'],
    ];
    const { catalog: imported, problems } = importCatalogFromRows(rows, { ...options, kind: 'function' });
    expect(problems).toEqual([]);
    expect(imported?.entries.map((item) => `${item.code}${item.name}`)).toEqual(['901测试类', '90101测试款', '9010101测试项一', '9010102测试项二', '90102第二款']);
  });

  it('understands a header whose words a PDF conversion split over two rows', () => {
    const { catalog: imported } = importCatalogFromRows(
      [
        ['科目', '科目'],
        ['编码', '名称'],
        ['901', '测试类'],
      ],
      options,
    );
    expect(imported?.entries[0]).toMatchObject({ code: '901', name: '测试类' });
    expect(imported?.kind).toBe('function');
  });

  it('takes names from 一级/二级/三级目录 columns, wherever the row put them', () => {
    const { catalog: imported } = importCatalogFromRows(
      [
        ['代码', '一级目录', '二级目录', '三级目录'],
        ['Z', '甲类服务', '', ''],
        ['Z01', '', '乙丙服务', ''],
        ['Z0101', '', '丁戊', ''],
      ],
      options,
    );
    expect(imported?.entries.map((item) => item.name)).toEqual(['甲类服务', '乙丙服务', '丁戊']);
  });

  it('keeps printed prefixed codes and stores the bare code', () => {
    const { catalog: imported } = importCatalogFromRows(
      [
        ['编码', '名称'],
        ['033Z01', '乙丙服务'],
      ],
      options,
    );
    expect(imported?.entries[0]).toMatchObject({ code: 'Z01', printedCode: '033Z01' });
  });

  it('imports a pasted TSV block and a CSV file the same way', () => {
    const tsv = importCatalogFromRows(parseDelimitedText('代码\t名称\nZ\t甲类服务\nZ01\t乙丙服务'), options);
    const csv = importCatalogFromRows(parseDelimitedText('代码,名称\nZ,甲类服务\nZ01,"乙丙服务"'), options);
    expect(csv.catalog?.entries.map((item) => item.name)).toEqual(tsv.catalog?.entries.map((item) => item.name));
    expect(tsv.catalog?.entries).toHaveLength(2);
  });

  it('numbers rows from where the selection starts', () => {
    const { problems } = importCatalogFromRows(
      [
        ['代码', '名称'],
        ['Z', ''],
      ],
      { ...options, firstRow: 5 },
    );
    expect(problems[0]).toMatchObject({ row: 6, message: '第6行：编码 Z 缺少名称。' });
  });
});

describe('importCatalogFromRows — problems', () => {
  it('reports a missing header', () => {
    expect(
      messages([
        ['甲', '乙'],
        ['Z01', '乙丙服务'],
      ]),
    ).toEqual(['error:未找到表头：需要“代码/编码/科目编码”列（或“类/款/项”列）和“名称/科目名称”列。']);
  });

  it('reports a code of the wrong shape', () => {
    expect(
      messages([
        ['代码', '名称'],
        ['Z', '甲类服务'],
        ['Z1', '乙丙服务'],
      ]),
    ).toEqual(['error:第3行：编码“Z1”格式不正确，应为 A0101、B0701 或 201、20106、2010601 这样的编码。']);
  });

  it('reports an empty name', () => {
    expect(
      messages([
        ['代码', '名称'],
        ['Z', ''],
      ]),
    ).toEqual(['error:第2行：编码 Z 缺少名称。', 'error:没有可导入的条目：表头下方没有带编码和名称的行。']);
  });

  it('reports a duplicate code with the row it duplicates, and keeps the first', () => {
    const result = importCatalogFromRows(
      [
        ['代码', '名称'],
        ['Z', '甲类服务'],
        ['Z', '另一个'],
      ],
      options,
    );
    expect(result.problems.map((problem) => problem.message)).toEqual(['第3行：编码 Z 与第2行重复，已忽略本行。']);
    expect(result.catalog?.entries.map((item) => item.name)).toEqual(['甲类服务']);
  });

  it('warns when a parent is missing, and still imports the row', () => {
    const result = importCatalogFromRows(
      [
        ['代码', '名称'],
        ['Z0101', '丁戊'],
      ],
      options,
    );
    expect(result.problems).toEqual([{ row: 2, severity: 'warning', message: '第2行：编码 Z0101 的上级编码 Z01 不在导入的数据中。' }]);
    expect(result.catalog?.entries).toHaveLength(1);
  });

  it('warns about a named row without a code, but not about 合计 rows', () => {
    expect(
      messages([
        ['代码', '名称'],
        ['Z', '甲类服务'],
        ['', '无码行'],
        ['', '合计'],
      ]),
    ).toEqual(['warning:第3行：“无码行”没有编码，已跳过。']);
  });

  it('reports a sheet with a header and nothing under it', () => {
    expect(messages([['代码', '名称']])).toEqual(['error:没有可导入的条目：表头下方没有带编码和名称的行。']);
  });
});

describe('withImportedCatalogs', () => {
  const partialFunction = catalog('function-partial', [entry('901', '测试类')], { kind: 'function', complete: false });
  const gps = catalog('gps-a', [entry('Z', '甲类服务')]);

  it('replaces the partial bundled list of the same kind', () => {
    const full = catalog('my-function', [entry('901', '测试类'), entry('90101', '测试款')], { kind: 'function' });
    expect(withImportedCatalogs([gps, partialFunction], [full]).map((item) => item.id)).toEqual(['gps-a', 'my-function']);
  });

  it('replaces a bundled catalog with the same id and adds other 政府购买服务 catalogs', () => {
    const replacement = catalog('gps-a', [entry('Z', '新甲类')]);
    const extra = catalog('gps-b', [entry('Z', '乙')]);
    const result = withImportedCatalogs([gps, partialFunction], [replacement, extra]);
    expect(result.map((item) => `${item.id}:${item.entries[0].name}`)).toEqual(['function-partial:测试类', 'gps-a:新甲类', 'gps-b:乙']);
  });
});
