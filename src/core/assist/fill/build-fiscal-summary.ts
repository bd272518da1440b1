/** 由一般公共预算支出表生成财政拨款收支总表（一般公共预算部分）. */
import { lineRow, linesOf, totalRow } from '../../tables/query';
import type { FillCommand } from './types';
import { FillWriter } from './write';
import { fillExpenditureSide } from './build-summary';
import { requireTables } from './require-tables';

const FISCAL_SOURCES = ['general', 'fund', 'state-capital'] as const;

export const buildFiscalSummary: FillCommand = {
  id: 'fill/fiscal-summary-from-general',
  title: '生成财政拨款收支总表',
  docs: '按一般公共预算支出表各类（按名称对应）填一般公共预算栏，小计 = 各资金栏之和，并计算本年合计与总计。',
  run({ reading, mode }) {
    const required = requireTables(reading.tables, ['fiscal-summary', 'general-expenditure']);
    if ('missing' in required) return required.missing;
    const { 'fiscal-summary': fiscal, 'general-expenditure': general } = required.found;
    const writer = new FillWriter(mode);
    const notes: string[] = [];
    fillExpenditureSide(writer, fiscal, general, [{ line: 'general', from: 'total' }], notes);
    for (const line of linesOf(fiscal, 'expenditure', 'class')) {
      writer.set(
        line,
        'total',
        FISCAL_SOURCES.filter((key) => line.values[key]).map((key) => ({ row: line, key })),
      );
    }
    const expenditureTotal = lineRow(fiscal, 'expenditure', 'expenditure-total');
    const grand = lineRow(fiscal, 'expenditure', 'grand-total');
    const yearEnd = lineRow(fiscal, 'expenditure', 'year-end-carryover');
    writer.set(
      expenditureTotal,
      'total',
      linesOf(fiscal, 'expenditure', 'class').map((row) => ({ row, key: 'total' as const })),
    );
    if (expenditureTotal) writer.set(grand, 'total', [{ row: expenditureTotal, key: 'total' as const }, ...(yearEnd ? [{ row: yearEnd, key: 'total' as const }] : [])]);
    const generalTotal = totalRow(general);
    if (generalTotal) writer.set(lineRow(fiscal, 'income', 'source', 'general'), 'amount', [{ row: generalTotal, key: 'total' }]);
    const incomeTotal = lineRow(fiscal, 'income', 'income-total');
    writer.set(
      incomeTotal,
      'amount',
      linesOf(fiscal, 'income', 'source').map((row) => ({ row, key: 'amount' as const })),
    );
    const carryover = fiscal.rows.find((row) => row.side === 'income' && row.line === 'carryover' && !row.source);
    writer.set(
      lineRow(fiscal, 'income', 'grand-total'),
      'amount',
      [incomeTotal, carryover].flatMap((row) => (row ? [{ row, key: 'amount' as const }] : [])),
    );
    return { edits: writer.edits, notes };
  },
};
