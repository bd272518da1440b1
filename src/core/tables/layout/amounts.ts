/** Cell → AmountCell: exact decimal, blank/dash as empty, error values and stray text flagged. */
import { parseCellAmount } from '../../amount';
import type { AmountCell } from '../types';
import type { SheetView } from './sheet-view';

export function readAmountCell(view: SheetView, row: number, col: number): AmountCell {
  const ref = view.ref(row, col);
  const cell = view.cell(row, col);
  const raw = cell?.v ?? null;
  const formula = cell?.f ? { formula: cell.f } : {};
  const parsed = parseCellAmount(cell);
  if (!parsed.problem) return { ref, amount: parsed.amount, ...(parsed.fixed ? { fixed: parsed.fixed } : {}), raw, ...formula };
  return { ref, amount: null, raw, ...formula, problem: { kind: parsed.problem, text: view.text(row, col) } };
}
