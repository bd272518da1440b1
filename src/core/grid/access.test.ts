import { cellAt, cellText, gridFromRows, gridFromTsv, isCellEmpty, isColumnHidden, isRowHidden, mergedAreaAt, usedBounds, type GridSheet } from '.';

const sheet: GridSheet = {
  name: '表3',
  rows: [
    [{ v: '2026年预算支出总表' }],
    null,
    [null, { v: 2541.25, t: '2,541.25' }, { v: 6 }, { v: null, err: '#REF!' }, { v: '  行政运行 ' }],
    [undefined, undefined, { v: null }, undefined, undefined, { v: true }],
  ],
  merges: [{ top: 0, left: 0, bottom: 0, right: 4 }],
  hiddenRows: [3],
  hiddenCols: [5],
};

describe('cell access', () => {
  it('returns cells and undefined for holes in ragged rows', () => {
    expect(cellAt(sheet, 2, 1)).toEqual({ v: 2541.25, t: '2,541.25' });
    expect(cellAt(sheet, 1, 0)).toBeUndefined();
    expect(cellAt(sheet, 2, 0)).toBeUndefined();
    expect(cellAt(sheet, 40, 40)).toBeUndefined();
  });

  it('gives the displayed text, numbers as text, errors by name, trimmed', () => {
    expect(cellText(sheet, 2, 1)).toBe('2,541.25');
    expect(cellText(sheet, 2, 2)).toBe('6');
    expect(cellText(sheet, 2, 3)).toBe('#REF!');
    expect(cellText(sheet, 2, 4)).toBe('行政运行');
    expect(cellText(sheet, 3, 2)).toBe('');
    expect(cellText(sheet, 3, 5)).toBe('TRUE');
    expect(cellText(sheet, 9, 0)).toBe('');
    expect(isCellEmpty(sheet, 3, 2)).toBe(true);
    expect(isCellEmpty(sheet, 2, 2)).toBe(false);
  });

  it('finds the merged area covering a cell', () => {
    expect(mergedAreaAt(sheet, 0, 3)).toEqual({ top: 0, left: 0, bottom: 0, right: 4 });
    expect(mergedAreaAt(sheet, 1, 3)).toBeUndefined();
  });

  it('bounds the used cells, ignoring empty cell objects', () => {
    expect(usedBounds(sheet)).toEqual({ top: 0, left: 0, bottom: 3, right: 5 });
    expect(usedBounds({ name: 'x', rows: [[null, { v: null }]], merges: [] })).toBeUndefined();
    expect(usedBounds({ name: 'x', rows: [null, [null, null, { v: 1 }]], merges: [] })).toEqual({ top: 1, left: 2, bottom: 1, right: 2 });
    expect(usedBounds({ name: 'x', rows: [[{ v: null, err: '#N/A' }]], merges: [] })).toEqual({ top: 0, left: 0, bottom: 0, right: 0 });
  });

  it('reports hidden rows and columns', () => {
    expect(isRowHidden(sheet, 3)).toBe(true);
    expect(isRowHidden(sheet, 2)).toBe(false);
    expect(isColumnHidden(sheet, 5)).toBe(true);
    expect(isColumnHidden({ name: 'x', rows: [], merges: [] }, 0)).toBe(false);
  });
});

describe('building sheets for tests', () => {
  it('turns rows of values into cells, blanks into holes', () => {
    const built = gridFromRows('表1', [['合计', '', 12.5, null]], [{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(built.rows[0]).toEqual([{ v: '合计' }, null, { v: 12.5 }, null]);
    expect(built.merges).toHaveLength(1);
    expect(cellText(built, 0, 2)).toBe('12.5');
  });

  it('turns tab-separated seed text into a sheet, one line per row, blank lines kept', () => {
    const tsv = '项目\t\t2026年预算数\n科目编码\t科目名称\t合计\r\n\n201\t一般公共服务支出\t 2134.19 \n';
    const built = gridFromTsv('seed', tsv);
    expect(built.name).toBe('seed');
    expect(built.rows).toHaveLength(4);
    expect(cellText(built, 0, 2)).toBe('2026年预算数');
    expect(cellAt(built, 0, 1)).toBeUndefined();
    expect(cellText(built, 1, 0)).toBe('科目编码');
    expect(built.rows[2]).toEqual([null]);
    expect(cellText(built, 3, 2)).toBe('2134.19');
    expect(usedBounds(built)).toEqual({ top: 0, left: 0, bottom: 3, right: 2 });
  });
});
