import type { GridSheet } from '../core/grid';
import { displayText, highlightCounts, highlightedCells, isCovered, layoutSheet, spanAt, describeSelection } from './grid-model';

const sheet: GridSheet = {
  name: '表1',
  rows: [[{ v: '2026年预算收支总表' }], [{ v: '项目' }, { v: '金额' }], [{ v: '合计' }, { v: 1234.5, nf: '#,##0.00', t: '1,234.50' }]],
  merges: [
    { top: 0, left: 0, bottom: 0, right: 3 },
    { top: 1, left: 2, bottom: 4, right: 2 },
  ],
};

describe('layoutSheet', () => {
  it('sizes the sheet to cells and merges plus a margin, and records spans and covered cells', () => {
    const layout = layoutSheet(sheet);
    expect(layout.rowCount).toBe(7);
    expect(layout.colCount).toBe(6);
    expect(spanAt(layout, 0, 0, 5)).toEqual({ rowSpan: 1, colSpan: 4 });
    expect(isCovered(layout, 0, 3)).toBe(true);
    expect(isCovered(layout, 0, 0)).toBe(false);
    expect(isCovered(layout, 4, 2)).toBe(true);
  });

  it('cuts a merge to the rows drawn', () => {
    expect(spanAt(layoutSheet(sheet), 1, 2, 3)).toEqual({ rowSpan: 2, colSpan: 1 });
  });
});

describe('display text', () => {
  it('prefers host text, then errors, then formulas without a value', () => {
    expect(displayText({ v: 1, t: '1.00' })).toBe('1.00');
    expect(displayText({ v: 380.16 })).toBe('380.16');
    expect(displayText({ v: true })).toBe('TRUE');
    expect(displayText({ v: null, err: '#REF!' })).toBe('#REF!');
    expect(displayText({ v: null, f: '=SUM(B2:B3)' })).toBe('=SUM(B2:B3)');
    expect(displayText(undefined)).toBe('');
    expect(describeSelection({ sheets: [sheet] }, { sheet: '表1', cell: 'B3' })).toBe('选中 表1!B3：1,234.50');
    const withFormula = { ...sheet, rows: [[{ v: 3, f: '=1+2' }]] };
    expect(describeSelection({ sheets: [withFormula] }, { sheet: '表1', cell: 'A1' })).toBe('选中 表1!A1：3（公式 =1+2）');
  });
});

describe('highlights', () => {
  const highlights = [
    { sheet: '表1', cell: 'B2:B3', severity: 'info' as const },
    { sheet: '表1', cell: 'B3', severity: 'error' as const },
    { sheet: '表2', cell: 'A1', severity: 'warning' as const },
  ];

  it('marks every cell of a range with its most severe finding, and says every finding there in words', () => {
    const withMessages = [...highlights, { sheet: '表1', cell: 'B3', severity: 'warning' as const, message: '没有注明金额单位。' }];
    expect([...highlightedCells(withMessages, '表1')]).toEqual([
      ['B2', { severity: 'info', findings: ['提示'] }],
      ['B3', { severity: 'error', findings: ['错误', '警告：没有注明金额单位。', '提示'] }],
    ]);
  });

  it('puts the finding of the selected cell in the status line, severity in words', () => {
    const mark = { severity: 'error' as const, findings: ['错误：合计不等于各项之和。', '提示：尾差'] };
    expect(describeSelection({ sheets: [sheet] }, { sheet: '表1', cell: 'B3' }, mark)).toBe('选中 表1!B3：1,234.50 · 错误：合计不等于各项之和。（另有 1 条）');
    const paragraph = { ...sheet, rows: [[{ v: `政府购买服务情况：${'经费'.repeat(40)}` }]] };
    expect(describeSelection({ sheets: [paragraph] }, { sheet: '表1', cell: 'A1' })).toBe(`选中 表1!A1：政府购买服务情况：${'经费'.repeat(15)}经…`);
  });

  it('counts highlights per sheet with the most severe one', () => {
    expect(highlightCounts(highlights)).toEqual(
      new Map([
        ['表1', { count: 2, severity: 'error' }],
        ['表2', { count: 1, severity: 'warning' }],
      ]),
    );
  });
});
