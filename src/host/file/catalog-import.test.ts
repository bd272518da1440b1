import ExcelJS from 'exceljs';
import { importCatalogFromXlsx } from './catalog-import';

async function workbook(sheets: Record<string, Array<Array<string | number | null>>>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('importCatalogFromXlsx', () => {
  it('imports the first sheet with content through the 2-D importer, naming the sheet in provenance', async () => {
    const bytes = await workbook({
      空表: [],
      科目: [
        ['科目编码', '科目名称'],
        [901, '测试类'],
        [90101, '测试款'],
      ],
    });
    const { catalog, problems } = await importCatalogFromXlsx(bytes, { id: 'mine', title: '我的目录', file: '科目.xlsx' });
    expect(problems).toEqual([]);
    expect(catalog?.entries.map((entry) => `${entry.code}${entry.name}@${entry.provenance.file}:${entry.provenance.line}`)).toEqual([
      '901测试类@科目.xlsx#科目:2',
      '90101测试款@科目.xlsx#科目:3',
    ]);
  });

  it('reports a named sheet that does not exist', async () => {
    const bytes = await workbook({ 科目: [['代码', '名称']] });
    const { problems } = await importCatalogFromXlsx(bytes, { id: 'mine', title: '我的目录', sheet: '其他' });
    expect(problems.map((problem) => problem.message)).toEqual(['工作簿中没有名为“其他”的工作表。']);
  });

  it('reports a file that is not a workbook instead of throwing', async () => {
    const { catalog, problems } = await importCatalogFromXlsx(new TextEncoder().encode('不是工作簿'), { id: 'mine', title: '我的目录' });
    expect(catalog).toBeUndefined();
    expect(problems[0].message).toContain('不是有效的 .xlsx 工作簿');
  });
});
