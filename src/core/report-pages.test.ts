import type { CellSource, GridSheet } from './grid';
import type { Report } from './report';
import { addPages, pageOf } from './report-pages';

const at = (page: number): CellSource => ({ page, x: 0, y: 0, w: 10, h: 10 });

/** A table printed over pages 4 and 5: row 3 is an empty form row, C2 an empty cell. */
const sheet: GridSheet = {
  name: '收入预算总表',
  rows: [
    [{ v: '2026年部门收入预算总表', src: at(4) }],
    [
      { v: '201', src: at(4) },
      { v: '一般公共服务支出', src: at(4) },
    ],
    [],
    [{ v: '合计', src: at(5) }, null, { v: 300, src: at(5) }],
  ],
  merges: [],
};

describe('pageOf', () => {
  it('is the page of the cell, or of the nearest cell of its row, or of the rows above', () => {
    expect(pageOf(sheet, 'A4')).toBe(5);
    expect(pageOf(sheet, 'C2')).toBe(4);
    expect(pageOf(sheet, 'B4')).toBe(5);
    expect(pageOf(sheet, 'D3')).toBe(4);
    expect(pageOf(sheet, 'C4:C9')).toBe(5);
  });

  it('is unknown for a grid that was not read from a PDF, and for a bad address', () => {
    expect(pageOf({ name: '表1', rows: [[{ v: 1 }]], merges: [] }, 'A1')).toBeUndefined();
    expect(pageOf(sheet, '合计')).toBeUndefined();
  });
});

describe('addPages', () => {
  const report: Report = {
    file: 'x.pdf',
    catalogs: [],
    sheets: ['收入预算总表'],
    tables: [],
    purchases: [],
    diagnostics: [
      {
        rule: 'income/row-sum',
        severity: 'error',
        message: '合计不符。',
        sheet: '收入预算总表',
        cell: 'C4',
        related: [{ sheet: '收入预算总表', cell: 'B2' }],
        explains: [{ rule: 'income/row-sum', subject: '合计应等于各列之和', sheet: '收入预算总表', cell: 'A2' }],
      },
      { rule: 'meta/required-tables', severity: 'error', message: '缺少“三公”经费表。' },
      { rule: 'x', severity: 'info', message: '别的工作表。', sheet: '说明', cell: 'A1' },
    ],
    summary: { error: 2, warning: 0, info: 1 },
  };

  it('adds the page to findings, their related and explained cells, and nothing where no page is known', () => {
    const paged = addPages(report, { sheets: [sheet] });
    expect(paged.diagnostics[0]).toMatchObject({
      page: 5,
      related: [{ sheet: '收入预算总表', cell: 'B2', page: 4 }],
      explains: [{ subject: '合计应等于各列之和', cell: 'A2', page: 4 }],
    });
    expect(paged.diagnostics[1]).toEqual(report.diagnostics[1]);
    expect(paged.diagnostics[2]).toEqual(report.diagnostics[2]);
    expect(paged.summary).toEqual(report.summary);
  });
});
