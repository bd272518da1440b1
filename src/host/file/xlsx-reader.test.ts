import ExcelJS from 'exceljs';
import { cellAt, cellText, type Grid, type GridSheet } from '../../core/grid';
import { displayNumber } from './number-format';
import { readXlsx, UnreadableWorkbookError } from './xlsx-reader';

async function roundTrip(build: (workbook: ExcelJS.Workbook) => void): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const buffer = await workbook.xlsx.writeBuffer();
  return readXlsx(new Uint8Array(buffer as ArrayBuffer));
}

function sheetNamed(grid: Grid, name: string): GridSheet {
  const sheet = grid.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe('readXlsx', () => {
  it('reads merges from the worksheet model, keeping only the master cell', async () => {
    const grid = await roundTrip((wb) => {
      const ws = wb.addWorksheet('表1');
      ws.getCell('A1').value = '2026年预算收支总表';
      ws.mergeCells('A1:F1');
      ws.getCell('C3').value = '本年收入';
      ws.mergeCells('C3:H3');
      ws.getCell('I3').value = '上年结转';
      ws.mergeCells('I3:I4');
    });
    const sheet = sheetNamed(grid, '表1');
    expect(sheet.merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 0, right: 5 },
        { top: 2, left: 2, bottom: 2, right: 7 },
        { top: 2, left: 8, bottom: 3, right: 8 },
      ]),
    );
    expect(sheet.merges).toHaveLength(3);
    expect(cellText(sheet, 0, 0)).toBe('2026年预算收支总表');
    expect(cellAt(sheet, 0, 1)).toBeUndefined();
  });

  it('flags hidden rows, hidden columns and hidden sheets', async () => {
    const grid = await roundTrip((wb) => {
      const ws = wb.addWorksheet('表3');
      ws.getCell('A1').value = '合计';
      ws.getCell('A3').value = 2010601;
      ws.getRow(3).hidden = true;
      ws.getCell('A5').value = 'end';
      ws.getColumn(4).hidden = true;
      wb.addWorksheet('藏', { state: 'hidden' }).getCell('A1').value = 1;
    });
    const sheet = sheetNamed(grid, '表3');
    expect(sheet.hiddenRows).toEqual([2]);
    expect(sheet.hiddenCols).toEqual([3]);
    expect(sheet.hidden).toBeUndefined();
    expect(sheetNamed(grid, '藏').hidden).toBe(true);
  });

  it('reads formulas with their results, shared formulas translated to each cell', async () => {
    const grid = await roundTrip((wb) => {
      const ws = wb.addWorksheet('公式');
      [
        [1, 2],
        [3, 4],
        [5, 6],
      ].forEach(([a, b], i) => {
        ws.getCell(i + 1, 1).value = a;
        ws.getCell(i + 1, 2).value = b;
      });
      ws.fillFormula('C1:C3', 'A1+B1', [3, 7, 11]);
      ws.getCell('D1').value = { formula: 'SUM(C1:C3)', result: 21 } as ExcelJS.CellFormulaValue;
      ws.getCell('E1').value = { formula: 'A1&"元"', result: '1元' } as ExcelJS.CellFormulaValue;
      ws.getCell('F1').value = { formula: 'NOW()' } as ExcelJS.CellFormulaValue;
    });
    const sheet = sheetNamed(grid, '公式');
    expect(cellAt(sheet, 0, 2)).toMatchObject({ v: 3, f: '=A1+B1' });
    expect(cellAt(sheet, 1, 2)).toMatchObject({ v: 7, f: '=A2+B2' });
    expect(cellAt(sheet, 2, 2)).toMatchObject({ v: 11, f: '=A3+B3' });
    expect(cellAt(sheet, 0, 3)).toMatchObject({ v: 21, f: '=SUM(C1:C3)' });
    expect(cellAt(sheet, 0, 4)).toMatchObject({ v: '1元', f: '=A1&"元"' });
    expect(cellAt(sheet, 0, 5)).toMatchObject({ v: null, f: '=NOW()' });
  });

  it('reads error values, in plain cells and as formula results', async () => {
    const grid = await roundTrip((wb) => {
      const ws = wb.addWorksheet('错');
      ws.getCell('A1').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
      ws.getCell('B1').value = { formula: 'A1*2', result: { error: '#DIV/0!' } } as unknown as ExcelJS.CellFormulaValue;
    });
    const sheet = sheetNamed(grid, '错');
    expect(cellAt(sheet, 0, 0)).toEqual({ v: null, err: '#REF!' });
    expect(cellAt(sheet, 0, 1)).toEqual({ v: null, err: '#DIV/0!', f: '=A1*2' });
    expect(cellText(sheet, 0, 0)).toBe('#REF!');
  });

  it('reads rich text, hyperlinks, booleans and dates as plain values', async () => {
    const grid = await roundTrip((wb) => {
      const ws = wb.addWorksheet('杂');
      ws.getCell('A1').value = { richText: [{ text: '部门名称：', font: { bold: true } }, { text: '泽州县财政局' }] };
      ws.getCell('B1').value = { text: '公开网址', hyperlink: 'https://example.invalid/' };
      ws.getCell('C1').value = true;
      ws.getCell('D1').value = new Date(Date.UTC(2026, 0, 15));
    });
    const sheet = sheetNamed(grid, '杂');
    expect(cellAt(sheet, 0, 0)?.v).toBe('部门名称：泽州县财政局');
    expect(cellAt(sheet, 0, 1)?.v).toBe('公开网址');
    expect(cellAt(sheet, 0, 2)?.v).toBe(true);
    expect(cellAt(sheet, 0, 3)?.v).toBe('2026-01-15');
  });

  it('shows simply formatted numbers as Excel displays them', async () => {
    const grid = await roundTrip((wb) => {
      const ws = wb.addWorksheet('格式');
      const put = (address: string, value: number, numFmt: string): void => {
        ws.getCell(address).value = value;
        ws.getCell(address).numFmt = numFmt;
      };
      put('A1', 938.7, '0.00');
      put('B1', 11954900, '#,##0.00');
      put('C1', 0.1234, '0.00%');
      put('D1', 6, '0.00');
      ws.getCell('E1').value = 2541.25;
    });
    const sheet = sheetNamed(grid, '格式');
    expect(cellAt(sheet, 0, 0)).toEqual({ v: 938.7, t: '938.70', nf: '0.00' });
    expect(cellText(sheet, 0, 1)).toBe('11,954,900.00');
    expect(cellText(sheet, 0, 2)).toBe('12.34%');
    expect(cellText(sheet, 0, 3)).toBe('6.00');
    expect(cellAt(sheet, 0, 4)).toEqual({ v: 2541.25 });
  });

  it('keeps empty sheets as sheets without rows', async () => {
    const grid = await roundTrip((wb) => {
      wb.addWorksheet('Sheet1');
      wb.addWorksheet('表1').getCell('A1').value = 'x';
    });
    expect(grid.sheets.map((s) => s.name)).toEqual(['Sheet1', '表1']);
    expect(sheetNamed(grid, 'Sheet1').rows).toEqual([]);
    expect(sheetNamed(grid, 'Sheet1').merges).toEqual([]);
  });

  it('refuses bytes that are not a workbook with a Chinese message', async () => {
    await expect(readXlsx(new Uint8Array([1, 2, 3, 4]))).rejects.toThrow(UnreadableWorkbookError);
    await expect(readXlsx(new Uint8Array([1, 2, 3, 4]))).rejects.toThrow(/无法读取/);
  });
});

describe('displayNumber', () => {
  it.each([
    [938.7, '0.00', '938.70'],
    [2541.25, '#,##0.00', '2,541.25'],
    [-1234.5, '#,##0.00', '-1,234.50'],
    [-1234.5, '#,##0.00;-#,##0.00', '-1,234.50'],
    [1234.5, '#,##0.00_ ', '1,234.50'],
    [7590971, '#,##0', '7,590,971'],
    [0.5, '0%', '50%'],
    [12.345, '[Blue]0.00', '12.35'],
  ])('shows %d under %j as %s', (value, format, shown) => {
    expect(displayNumber(value, format)).toBe(shown);
  });

  it.each(['General', 'yyyy-mm-dd', '#,##0.00;(#,##0.00)', '@', '0.00E+00'])('leaves %j to the raw value', (format) => {
    expect(displayNumber(-3, format)).toBeUndefined();
  });
});
