/**
 * Read access to one sheet: display text per cell, merged areas resolved to their top-left cell.
 * Built once per sheet; the merge index costs the merged area, so reading stays linear in grid size.
 */
import { cellText, type CellRange, type CellRef, type GridCell, type GridSheet } from '../../grid';

/** Excel's column limit keeps the numeric cell key collision-free. */
const MAX_COLS = 16384;

export class SheetView {
  readonly name: string;
  readonly rowCount: number;
  private readonly mergeByCell = new Map<number, CellRange>();

  constructor(readonly sheet: GridSheet) {
    this.name = sheet.name;
    this.rowCount = sheet.rows.length;
    for (const range of sheet.merges) {
      for (let r = range.top; r <= range.bottom; r++) {
        for (let c = range.left; c <= range.right; c++) this.mergeByCell.set(r * MAX_COLS + c, range);
      }
    }
  }

  width(row: number): number {
    return this.sheet.rows[row]?.length ?? 0;
  }

  cell(row: number, col: number): GridCell | undefined {
    return this.sheet.rows[row]?.[col] ?? undefined;
  }

  /** Trimmed display text; '' for empty cells and for cells hidden under a merge. */
  text(row: number, col: number): string {
    return cellText(this.sheet, row, col);
  }

  /** Text of the merged area covering the cell (its top-left cell), else the cell's own text. */
  areaText(row: number, col: number): string {
    const area = this.mergeAt(row, col);
    return area ? this.text(area.top, area.left) : this.text(row, col);
  }

  mergeAt(row: number, col: number): CellRange | undefined {
    return this.mergeByCell.get(row * MAX_COLS + col);
  }

  /** Right-most column a row's content reaches, merged areas included; -1 for an empty row. */
  lastColumn(row: number): number {
    let last = -1;
    for (let c = 0; c < this.width(row); c++) {
      if (this.text(row, c) === '') continue;
      last = Math.max(last, this.mergeAt(row, c)?.right ?? c);
    }
    return last;
  }

  /** Non-empty cells of a row, left to right. */
  rowCells(row: number): Array<{ col: number; text: string }> {
    const out: Array<{ col: number; text: string }> = [];
    for (let c = 0; c < this.width(row); c++) {
      const text = this.text(row, c);
      if (text) out.push({ col: c, text });
    }
    return out;
  }

  isBlank(row: number): boolean {
    for (let c = 0; c < this.width(row); c++) if (this.text(row, c) !== '') return false;
    return true;
  }

  ref(row: number, col: number): CellRef {
    return { sheet: this.name, row, col };
  }
}
