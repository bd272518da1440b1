import ExcelJS from 'exceljs';
import { FileHost } from './file-host';
import { loadWorkbook, readXlsx, UnreadableWorkbookError } from './xlsx-reader';
import { SETTINGS_NAMESPACE } from '../../core/settings/xml';
import { convertedWorkbook } from './grid-writer';
import { partText, readPackage } from './xlsx-package';
import type { CellSource, Grid } from '../../core/grid';

/** A small 收支总表-like sheet with a bold title, a merge, a number format and formulas. */
async function sampleBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('表1');
  sheet.getCell('A1').value = '2026年预算收支总表';
  sheet.getCell('A1').font = { bold: true, size: 16 };
  sheet.mergeCells('A1:C1');
  sheet.getCell('A2').value = '一般公共预算拨款收入';
  sheet.getCell('B2').value = 380.16;
  sheet.getCell('B2').numFmt = '#,##0.00';
  sheet.getCell('A3').value = '政府性基金预算拨款收入';
  sheet.getCell('B3').value = 12.5;
  sheet.getCell('A4').value = '合计';
  sheet.getCell('B4').value = { formula: 'SUM(B2:B3)', result: 392.66 };
  sheet.getCell('C2').value = { formula: 'B2*2', result: 760.32, shareType: 'shared', ref: 'C2:C3' } as ExcelJS.CellValue;
  sheet.getCell('C3').value = { sharedFormula: 'C2', result: 25 } as ExcelJS.CellValue;
  workbook.addWorksheet('表2').getCell('A1').value = '2026年预算收入总表';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function cellValue(grid: Grid, sheet: string, row: number, col: number) {
  return grid.sheets.find((s) => s.name === sheet)?.rows[row]?.[col];
}

describe('FileHost', () => {
  it('reads the workbook into a grid with merges', async () => {
    const host = await FileHost.fromBytes(await sampleBytes(), '样例.xlsx');
    const grid = await host.readGrid();
    expect(host.kind).toBe('file');
    expect(grid.name).toBe('样例.xlsx');
    expect(grid.sheets.map((s) => s.name)).toEqual(['表1', '表2']);
    expect(cellValue(grid, '表1', 1, 1)?.v).toBe(380.16);
    expect(cellValue(grid, '表1', 3, 1)?.f).toBe('=SUM(B2:B3)');
    expect(grid.sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
  });

  it('saves an edit into the original workbook and keeps untouched formatting', async () => {
    const host = await FileHost.fromBytes(await sampleBytes());
    await host.applyEdits(
      [
        { sheet: '表1', cell: 'B3', value: 11.5 },
        { sheet: '表1', cell: 'B2', value: 1234.5 },
      ],
      '修复：表1 B3',
    );
    expect(cellValue(await host.readGrid(), '表1', 2, 1)?.v).toBe(11.5);
    // The edited cell shows its value in the cell's own number format, as a fresh read would.
    expect(cellValue(await host.readGrid(), '表1', 1, 1)).toEqual({ v: 1234.5, nf: '#,##0.00', t: '1,234.50' });

    const saved = await host.saveXlsx();
    const grid = await readXlsx(saved);
    expect(cellValue(grid, '表1', 2, 1)?.v).toBe(11.5);
    expect(cellValue(grid, '表1', 0, 0)?.v).toBe('2026年预算收支总表');
    expect(cellValue(grid, '表1', 3, 1)?.f).toBe('=SUM(B2:B3)');
    expect(grid.sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);

    const workbook = await loadWorkbook(saved);
    const sheet = workbook.getWorksheet('表1')!;
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('B2').numFmt).toBe('#,##0.00');
    // ExcelJS does not read calcPr back; the flag makes Excel refresh formulas that depend on B3.
    const workbookXml = partText(readPackage(saved), 'xl/workbook.xml');
    expect(workbookXml).toContain('fullCalcOnLoad="1"');
  });

  it('writes formulas and keeps cells sharing an overwritten formula', async () => {
    const host = await FileHost.fromBytes(await sampleBytes());
    await host.applyEdits(
      [
        { sheet: '表1', cell: 'B2', formula: '=B3*2' },
        { sheet: '表1', cell: 'C2', value: 1 },
      ],
      '修复',
    );
    const grid = await readXlsx(await host.saveXlsx());
    expect(cellValue(grid, '表1', 1, 1)?.f).toBe('=B3*2');
    expect(cellValue(grid, '表1', 1, 2)?.v).toBe(1);
    expect(cellValue(grid, '表1', 2, 2)?.f).toBe('=B3*2');
  });

  it('reverts values and formulas exactly, in the grid and in the saved file', async () => {
    const host = await FileHost.fromBytes(await sampleBytes());
    const record = await host.applyEdits(
      [
        { sheet: '表1', cell: 'B4', value: 392.66 },
        { sheet: '表1', cell: 'B2', value: 1 },
      ],
      '修复',
    );
    await host.revert(record);
    const live = await host.readGrid();
    expect(cellValue(live, '表1', 3, 1)?.f).toBe('=SUM(B2:B3)');
    expect(cellValue(live, '表1', 1, 1)?.v).toBe(380.16);

    const saved = await readXlsx(await host.saveXlsx());
    expect(cellValue(saved, '表1', 3, 1)?.f).toBe('=SUM(B2:B3)');
    expect(cellValue(saved, '表1', 3, 1)?.v).toBe(392.66);
    expect(cellValue(saved, '表1', 1, 1)?.v).toBe(380.16);
  });

  it('refuses a batch with a bad target and changes nothing', async () => {
    const host = await FileHost.fromBytes(await sampleBytes());
    await expect(
      host.applyEdits(
        [
          { sheet: '表1', cell: 'B2', value: 0 },
          { sheet: '表9', cell: 'B2', value: 0 },
        ],
        '修复',
      ),
    ).rejects.toThrow('找不到工作表“表9”');
    const grid = await readXlsx(await host.saveXlsx());
    expect(cellValue(grid, '表1', 1, 1)?.v).toBe(380.16);
  });

  it('changes the grid and the file together or not at all: an edit the file refuses leaves both as they were', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('表1');
    sheet.getCell('A1').value = 1;
    // The typings omit fillFormula's fourth parameter, the share type.
    (sheet.fillFormula as (range: string, formula: string, results: number[], shareType: string) => void)('B1:C1', 'A1*2', [2, 2], 'array');
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const host = await FileHost.fromBytes(bytes);
    await expect(
      host.applyEdits(
        [
          { sheet: '表1', cell: 'A1', value: 5 },
          { sheet: '表1', cell: 'C1', value: 0 },
        ],
        '修复',
      ),
    ).rejects.toThrow('数组公式区域 B1:C1');
    expect(cellValue(await host.readGrid(), '表1', 0, 0)?.v).toBe(1);
    expect(cellValue(await host.readGrid(), '表1', 0, 2)?.v).toBe(2);
    expect(Buffer.from(await host.saveXlsx()).equals(Buffer.from(bytes))).toBe(true);
  });

  it.each(['A1048577', 'XFE1'])('refuses an address beyond the sheet (%s) before anything changes', async (cell) => {
    const host = await FileHost.fromBytes(await sampleBytes());
    await expect(
      host.applyEdits(
        [
          { sheet: '表1', cell: 'B2', value: 0 },
          { sheet: '表1', cell, value: 1 },
        ],
        '修复',
      ),
    ).rejects.toThrow('超出 Excel 工作表范围');
    expect(cellValue(await host.readGrid(), '表1', 1, 1)?.v).toBe(380.16);
    expect(host.hasChanges()).toBe(false);
  });

  it('undo leaves and names a cell changed since the fix, and restores the others in the grid and the file', async () => {
    const host = await FileHost.fromBytes(await sampleBytes());
    const fix = await host.applyEdits(
      [
        { sheet: '表1', cell: 'B2', value: 1 },
        { sheet: '表1', cell: 'B3', value: 2 },
      ],
      '修复',
    );
    await host.applyEdits([{ sheet: '表1', cell: 'B3', value: 99 }], '查码插入');
    expect(await host.revert(fix)).toEqual({ restored: 1, kept: [{ sheet: '表1', cell: 'B3', reason: '修复后又被修改' }] });
    const live = await host.readGrid();
    expect([cellValue(live, '表1', 1, 1)?.v, cellValue(live, '表1', 2, 1)?.v]).toEqual([380.16, 99]);
    const saved = await readXlsx(await host.saveXlsx());
    expect([cellValue(saved, '表1', 1, 1)?.v, cellValue(saved, '表1', 2, 1)?.v]).toEqual([380.16, 99]);
  });

  it('refuses an .ods package renamed .xlsx with a Chinese message instead of opening an empty workbook', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const ods = zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
      'content.xml': strToU8('<office:document-content/>'),
      'META-INF/manifest.xml': strToU8('<manifest/>'),
    });
    await expect(FileHost.fromBytes(ods, '预算.xlsx')).rejects.toThrow('OpenDocument 表格（.ods）');
  });

  it('knows whether cells or settings changed since the file was opened', async () => {
    const host = await FileHost.fromBytes(await sampleBytes());
    const opened = host.revision;
    expect(host.hasChanges()).toBe(false);
    await host.highlight([{ sheet: '表1', cell: 'B2', severity: 'error' }]);
    expect([host.hasChanges(), host.revision]).toEqual([false, opened]);
    const record = await host.applyEdits([{ sheet: '表1', cell: 'B2', value: 1 }], '修复');
    expect(host.hasChanges()).toBe(true);
    await host.revert(record);
    await host.setSetting('catalogs', ['shanxi-b-2023']);
    expect(host.hasChanges()).toBe(true);
    expect(host.revision).toBeGreaterThan(opened);
  });

  it('notifies changes of cells and highlights', async () => {
    const host = await FileHost.fromBytes(await sampleBytes());
    const changes: string[] = [];
    const unsubscribe = host.onChange((change) => changes.push(change));
    const record = await host.applyEdits([{ sheet: '表2', cell: 'A2', value: '注：本表无数据' }], '补充');
    await host.highlight([{ sheet: '表1', cell: 'B2', severity: 'error' }]);
    await host.revert(record);
    await host.clearHighlights();
    unsubscribe();
    await host.highlight([{ sheet: '表1', cell: 'B3', severity: 'info' }]);
    expect(changes).toEqual(['cells', 'highlights', 'cells', 'highlights']);
  });

  it('persists settings in a custom XML part, not in a sheet, holding no cell text', async () => {
    const host = await FileHost.fromBytes(await sampleBytes());
    await host.setSetting('budgetAssistant.catalogs', ['shanxi-b-2023']);
    await host.setSetting('budgetAssistant.ignored', { version: 1, entries: [{ key: 'meta/year|表1|A1|1x2y3z', reason: '已核实', date: '2026-03-01' }] });
    const saved = await host.saveXlsx();
    const pkg = readPackage(saved);
    const part = pkg.names.find((path) => /^customXml\/item\d+\.xml$/.test(path));
    const xml = partText(pkg, part!);
    expect(xml).toContain(`xmlns="${SETTINGS_NAMESPACE}"`);
    expect(xml).not.toContain('2026年预算收支总表');
    expect(partText(pkg, '[Content_Types].xml')).toMatch(/customXmlProperties\+xml/);
    expect(partText(pkg, 'xl/_rels/workbook.xml.rels')).toContain(`Target="../${part}"`);
    expect((await loadWorkbook(saved)).worksheets.map((w) => w.name)).toEqual(['表1', '表2']);

    const reopened = await FileHost.fromBytes(saved);
    expect(await reopened.getSetting('budgetAssistant.catalogs')).toEqual(['shanxi-b-2023']);
    expect(await reopened.getSetting('budgetAssistant.ignored')).toMatchObject({ entries: [{ reason: '已核实' }] });
    expect((await reopened.readGrid()).sheets.map((s) => s.name)).toEqual(['表1', '表2']);
  });

  it('a user sheet named like the old settings sheet is checked and kept on save', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('表1').getCell('A1').value = '2026年预算收支总表';
    const own = workbook.addWorksheet('预算公开助手设置');
    own.getCell('A1').value = '我自己的备注';
    own.getCell('B1').value = 12.5;
    const host = await FileHost.fromBytes(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect((await host.readGrid()).sheets.map((s) => s.name)).toEqual(['表1', '预算公开助手设置']);
    await host.setSetting('budgetAssistant.catalogs', ['shanxi-b-2023']);
    const saved = await loadWorkbook(await host.saveXlsx());
    const kept = saved.getWorksheet('预算公开助手设置');
    expect(kept?.state).toBe('visible');
    expect([kept?.getCell('A1').value, kept?.getCell('B1').value]).toEqual(['我自己的备注', 12.5]);
  });

  it('rejects bytes that are not a workbook with a Chinese message', async () => {
    const bytes = new TextEncoder().encode('不是工作簿');
    await expect(FileHost.fromBytes(bytes)).rejects.toBeInstanceOf(UnreadableWorkbookError);
    await expect(FileHost.fromBytes(bytes)).rejects.toThrow('不是有效的 .xlsx 工作簿');
  });
});

describe('FileHost.fromGrid: a PDF turned into sheets', () => {
  const on = (page: number): CellSource => ({ page, x: 60, y: 100, w: 120, h: 24 });
  const pdfGrid: Grid = {
    name: '测试局.pdf',
    sheets: [
      {
        name: '2026年部门收支预算总表',
        rows: [
          [{ v: '2026年部门收支预算总表', src: on(2) }],
          [
            { v: '一般公共预算拨款收入', src: on(2) },
            { v: 200, t: '200.00', nf: '0.00', src: on(2) },
          ],
          [
            { v: '收入总计', src: on(3) },
            { v: 300, t: '300.00', nf: '0.00', src: on(3) },
          ],
        ],
        merges: [{ top: 0, bottom: 0, left: 0, right: 1 }],
      },
      { name: '说明', rows: [[{ v: '2026年，测试局收入预算300.00万元。', src: on(1) }]], merges: [] },
    ],
  };
  const values = (grid: Grid) => grid.sheets.map((sheet) => [sheet.name, sheet.rows.map((row) => (row ?? []).map((cell) => [cell?.v ?? null, cell?.nf ?? null])), sheet.merges]);

  it('holds the PDF’s cells with their pages, and saves unedited as the workbook convert writes', async () => {
    const host = await FileHost.fromGrid(pdfGrid, '测试局.pdf');
    expect((await host.readGrid()).sheets[0].rows[2]?.[1]).toEqual({ v: 300, t: '300.00', nf: '0.00', src: on(3) });
    expect(host.hasChanges()).toBe(false);
    const saved = await readXlsx(await host.saveXlsx());
    expect(values(saved)).toEqual(values(await readXlsx((await convertedWorkbook(pdfGrid)).bytes)));
    expect(values(saved)).toEqual(values(pdfGrid));
  });

  it('patches edits into the converted workbook, keeps the number format, and undoes them', async () => {
    const host = await FileHost.fromGrid(pdfGrid, '测试局.pdf');
    const record = await host.applyEdits([{ sheet: '2026年部门收支预算总表', cell: 'B3', value: 301 }], '修复');
    expect(host.hasChanges()).toBe(true);
    expect((await host.readGrid()).sheets[0].rows[2]?.[1]).toMatchObject({ v: 301, t: '301.00', nf: '0.00' });
    const edited = await readXlsx(await host.saveXlsx());
    expect(cellValue(edited, '2026年部门收支预算总表', 2, 1)).toMatchObject({ v: 301, nf: '0.00' });
    expect(cellValue(edited, '2026年部门收支预算总表', 1, 1)).toMatchObject({ v: 200, nf: '0.00' });
    expect(cellValue(edited, '说明', 0, 0)?.v).toBe('2026年，测试局收入预算300.00万元。');
    await host.revert(record);
    expect(cellValue(await readXlsx(await host.saveXlsx()), '2026年部门收支预算总表', 2, 1)?.v).toBe(300);
  });

  it('keeps its settings in the saved workbook', async () => {
    const host = await FileHost.fromGrid(pdfGrid, '测试局.pdf');
    await host.setSetting('catalogs', ['shanxi-b-2023']);
    const reopened = await FileHost.fromBytes(await host.saveXlsx());
    expect(await reopened.getSetting('catalogs')).toEqual(['shanxi-b-2023']);
    expect((await reopened.readGrid()).sheets.map((sheet) => sheet.name)).toEqual(['2026年部门收支预算总表', '说明']);
  });
});
