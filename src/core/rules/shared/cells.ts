/** Small helpers between table cells, exact amounts and report locations. */
import { ZERO, type Amount } from '../../amount';
import { refToA1, type CellRef } from '../../grid';
import type { AmountCell } from '../../tables/types';
import type { CellLocation } from '../../findings';

export function locate(ref: CellRef): CellLocation {
  return { sheet: ref.sheet, cell: refToA1(ref) };
}

/** "表3!C9", or "C9" when the cell is on the sheet named by `from`. */
export function address(ref: CellRef, from?: string): string {
  return ref.sheet === from ? refToA1(ref) : `${ref.sheet}!${refToA1(ref)}`;
}

/** Blank and dash cells count as zero, by convention of the disclosures. */
export function amountOf(cell: AmountCell | undefined): Amount {
  return cell?.amount ?? ZERO;
}
