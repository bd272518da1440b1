/** Turning computed amounts into cell edits: values at the table's precision, or formulas over addends. */
import { ZERO, formatAmount, roundingEnvelope, type Amount } from '../../amount';
import { refToA1, type CellRef } from '../../grid';
import type { CellEdit } from '../../rules/types';
import type { AmountCell, ColumnKey, TableRow } from '../../tables/types';
import type { FillMode } from './types';

/** A reference as a formula writes it from `fromSheet`: "C7" on the same sheet, "'表3'!C7" elsewhere. */
export function formulaReference(ref: CellRef, fromSheet: string): string {
  const a1 = refToA1(ref);
  return ref.sheet === fromSheet ? a1 : `'${ref.sheet.replace(/'/g, "''")}'!${a1}`;
}

/** "=SUM(C7:C9)" for a contiguous run in one column of the same sheet, else "=C7+C9+'表3'!D5". */
export function sumFormula(target: CellRef, addends: CellRef[]): string {
  if (addends.length === 0) return '=0';
  const sameSheet = addends.every((r) => r.sheet === target.sheet);
  const sameColumn = addends.every((r) => r.col === addends[0].col);
  const rows = addends.map((r) => r.row).sort((a, b) => a - b);
  const contiguous = rows.every((row, i) => i === 0 || row === rows[i - 1] + 1);
  if (addends.length > 1 && sameSheet && sameColumn && contiguous) {
    const col = addends[0].col;
    return `=SUM(${refToA1({ row: rows[0], col })}:${refToA1({ row: rows[rows.length - 1], col })})`;
  }
  return `=${addends.map((r) => formulaReference(r, target.sheet)).join('+')}`;
}

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
    const formula = sumFormula(target.ref, addends);
    return target.formula === formula ? undefined : { ...location(target.ref), formula };
  }
  return keepsPrinted(target, value, addends.length) ? undefined : { ...location(target.ref), value: Number(formatAmount(value)) };
}

function keepsPrinted(target: AmountCell, value: Amount, addends: number): boolean {
  const current = target.amount;
  if (!current) return value.isZero();
  return current.minus(value).abs().lte(roundingEnvelope(Math.max(addends, 1)));
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
    const edit = amountEdit(target, sum, present.map((s) => s.row.values[s.key]!.ref), this.mode);
    if (!edit) return;
    this.computed.set(row, (this.computed.get(row) ?? new Map()).set(key, sum));
    this.edits.push(edit);
  }
}
