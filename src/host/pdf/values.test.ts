import { readXlsx } from '../file/xlsx-reader';
import { gridToXlsx } from '../file/grid-writer';
import { isCodeHeader, toGridCell } from './values';

describe('toGridCell', () => {
  it('reads amounts as numbers shown as printed', () => {
    expect(toGridCell('2,976,800', false)).toEqual({ v: 2976800, t: '2,976,800', nf: '#,##0' });
    expect(toGridCell('1,097,073.43', false)).toEqual({ v: 1097073.43, t: '1,097,073.43', nf: '#,##0.00' });
    expect(toGridCell('21.50', false)).toEqual({ v: 21.5, t: '21.50', nf: '0.00' });
    expect(toGridCell('22.91', false)).toEqual({ v: 22.91, nf: '0.00' });
    expect(toGridCell('0', false)).toEqual({ v: 0 });
    expect(toGridCell('-1,200.00', false)).toEqual({ v: -1200, t: '-1,200.00', nf: '#,##0.00' });
  });

  it('keeps codes, zero-padded numbers and everything else as text', () => {
    expect(toGridCell('201', true)).toEqual({ v: '201' });
    expect(toGridCell('05', false)).toEqual({ v: '05' });
    expect(toGridCell('12,34', false)).toEqual({ v: '12,34' });
    expect(toGridCell('77.70 %', false)).toEqual({ v: '77.70 %' });
    expect(toGridCell('（12.00）', false)).toEqual({ v: '（12.00）' });
    expect(toGridCell('2023-01-01', false)).toEqual({ v: '2023-01-01' });
  });

  it('gives the cells the .xlsx reader gives for the same cells written to a file', async () => {
    const cells = ['2,976,800', '1,097,073.43', '21.50', '0.00', '3120', '0'].map((text) => toGridCell(text, false));
    const read = await readXlsx(await gridToXlsx({ sheets: [{ name: '表1', rows: [cells], merges: [] }] }));
    expect(read.sheets[0].rows[0]).toEqual(cells);
  });

  it('knows code column headers', () => {
    expect(['类', '款', '项', '功能分类科目编码', '部门预算经济分类科目 编码', '指导性目录代码'].every(isCodeHeader)).toBe(true);
    expect(['项目', '合计', '功能分类科目名称'].some(isCodeHeader)).toBe(false);
  });
});
