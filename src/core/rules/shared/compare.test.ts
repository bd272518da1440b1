import { runRule } from '../run';
import { buildTable, columnsFrom, contextOf, tsvTable } from '../testing/builder';
import type { CheckData, Diagnostic } from '../types';
import { compareAmounts, type Comparison } from './compare';
import { term } from './terms';

/** The finding of one comparison, made by a rule that does nothing else. */
function compared(data: CheckData, comparison: Comparison): Diagnostic | undefined {
  const [finding] = runRule({ id: 'test/rule', title: '测试', defaultSeverity: 'error', docs: '', check: (context) => compareAmounts(context, comparison) }, data);
  return finding;
}

const expenditure = (rows: string) => tsvTable('expenditure', '表3', ['total', 'basic', 'project'], rows);

describe('compareAmounts', () => {
  it('is silent when the identity holds exactly', () => {
    const table = expenditure('2010601\t行政运行\t938.70\t938.70\t');
    const [row] = table.rows;
    expect(compared(contextOf([]), { subject: 's', target: term(table, row, 'total')!, addends: [term(table, row, 'basic')!, term(table, row, 'project')!] })).toBeUndefined();
  });

  it('reports a difference inside the envelope as one 尾差 info without a fix', () => {
    const table = tsvTable('basic-economic', '表6', ['total', 'personnel', 'public'], '合计\t\t1345.76\t1205.59\t140.18');
    const [row] = table.rows;
    const d = compared(contextOf([]), { subject: '合计应等于人员经费 + 公用经费', target: term(table, row, 'total')!, addends: [term(table, row, 'personnel')!, term(table, row, 'public')!] })!;
    expect(d).toMatchObject({ severity: 'info', sheet: '表6', cell: 'C5', expected: '1345.77', actual: '1345.76' });
    expect(d.message).toMatch(/^尾差/);
    expect(d.message).toContain('人员经费（D5）1205.59 + 公用经费（E5）140.18');
    expect(d.fix).toBeUndefined();
  });

  it('records every identity it compares, holding or not, with its status and envelope', () => {
    const table = expenditure('2010601\t行政运行\t938.70\t938.70\t\n2010602\t一般行政管理事务\t5.00\t4.00\t');
    const context = contextOf([table]);
    for (const row of table.rows) compared(context, { subject: 's', target: term(table, row, 'total')!, addends: [term(table, row, 'basic')!, term(table, row, 'project')!] });
    expect(context.identities.map((i) => `${i.status} ${i.envelope.toString()}`)).toEqual(['holds 0.01', 'fails 0.01']);
  });

  it('gives a whole-元 table half a 元 per addend: a 1 元 residue of two addends is a 尾差', () => {
    const table = tsvTable('expenditure', '表3', ['total', 'basic', 'project'], '2080505\t养老保险\t767580\t767579\t0', { unit: '元' });
    const [row] = table.rows;
    const d = compared(contextOf([table]), { subject: 's', target: term(table, row, 'total')!, addends: [term(table, row, 'basic')!, term(table, row, 'project')!] })!;
    expect(d.severity).toBe('info');
  });

  it('reports a larger difference with both values, the difference and a value fix', () => {
    const table = expenditure('2010601\t行政运行\t939.70\t938.70\t');
    const [row] = table.rows;
    const d = compared(contextOf([]), { subject: '合计应等于基本支出 + 项目支出', target: term(table, row, 'total')!, addends: [term(table, row, 'basic')!, term(table, row, 'project')!] })!;
    expect(d).toMatchObject({
      severity: 'error',
      cell: 'C5',
      expected: '938.70',
      actual: '939.70',
      related: [
        { sheet: '表3', cell: 'D5' },
        { sheet: '表3', cell: 'E5' },
      ],
    });
    expect(d.message).toContain('多 1.00万元');
    expect(d.fix!.edits).toEqual([{ sheet: '表3', cell: 'C5', value: 938.7 }]);
  });

  it('proposes a SUM formula when the total already holds a formula', () => {
    const table = expenditure('20106\t财政事务\t2134.00\t\t\n2010601\t行政运行\t938.70\t\t\n2010605\t财政国库业务\t6.00\t\t\n2010607\t信息化建设\t1189.49\t\t');
    const total = table.rows[0];
    total.values.total = { ...total.values.total!, formula: '=SUM(C6:C8)' };
    const d = compared(contextOf([]), { subject: 's', target: term(table, total, 'total')!, addends: table.rows.slice(1).map((r) => term(table, r, 'total')!) })!;
    expect(d.fix!.edits).toEqual([{ sheet: '表3', cell: 'C5', formula: '=SUM(C6:C8)' }]);
  });

  it('converts 元 to 万元 exactly; a 万元 cell is a rounding of the 元 figure it repeats', () => {
    const wan = buildTable({ kind: 'project', sheet: '表12', title: 't', columns: columnsFrom(['total']), rows: [{ role: 'project', name: 'p', values: { total: '759.10' } }] });
    const yuan = (total: string) =>
      buildTable({ kind: 'performance-target', sheet: '绩效', title: 't', unit: '元', columns: columnsFrom(['total']), rows: [{ role: 'item', name: 'p', values: { total } }] });
    const target = term(wan, wan.rows[0], 'total')!;
    const against = (total: string) => {
      const table = yuan(total);
      return compared(contextOf([]), { subject: 's', target, addends: [term(table, table.rows[0], 'total')!] });
    };
    expect(against('7591000')).toBeUndefined();
    // 7,590,971 元 = 759.0971 万元, shown as 759.10: a 尾差 of 29 元.
    expect(against('7590971')).toMatchObject({ severity: 'info', message: expect.stringContaining('相差 29.00元') });
    expect(against('7580971')).toMatchObject({ severity: 'error', expected: '758.10' });
  });
});
