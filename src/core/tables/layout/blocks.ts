/** One pass over a sheet: title cells found, each table block running to the next title. */
import type { TableKind } from '../types';
import type { TableBlock } from './block';
import type { SheetView } from './sheet-view';
import { compact, hasOrdinal } from './text';
import { looksLikeContentsEntry, stripTableNumber, titlePart, titleShaped } from './title';

/** Cells longer than this are prose, not titles; checked before any pattern runs. */
const MAX_TITLE_CELL = 80;
/** Every title ends in 表, maybe followed by brackets, leader dots or a page number: a cheap first filter. */
const ENDS_LIKE_TITLE = /表\s*(?:[(（][^)）]*[)）]\s*)*[\d.…·\s]*$/;

export function findBlocks(view: SheetView, kindOfTitle: (title: string) => TableKind | undefined): TableBlock[] {
  const blocks = titledBlocks(view, kindOfTitle);
  if (blocks.length > 0) return blocks;
  // A sheet without a title row may be named after its table ("部门收支总表").
  const kind = kindOfTitle(stripTableNumber(view.name));
  return kind && hasContent(view) ? [{ view, kind, title: { ref: view.ref(0, 0), text: view.name }, start: 0, end: view.rowCount }] : [];
}

function titledBlocks(view: SheetView, kindOfTitle: (title: string) => TableKind | undefined): TableBlock[] {
  const found: Array<Omit<TableBlock, 'end'>> = [];
  for (let r = 0; r < view.rowCount; r++) {
    const cells = view.rowCells(r);
    for (const { col, text: cellText } of cells) {
      if (cellText.length > 2 * MAX_TITLE_CELL) continue;
      const text = titlePart(cellText);
      if (text.length > MAX_TITLE_CELL || !ENDS_LIKE_TITLE.test(text) || !titleShaped(text)) continue;
      const kind = kindOfTitle(stripTableNumber(text).replace(/[.…·]{2,}\d*$/, ''));
      if (!kind) continue;
      const others = cells.filter((cell) => cell.col !== col).map((cell) => cell.text);
      if (looksLikeContentsEntry(compact(text), others) || isNumberedHeading(view, r, text)) break;
      found.push({ view, kind, title: { ref: view.ref(r, col), text }, start: r + 1 });
      break;
    }
  }
  const blocks = found.map((block, i) => ({ ...block, end: found[i + 1]?.title.ref.row ?? view.rowCount }));
  const empty = blocks.map((block) => isEmptyBlock(view, block));
  // Titles listed one under another (a contents list without page numbers) are not tables.
  return blocks.filter((_, i) => !empty[i] && !empty[i - 1]);
}

/** "（一）预算收支总表" followed by sentences is a heading of the 说明 text, not a table. */
function isNumberedHeading(view: SheetView, row: number, text: string): boolean {
  if (!hasOrdinal(text)) return false;
  for (let r = row + 1; r < view.rowCount; r++) {
    const cells = view.rowCells(r);
    if (cells.length > 0) return cells.some((cell) => /[，。；]/.test(cell.text));
  }
  return false;
}

function hasContent(view: SheetView): boolean {
  for (let r = 0; r < view.rowCount; r++) if (!view.isBlank(r)) return true;
  return false;
}

function isEmptyBlock(view: SheetView, block: TableBlock): boolean {
  for (let r = block.start; r < block.end; r++) if (!view.isBlank(r)) return false;
  return view.rowCells(block.title.ref.row).length === 1;
}
