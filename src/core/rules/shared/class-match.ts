/**
 * Two-sided tables list the 30 类 by name only: their class lines are matched BY NAME with the 类 rows
 * of a coded table, and their 本年支出合计 with the coded table's 合计 row. A line and a 类 row left
 * without a partner are paired when nothing else can be meant (the only two left, or the only two
 * with that amount): the names differ (an old class name, a typing slip) and the amounts are compared.
 */
import { formatAmount } from '../../amount';
import type { AmountCell, BudgetTable, ColumnKey, TableRow } from '../../tables/types';
import type { RuleContext } from '../types';
import { amountOf } from './cells';
import { groupBy } from './group-by';
import { setCell } from './fixes';
import { compareAmounts } from './compare';
import { TABLE_LABEL, rowLabel } from '../../tables/labels';
import { byRow, byTable, term } from './terms';
import { className, linesOf, totalRow, yearTotalLine } from '../../tables/query';

export interface ClassMatchSide {
  table: BudgetTable;
  key: ColumnKey;
}

export function matchClasses(context: RuleContext, lines: ClassMatchSide, coded: ClassMatchSide): void {
  const classRows = coded.table.rows.filter((row) => row.code?.level === 1 || (row.role === 'class' && !row.side));
  // A table listed by unit has no 类 to match: only the totals are compared.
  if (classRows.length > 0 || !coded.table.rows.some((row) => row.role === 'unit')) matchClassLines(context, lines, coded, classRows);
  matchTotals(context, lines, coded);
}

function matchClassLines(context: RuleContext, lines: ClassMatchSide, coded: ClassMatchSide, classRows: TableRow[]): void {
  const byName = new Map(classRows.map((row) => [className(row.name?.text ?? ''), row]));
  const classLines = linesOf(lines.table, 'expenditure', 'class').filter((line) => line.values[lines.key]);
  const pairs = new Map<TableRow, TableRow>();
  for (const line of classLines) {
    const other = byName.get(className(line.name?.text ?? ''));
    if (other) pairs.set(line, other);
  }
  // A line printed with no amount is the template's list of classes, not a class this budget spends on.
  const renamed = pairUnmatched(
    classLines.filter((line) => !pairs.has(line) && !amountOf(line.values[lines.key]).isZero()),
    classRows.filter((row) => ![...pairs.values()].includes(row) && row.values[coded.key]),
    (line) => distinctiveAmount(line.values[lines.key]),
    (row) => distinctiveAmount(row.values[coded.key]),
  );
  for (const [line, row] of renamed) {
    pairs.set(line, row);
    reportNameMismatch(context, lines.table, line, coded.table, row);
  }
  for (const line of classLines) {
    const target = term(lines.table, line, lines.key, 1, byRow);
    const other = pairs.get(line);
    if (!target) continue;
    if (!other) {
      if (!amountOf(target.cell).isZero()) {
        context.report({
          at: target.cell.ref,
          table: lines.table,
          message: `${TABLE_LABEL[lines.table.kind]}「${className(line.name?.text ?? '')}」为 ${formatAmount(amountOf(target.cell))}，但${TABLE_LABEL[coded.table.kind]}（${coded.table.sheet}）没有这一类。`,
        });
      }
      continue;
    }
    const addend = term(coded.table, other, coded.key, 1, byTable);
    if (addend)
      compareAmounts(context, { table: lines.table.kind, subject: () => `「${className(line.name?.text ?? '')}」应等于${TABLE_LABEL[coded.table.kind]}同名类的金额`, target, addends: [addend] });
  }
  const paired = new Set(pairs.values());
  for (const row of classRows) {
    const cell = row.values[coded.key];
    if (paired.has(row) || !cell || amountOf(cell).isZero()) continue;
    context.report({
      at: cell.ref,
      table: coded.table,
      message: `${TABLE_LABEL[coded.table.kind]}「${rowLabel(row)}」为 ${formatAmount(amountOf(cell))}，但${TABLE_LABEL[lines.table.kind]}（${lines.table.sheet}）没有同名的支出类。`,
    });
  }
}

function matchTotals(context: RuleContext, lines: ClassMatchSide, coded: ClassMatchSide): void {
  const total = yearTotalLine(lines.table, 'expenditure');
  const codedTotal = totalRow(coded.table);
  if (total && codedTotal) {
    const target = term(lines.table, total, lines.key, 1, byRow);
    const addend = term(coded.table, codedTotal, coded.key, 1, byTable);
    if (target && addend) compareAmounts(context, { table: lines.table.kind, subject: `本年支出合计应等于${TABLE_LABEL[coded.table.kind]}合计`, target, addends: [addend] });
  }
}

/** An amount that can tell a line apart; a blank or zero one cannot (any empty class shares it). */
function distinctiveAmount(cell: AmountCell | undefined): string | undefined {
  const amount = amountOf(cell);
  return amount.isZero() ? undefined : amount.toString();
}

/** The one pairing left: the last line with the last row, or lines and rows whose non-zero amount no other shares. */
function pairUnmatched(lines: TableRow[], rows: TableRow[], lineKey: (row: TableRow) => string | undefined, rowKey: (row: TableRow) => string | undefined): Array<[TableRow, TableRow]> {
  if (lines.length === 1 && rows.length === 1) return [[lines[0], rows[0]]];
  if (lines.length === 0 || rows.length === 0) return [];
  const linesBy = groupBy(lines, lineKey);
  const rowsBy = groupBy(rows, rowKey);
  return lines.flatMap((line): Array<[TableRow, TableRow]> => {
    const value = lineKey(line);
    if (value === undefined) return [];
    const sameRows = rowsBy.get(value) ?? [];
    return linesBy.get(value)!.length === 1 && sameRows.length === 1 ? [[line, sameRows[0]]] : [];
  });
}

/** A class line whose name is not the name of the 类 it stands for. */
function reportNameMismatch(context: RuleContext, linesTable: BudgetTable, line: TableRow, codedTable: BudgetTable, row: TableRow): void {
  if (!line.name || !row.name) return;
  const right = className(row.name.text);
  const written = className(line.name.text);
  context.report({
    at: line.name.ref,
    severity: 'warning',
    table: linesTable,
    message: `${TABLE_LABEL[linesTable.kind]}的支出类写作「${written}」，${TABLE_LABEL[codedTable.kind]}（${codedTable.sheet}）中与之对应的类是「${row.code ? `${row.code.code} ` : ''}${right}」：同一类的名称应一致（旧称或笔误）。`,
    related: [row.name.ref],
    expected: right,
    actual: written,
    fix: line.name.text.includes(written) ? setCell(line.name.ref, line.name.text.replace(written, right), `将「${written}」改为「${right}」`) : undefined,
  });
}
