/** Formulas the product writes: sums over cells, referenced from the target's sheet. */
import { refToA1 } from './address';
import type { CellRef } from './types';

export interface FormulaTerm {
  ref: CellRef;
  sign: 1 | -1;
}

/** A reference as a formula on `fromSheet` writes it: "C7" on the same sheet, "'表3'!C7" elsewhere. */
export function formulaReference(ref: CellRef, fromSheet: string): string {
  const a1 = refToA1(ref);
  return ref.sheet === fromSheet ? a1 : `'${ref.sheet.replace(/'/g, "''")}'!${a1}`;
}

/** "=SUM(C7:C9)" for a contiguous run of added cells in one column of the target's sheet, else "=C7+C9-'表3'!D5". */
export function sumFormula(target: CellRef, terms: FormulaTerm[]): string {
  if (terms.length === 0) return '=0';
  const refs = terms.map((t) => t.ref);
  const rows = refs.map((r) => r.row).sort((a, b) => a - b);
  const runsDown = terms.length > 1 && terms.every((t) => t.sign === 1 && t.ref.sheet === target.sheet && t.ref.col === refs[0].col) && rows.every((row, i) => i === 0 || row === rows[i - 1] + 1);
  if (runsDown) {
    const col = refs[0].col;
    return `=SUM(${refToA1({ row: rows[0], col })}:${refToA1({ row: rows[rows.length - 1], col })})`;
  }
  return `=${terms.map((t, i) => `${t.sign < 0 ? '-' : i > 0 ? '+' : ''}${formulaReference(t.ref, target.sheet)}`).join('')}`;
}
