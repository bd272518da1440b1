/** Turning computed amounts into cell edits: values at the table's precision, or formulas over addends. */
import { ZERO, formatAmount, roundingEnvelope, type Amount } from '../../amount';
import { refToA1, sumFormula, type CellRef } from '../../grid';
import type { CellEdit } from '../../findings';
import type { AmountCell, ColumnKey, TableRow } from '../../tables/types';
import type { FillMode } from './types';

function location(ref: CellRef): Pick<CellEdit, 'sheet' | 'cell'> {
  return { sheet: ref.sheet, cell: refToA1(ref) };
}

/**
 * The edit that makes `target` hold `value` (or the formula over `addends`), or nothing when it already does.
 * Blank means zero in the disclosures, so a zero is not written into a blank cell; a printed value within
 * the rounding envelope of the sum is the preparer's rounding and is kept.
 */
export function amountEdit(target: AmountCell, value: Amount, addends: CellRef[], mode: FillMode): CellEdit | undefined {
  if (mode === 'formula' && addends.length > 0) {
    const formula = sumFormula(
      target.ref,
      addends.map((ref) => ({ ref, sign: 1 as const })),
    );
    return target.formula === formula ? undefined : { ...location(target.ref), formula };
  }
  return keepsPrinted(target, value, addends.length) ? undefined : { ...location(target.ref), value: Number(formatAmount(value)) };
}

function keepsPrinted(target: AmountCell, value: Amount, addends: number): boolean {
  const current = target.amount;
  if (!current) return value.isZero();
  return current
    .minus(value)
    .abs()
    .lte(roundingEnvelope(Math.max(addends, 1)));
}

export function textEdit(ref: CellRef, text: string): CellEdit {
  return { ...location(ref), value: text };
}

/**
 * Collects edits while computing amounts in dependency order: later sums see the values computed
 * earlier (a stripped subtotal counts as its recomputed value, not as blank).
 */
export class FillWriter {
  readonly edits: CellEdit[] = [];
  private computed = new Map<TableRow, Map<ColumnKey, Amount>>();

  constructor(private readonly mode: FillMode) {}

  value(row: TableRow, key: ColumnKey): Amount {
    return this.computed.get(row)?.get(key) ?? row.values[key]?.amount ?? ZERO;
  }

  /** row[key] = Σ sources[i][key_i]; the target keeps its formula-or-value choice per `mode`. */
  set(row: TableRow | undefined, key: ColumnKey, sources: Array<{ row: TableRow; key: ColumnKey }>): void {
    const target = row?.values[key];
    if (!row || !target || target.problem) return;
    const present = sources.filter((s) => s.row.values[s.key]);
    const sum = present.reduce((acc, s) => acc.plus(this.value(s.row, s.key)), ZERO);
    const edit = amountEdit(
      target,
      sum,
      present.map((s) => s.row.values[s.key]!.ref),
      this.mode,
    );
    if (!edit) return;
    this.computed.set(row, (this.computed.get(row) ?? new Map()).set(key, sum));
    this.edits.push(edit);
  }
}
