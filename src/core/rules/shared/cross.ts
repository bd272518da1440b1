/** Comparisons between cells of different tables. */
import type { BudgetTable, ColumnKey, TableRow } from '../../tables/types';
import type { RuleContext } from '../types';
import { compareAmounts, type Comparison } from './compare';
import { byTable, defined, term } from './terms';

export interface CellSide {
  table: BudgetTable;
  row: TableRow | undefined;
  key: ColumnKey;
}

/** target = Σ addends across tables (or ≤, with relation 'at-most'); nothing when a side is missing. */
export function compareAcross(
  context: RuleContext,
  subject: string,
  target: CellSide,
  addends: CellSide[],
  { fixable = true, relation, describe }: Pick<Comparison, 'fixable' | 'relation' | 'describe'> = {},
): void {
  if (!target.row) return;
  const targetTerm = term(target.table, target.row, target.key);
  const terms = defined(addends.map((side) => (side.row ? term(side.table, side.row, side.key, 1, byTable) : undefined)));
  if (!targetTerm || terms.length === 0) return;
  compareAmounts(context, { table: target.table.kind, subject, target: targetTerm, addends: terms, fixable, ...(relation ? { relation } : {}), ...(describe ? { describe } : {}) });
}

export function pairs<A, B>(left: A[], right: B[]): Array<[A, B]> {
  return left.flatMap((a) => right.map((b): [A, B] => [a, b]));
}
