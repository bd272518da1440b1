/**
 * Read access to one sheet: display text per cell, merged areas resolved to their top-left cell.
 * Built once per sheet and reading: each row's texts are read from the grid once, compacted on first
 * use; the merge index costs the merged area, so reading stays linear in grid size.
 */
import { cellText, type CellRange, type CellRef, type GridCell, type GridSheet } from '../../grid';
import { compact } from './text';

/** Excel's column limit keeps the numeric cell key collision-free. */
const MAX_COLS = 16384;

/** A non-empty cell of a row: its display text, and that text compacted (read once, on first use). */
export class RowCell {
  private compacted: string | undefined;

  constructor(
    readonly col: number,
    readonly text: string,
  ) {}

  /** compact(text): NFKC, no whitespace, one kind of quote. */
  get compact(): string {
    this.compacted ??= compact(this.text);
    return this.compacted;
  }
}

const NO_CELLS: readonly RowCell[] = [];

export class SheetView {
  readonly name: string;
  readonly rowCount: number;
  private readonly mergeByCell = new Map<number, CellRange>();
  /** Each row's non-empty cells, read from the grid once: every reader of the table asks for them. */
  private readonly cellsByRow: Array<readonly RowCell[] | undefined>;
  private readonly textsByRow: Array<string[] | undefined>;

  constructor(readonly sheet: GridSheet) {
    this.name = sheet.name;
    this.rowCount = sheet.rows.length;
    this.cellsByRow = new Array(this.rowCount);
    this.textsByRow = new Array(this.rowCount);
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
    if (row < 0 || row >= this.rowCount) return '';
    return this.texts(row)[col] ?? '';
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
    for (const { col } of this.rowCells(row)) last = Math.max(last, this.mergeAt(row, col)?.right ?? col);
    return last;
  }

  /** Non-empty cells of a row, left to right. */
  rowCells(row: number): readonly RowCell[] {
    if (row < 0 || row >= this.rowCount) return NO_CELLS;
    let cells = this.cellsByRow[row];
    if (!cells) {
      const texts = this.texts(row);
      const out: RowCell[] = [];
      for (let c = 0; c < texts.length; c++) if (texts[c]) out.push(new RowCell(c, texts[c]));
      this.cellsByRow[row] = cells = out.length ? out : NO_CELLS;
    }
    return cells;
  }

  isBlank(row: number): boolean {
    return this.rowCells(row).length === 0;
  }

  ref(row: number, col: number): CellRef {
    return { sheet: this.name, row, col };
  }

  private texts(row: number): string[] {
    let texts = this.textsByRow[row];
    if (!texts) {
      texts = [];
      for (let c = 0; c < this.width(row); c++) texts.push(cellText(this.sheet, row, c));
      this.textsByRow[row] = texts;
    }
    return texts;
  }
}
