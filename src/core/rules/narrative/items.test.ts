/** Listed 类/款/项 items against the 财政拨款 tables. */
import { check } from '../../engine';
import { gridFromRows, type CellValue, type Grid } from '../../grid';

const _ = null;

function coded(title: string, rows: CellValue[][]): CellValue[][] {
  return [[title], ['编制部门：某局', _, _, _, '单位：万元'], ['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ...rows];
}

function workbook(sentence: string): Grid {
  return {
    sheets: [
      gridFromRows(
        '表5',
        coded('2026年部门一般公共预算支出功能分类预算表', [
          ['合计', _, 100, 100, _],
          ['212', '城乡社区支出', 100, 100, _],
          ['21201', '城乡社区管理事务', 100, 100, _],
          ['2120101', '行政运行', 100, 100, _],
        ]),
      ),
      gridFromRows(
        '表6',
        coded('2026年部门政府性基金预算支出功能分类预算表', [
          ['合计', _, 50, _, 50],
          ['212', '城乡社区支出', 50, _, 50],
          ['21201', '城乡社区管理事务', 50, _, 50],
          ['2120101', '行政运行', 50, _, 50],
        ]),
      ),
      gridFromRows('说明', [['2026年部门预算编制说明'], ['财政拨款支出主要内容如下：'], [sentence]]),
    ],
  };
}

const itemFindings = (sentence: string) => check(workbook(sentence)).diagnostics.filter((d) => d.rule === 'narrative/items' && d.severity !== 'info');

describe('narrative/items', () => {
  it('adds an item’s rows across the 一般公共预算 and 政府性基金 tables', () => {
    expect(itemFindings('1.“城乡社区支出（类）城乡社区管理事务（款）行政运行（项）”150.00万元，主要用于行政运行。')).toEqual([]);
  });

  it('reports an amount that is only the 一般公共预算 part', () => {
    const [finding] = itemFindings('1.“城乡社区支出（类）城乡社区管理事务（款）行政运行（项）”100.00万元，主要用于行政运行。');
    expect(finding).toMatchObject({ sheet: '说明', cell: 'A3', expected: '150.00', actual: '100.00' });
    expect(finding.fix?.kind).toBe('suggestion');
  });

  it('reports a 款 name that is not the table’s, the row still found by the other names', () => {
    const found = itemFindings('1.“城乡社区支出（类）城乡社区管理（款）行政运行（项）”150.00万元。');
    expect(found.map((d) => [d.expected, d.actual])).toEqual([['城乡社区管理事务', '城乡社区管理']]);
  });
});
