/**
 * 由收入总表、支出总表生成收支总表: income lines from the 收入总表 合计 row, class lines from the 支出总表
 * 类 rows matched by name, then 本年收入/支出合计 and 收入/支出总计.
 */
import { SOURCE_KEYS, type BudgetTable, type TableRow } from '../../tables/types';
import { className, firstOf, lineRow, linesOf, totalRow } from '../../tables/query';
import { requireTables } from './require-tables';
import { FillWriter } from './write';
import type { FillCommand, FillMode, FillProposal } from './types';

/** 类 rows of a coded table by normalised class name. */
export function classRowsByName(table: BudgetTable): Map<string, TableRow> {
  return new Map(table.rows.filter((row) => row.code?.level === 1 && row.name).map((row) => [className(row.name!.text), row]));
}

/** expenditure side: each class line from the coded table, then 本年支出合计 and 支出总计. */
export function fillExpenditureSide(writer: FillWriter, lines: BudgetTable, coded: BudgetTable, columns: Array<{ line: 'total' | 'current' | 'general'; from: 'total' }>, notes: string[]): void {
  const byName = classRowsByName(coded);
  const classLines = linesOf(lines, 'expenditure', 'class');
  for (const line of classLines) {
    const source = byName.get(className(line.name?.text ?? ''));
    for (const { line: key, from } of columns) writer.set(line, key, source ? [{ row: source, key: from }] : []);
  }
  const named = new Set(classLines.map((line) => className(line.name?.text ?? '')));
  for (const [name, row] of byName) {
    if (!named.has(name)) notes.push(`${coded.sheet}「${row.code?.code} ${row.name?.text}」在${lines.sheet}中没有同名的支出类行，未能填入。`);
  }
  const total = lineRow(lines, 'expenditure', 'expenditure-total');
  const yearEnd = lineRow(lines, 'expenditure', 'year-end-carryover');
  const grand = lineRow(lines, 'expenditure', 'grand-total');
  const keys = [...new Set(lines.columns.filter((c) => c.side === 'expenditure').map((c) => c.key))].filter(
    (key): key is 'total' | 'current' | 'carryover' | 'general' | 'fund' | 'state-capital' => ['total', 'current', 'carryover', 'general', 'fund', 'state-capital'].includes(key),
  );
  for (const key of keys) {
    writer.set(
      total,
      key,
      classLines.map((row) => ({ row, key })),
    );
    if (total) writer.set(grand, key, [{ row: total, key }, ...(yearEnd ? [{ row: yearEnd, key }] : [])]);
  }
}

function buildSummary(summary: BudgetTable, income: BudgetTable | undefined, expenditure: BudgetTable | undefined, mode: FillMode): FillProposal {
  const writer = new FillWriter(mode);
  const notes: string[] = [];
  const incomeTotal = income && totalRow(income);
  if (incomeTotal) {
    for (const source of SOURCE_KEYS) {
      writer.set(lineRow(summary, 'income', 'source', source), 'amount', incomeTotal.values[source] ? [{ row: incomeTotal, key: source }] : []);
    }
    const carryover = lineRow(summary, 'income', 'carryover');
    writer.set(carryover, 'amount', incomeTotal.values.carryover ? [{ row: incomeTotal, key: 'carryover' }] : []);
    const thisYear = lineRow(summary, 'income', 'income-total');
    writer.set(
      thisYear,
      'amount',
      linesOf(summary, 'income', 'source').map((row) => ({ row, key: 'amount' as const })),
    );
    writer.set(
      lineRow(summary, 'income', 'grand-total'),
      'amount',
      [thisYear, carryover].flatMap((row) => (row ? [{ row, key: 'amount' as const }] : [])),
    );
  } else notes.push('未识别到收入总表，收入栏未填写。');
  if (expenditure) {
    const carriedOver = incomeTotal?.values.carryover?.amount;
    const columns: Array<{ line: 'total' | 'current'; from: 'total' }> = [{ line: 'total', from: 'total' }];
    if (!carriedOver || carriedOver.isZero()) columns.push({ line: 'current', from: 'total' });
    else notes.push('有上年结转，各类“当年预算安排”与“上年结转安排”需按类分别填写，只填了合计栏。');
    fillExpenditureSide(writer, summary, expenditure, columns, notes);
  } else notes.push('未识别到支出总表，支出栏未填写。');
  return { edits: writer.edits, notes };
}

export const buildSummaryTable: FillCommand = {
  id: 'fill/summary-from-tables',
  title: '生成收支总表',
  docs: '按收入总表合计行填收入各项，按支出总表各类（按名称对应）填支出各类，并计算本年合计与总计。',
  run({ reading, mode }) {
    const required = requireTables(reading.tables, ['summary']);
    if ('missing' in required) return required.missing;
    const { summary } = required.found;
    return buildSummary(summary, firstOf(reading.tables, 'income'), firstOf(reading.tables, 'expenditure'), mode);
  },
};
