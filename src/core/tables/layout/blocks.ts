/** One pass over a sheet: title cells found, each table block running to the next title. */
import type { TableKind } from '../types';
import type { TableBlock } from './block';
import type { SheetView } from './sheet-view';
import { compact, hasOrdinal } from './text';
import { looksLikeContentsEntry, stripTableNumber, titlePart, titleShaped } from './title';

/** "详见单位的项目绩效目标表": a pointer to a table, not its title. */
const REFERENCE = /^(?:详见|参见|另见|见|附)/;

/** Cells longer than this are prose, not titles; checked, with the 表 every title has, before any pattern runs. */
const MAX_TITLE_CELL = 80;
/** Every title ends in 表, maybe followed by brackets, leader dots or a page number: a cheap first filter. */
const ENDS_LIKE_TITLE = /表\s*(?:[(（][^)）]*[)）]\s*)*[\d.…·\s]*$/;

/** The kinds a title names: usually one, two for a combined table (“三公”经费和机关运行经费预算表). */
export type TitleKinds = (title: string) => TableKind[];

export function findBlocks(view: SheetView, kindsOfTitle: TitleKinds): TableBlock[] {
  const blocks = titledBlocks(view, kindsOfTitle);
  if (blocks.length > 0) return blocks;
  // A sheet without a title row may be named after its table ("部门收支总表").
  const title = { ref: view.ref(0, 0), text: view.name };
  return hasContent(view) ? kindsOfTitle(stripTableNumber(view.name)).map((kind) => ({ view, kind, title, start: 0, end: view.rowCount })) : [];
}

function titledBlocks(view: SheetView, kindsOfTitle: TitleKinds): TableBlock[] {
  const found: Array<Omit<TableBlock, 'end' | 'kind'> & { kinds: TableKind[] }> = [];
  for (let r = 0; r < view.rowCount; r++) {
    const cells = view.rowCells(r);
    for (const { col, text: cellText } of cells) {
      if (cellText.length > 2 * MAX_TITLE_CELL || !cellText.includes('表')) continue;
      const text = titlePart(cellText);
      if (text.length > MAX_TITLE_CELL || !ENDS_LIKE_TITLE.test(text) || !titleShaped(text)) continue;
      const kinds = kindsOfTitle(stripTableNumber(text).replace(/[.…·]{2,}\d*$/, ''));
      if (kinds.length === 0) continue;
      const others = cells.filter((cell) => cell.col !== col).map((cell) => cell.text);
      const compacted = compact(text);
      if (looksLikeContentsEntry(compacted, others) || isNumberedHeading(view, r, text) || REFERENCE.test(compacted)) break;
      found.push({ view, kinds, title: { ref: view.ref(r, col), text }, start: r + 1 });
      break;
    }
  }
  const blocks = found.map(({ kinds, ...block }, i) => ({ ...block, kinds, end: found[i + 1]?.title.ref.row ?? view.rowCount }));
  const empty = blocks.map((block) => isEmptyBlock(view, block));
  // Titles listed one under another (a contents list without page numbers) are not tables.
  return blocks.filter((_, i) => !empty[i] && !empty[i - 1]).flatMap(({ kinds, ...block }) => kinds.map((kind) => ({ ...block, kind })));
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

export function hasContent(view: SheetView): boolean {
  for (let r = 0; r < view.rowCount; r++) if (!view.isBlank(r)) return true;
  return false;
}

function isEmptyBlock(view: SheetView, block: Pick<TableBlock, 'start' | 'end' | 'title'>): boolean {
  for (let r = block.start; r < block.end; r++) if (!view.isBlank(r)) return false;
  return view.rowCells(block.title.ref.row).length === 1;
}
