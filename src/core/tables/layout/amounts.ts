/** Cell → AmountCell: exact decimal, blank/dash as empty, error values and stray text flagged. */
import { parseCellAmount } from '../../amount';
import type { AmountCell } from '../types';
import type { SheetView } from './sheet-view';

export function readAmountCell(view: SheetView, row: number, col: number): AmountCell {
  const ref = view.ref(row, col);
  const cell = view.cell(row, col);
  const parsed = parseCellAmount(cell);
  const raw = cell?.v ?? null;
  const out: AmountCell = parsed.problem ? { ref, amount: null, raw } : parsed.fixed ? { ref, amount: parsed.amount, fixed: parsed.fixed, raw } : { ref, amount: parsed.amount, raw };
  if (cell?.f) out.formula = cell.f;
  if (parsed.problem) out.problem = { kind: parsed.problem, text: view.text(row, col) };
  return out;
}
