import { formatAmount } from '../../amount';
/**
 * Two-sided tables list the 30 类 by name only: their class lines are matched BY NAME with the 类 rows
 * of a coded table, and their 本年支出合计 with the coded table's 合计 row.
 */
import type { BudgetTable, ColumnKey } from '../../tables/types';
import type { Diagnostic, Rule } from '../types';
import { amountOf, locate } from './cells';
import { compareAmounts } from './compare';
import { TABLE_LABEL, rowLabel } from './labels';
import { className, defined, foreignLabel, linesOf, term, totalRow } from './tables';
import { yearTotalLine } from './two-sided';

export interface ClassMatchSide {
  table: BudgetTable;
  key: ColumnKey;
}

export function matchClasses(rule: Rule, lines: ClassMatchSide, coded: ClassMatchSide): Diagnostic[] {
  const classRows = coded.table.rows.filter((row) => row.code?.level === 1 || (row.role === 'class' && !row.side));
  const byName = new Map(classRows.map((row) => [className(row.name?.text ?? ''), row]));
  const matched = new Set<string>();
  const findings: Array<Diagnostic | undefined> = linesOf(lines.table, 'expenditure', 'class').map((line) => {
    const name = className(line.name?.text ?? '');
    const target = term(lines.table, line, lines.key, 1, rowLabel(line));
    if (!target) return undefined;
    const other = byName.get(name);
    if (!other) {
      if (amountOf(target.cell).isZero()) return undefined;
      return {
        rule: rule.id,
        severity: rule.defaultSeverity,
        message: `${TABLE_LABEL[lines.table.kind]}「${name}」为 ${formatAmount(amountOf(target.cell))}，但${TABLE_LABEL[coded.table.kind]}（${coded.table.sheet}）没有这一类。`,
        ...locate(target.cell.ref),
        table: lines.table.kind,
      };
    }
    matched.add(name);
    const addend = term(coded.table, other, coded.key, 1, foreignLabel(coded.table, other, coded.key));
    if (!addend) return undefined;
    return compareAmounts({ rule, table: lines.table.kind, subject: `「${name}」应等于${TABLE_LABEL[coded.table.kind]}同名类的金额`, target, addends: [addend] });
  });
  for (const row of classRows) {
    const name = className(row.name?.text ?? '');
    const cell = row.values[coded.key];
    if (matched.has(name) || !cell || amountOf(cell).isZero()) continue;
    findings.push({
      rule: rule.id,
      severity: rule.defaultSeverity,
      message: `${TABLE_LABEL[coded.table.kind]}「${rowLabel(row)}」为 ${formatAmount(amountOf(cell))}，但${TABLE_LABEL[lines.table.kind]}（${lines.table.sheet}）没有同名的支出类。`,
      ...locate(cell.ref),
      table: coded.table.kind,
    });
  }
  const total = yearTotalLine(lines.table, 'expenditure');
  const codedTotal = totalRow(coded.table);
  if (total && codedTotal) {
    const target = term(lines.table, total, lines.key, 1, rowLabel(total));
    const addend = term(coded.table, codedTotal, coded.key, 1, foreignLabel(coded.table, codedTotal, coded.key));
    if (target && addend) findings.push(compareAmounts({ rule, table: lines.table.kind, subject: `本年支出合计应等于${TABLE_LABEL[coded.table.kind]}合计`, target, addends: [addend] }));
  }
  return defined(findings);
}
