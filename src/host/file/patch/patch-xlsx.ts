/**
 * Saving by patching: edits change only their cells in their sheet parts (plus the calculation
 * flag and chain when formulas are involved); every other part of the package stays byte for byte —
 * charts, pivot tables, names, links, protection, comments, properties. Node and browser.
 *
 * A batch is all or nothing: every edit is checked (sheet, address, array formulas, Excel's limits)
 * while the new parts are built, and a refusal throws PatchRefusedError before anything is returned.
 */
import { isOnSheet, parseA1, toA1 } from '../../../core/grid';
import { partText, readPackage, textPart, withParts, writePackage, type XlsxPackage } from '../xlsx-package';
import { calcChainChanges, withFullCalcOnLoad, type ChainRemoval } from './calc';
import { inspectCell, PatchRefusedError, renderCell, type CellContent } from './cell-xml';
import { shiftFormula } from './formula-shift';
import { SheetXml } from './sheet-xml';
import { describeWorkbook, type SheetEntry, type WorkbookParts } from './workbook-parts';
import { attribute, escapeXml, findStartTag, readStartTag } from './xml';

export { PatchRefusedError } from './cell-xml';

export interface CellPatch extends CellContent {
  sheet: string;
  /** A1 address of one cell. */
  cell: string;
}

/** A cell whose XML a patch changed (the edited cells, and a cell that took over a shared formula). */
export interface CellChange {
  sheet: string;
  cell: string;
  /** The whole <c> element before and after; undefined when there was none. */
  before?: string;
  after?: string;
}

export interface PatchResult {
  package: XlsxPackage;
  changes: CellChange[];
}

/** The original .xlsx bytes with `edits` applied; nothing else in the package changes. */
export function patchXlsx(original: Uint8Array, edits: CellPatch[]): Uint8Array {
  return writePackage(patchPackage(readPackage(original), edits).package);
}

export function patchPackage(pkg: XlsxPackage, edits: CellPatch[]): PatchResult {
  const book = describeWorkbook(pkg);
  return rewriteSheets(pkg, book, edits, (sheet, edit, row, col) => writeEdit(sheet, edit, row, col));
}

/**
 * Puts back the `before` of each change whose cell still holds its `after` (undo); a cell changed
 * since is left as it is and listed in `kept`.
 */
export function restoreCells(pkg: XlsxPackage, changes: CellChange[]): PatchResult & { kept: CellChange[] } {
  const kept: CellChange[] = [];
  const result = rewriteSheets(pkg, describeWorkbook(pkg), changes, (sheet, change, row, col) => {
    if (sheet.cell(row, col) !== change.after) kept.push(change);
    else sheet.write(row, col, change.before);
  });
  return { ...result, kept };
}

type CellWriter<T> = (sheet: SheetXml, item: T, row: number, col: number) => void;

function rewriteSheets<T extends { sheet: string; cell: string }>(pkg: XlsxPackage, book: WorkbookParts, items: T[], write: CellWriter<T>): PatchResult {
  const parts = new Map<string, Uint8Array | undefined>();
  const changes: CellChange[] = [];
  const chainRemovals: ChainRemoval[] = [];
  let formulas = false;
  for (const [name, sheetItems] of groupBy(items, (item) => item.sheet)) {
    const entry = worksheetEntry(book, name);
    const text = partText(pkg, entry.part!);
    if (text === undefined) throw new PatchRefusedError(`工作表“${name}”的部件 ${entry.part} 不在文件中，修改未执行。`);
    const sheet = new SheetXml(text);
    const arrays = arrayRanges(sheet.xml);
    for (const item of sheetItems) {
      const pos = cellPosition(item);
      const inArray = arrays.find((range) => pos.row >= range.top && pos.row <= range.bottom && pos.col >= range.left && pos.col <= range.right);
      if (inArray) throw new PatchRefusedError(`${name}!${item.cell} 属于数组公式区域 ${inArray.ref}，不能单独修改，修改未执行。`);
      write(sheet, item, pos.row, pos.col);
    }
    const result = sheet.result();
    parts.set(entry.part!, textPart(result.xml));
    for (const change of result.changes) {
      const cell = toA1(change.row, change.col);
      changes.push({ sheet: name, cell, before: change.before, after: change.after });
      if (hasFormula(change.before) && !hasFormula(change.after)) chainRemovals.push({ sheetId: entry.sheetId, cell });
      formulas ||= hasFormula(change.after);
    }
  }
  for (const [part, bytes] of calcChainChanges(pkg, book, chainRemovals)) parts.set(part, bytes);
  if (changes.length && (formulas || workbookHasFormulas(pkg, book))) {
    const workbook = withFullCalcOnLoad(partText(pkg, book.workbook)!);
    if (workbook !== undefined) parts.set(book.workbook, textPart(workbook));
  }
  return { package: withParts(pkg, parts), changes };
}

function writeEdit(sheet: SheetXml, edit: CellPatch, row: number, col: number): void {
  const current = sheet.cell(row, col);
  const existing = current ? inspectCell(current) : undefined;
  const formula = existing?.formula;
  if (formula?.type === 'dataTable') throw new PatchRefusedError(`${edit.sheet}!${edit.cell} 是模拟运算表的一部分，不能单独修改，修改未执行。`);
  if (formula?.type === 'shared' && formula.text && formula.si !== undefined) handOverSharedFormula(sheet, row, col, formula.si, formula.text, formula.ref);
  sheet.write(row, col, renderCell(sheet.prefix, toA1(row, col), edit, existing?.style));
}

/**
 * The edited cell holds the text of a shared formula that other cells use: the first of them takes
 * the text over (moved to its own position), so those cells keep their formulas.
 */
function handOverSharedFormula(sheet: SheetXml, row: number, col: number, si: string, text: string, ref: string | undefined): void {
  const range = ref ? rangeOf(ref) : undefined;
  if (!range) return;
  for (const span of sheet.cellsInRows(range.top, range.bottom)) {
    if ((span.row === row && span.col === col) || span.col < range.left || span.col > range.right) continue;
    const xml = sheet.cell(span.row, span.col);
    const formula = xml ? inspectCell(xml).formula : undefined;
    if (!xml || formula?.type !== 'shared' || formula.si !== si || formula.text) continue;
    const moved = shiftFormula(text, span.row - row, span.col - col);
    const tagText = xml.slice(formula.tag.start, formula.tag.end).replace(/\s*\/?>$/, '');
    const replacement = `${tagText}${ref && attribute(formula.tag, 'ref') === undefined ? ` ref="${ref}"` : ''}>${escapeXml(moved)}</${formula.tag.name}>`;
    sheet.write(span.row, span.col, xml.slice(0, formula.tag.start) + replacement + xml.slice(formula.end));
    return;
  }
}

function worksheetEntry(book: WorkbookParts, name: string): SheetEntry {
  const entry = book.sheets.find((sheet) => sheet.name === name);
  if (!entry) throw new PatchRefusedError(`找不到工作表“${name}”，修改未执行。`);
  if (entry.type !== 'worksheet' || !entry.part) throw new PatchRefusedError(`“${name}”不是普通工作表（图表工作表或对话框），不能写入单元格，修改未执行。`);
  return entry;
}

function cellPosition(location: { sheet: string; cell: string }): { row: number; col: number } {
  const pos = parseA1(location.cell);
  if (!pos) throw new PatchRefusedError(`单元格地址“${location.cell}”无效，修改未执行。`);
  if (!isOnSheet(pos)) throw new PatchRefusedError(`单元格地址“${location.cell}”超出 Excel 工作表范围（最大 XFD1048576），修改未执行。`);
  return pos;
}

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function rangeOf(ref: string): Range | undefined {
  const [a, b = a] = ref.split(':');
  const start = parseA1(a);
  const end = parseA1(b);
  return start && end ? { top: start.row, left: start.col, bottom: end.row, right: end.col } : undefined;
}

/** Array formulas spanning more than one cell: Excel changes them only as a whole. */
function arrayRanges(xml: string): Array<Range & { ref: string }> {
  const out: Array<Range & { ref: string }> = [];
  for (let at = xml.indexOf('t="array"'); at >= 0; at = xml.indexOf('t="array"', at + 1)) {
    const tag = readStartTag(xml, xml.lastIndexOf('<', at));
    const ref = attribute(tag, 'ref');
    const range = tag.local === 'f' && ref ? rangeOf(ref) : undefined;
    if (range && (range.top !== range.bottom || range.left !== range.right)) out.push({ ...range, ref: ref! });
  }
  return out;
}

function hasFormula(cell: string | undefined): boolean {
  return cell !== undefined && findStartTag(cell, 'f') !== undefined;
}

function workbookHasFormulas(pkg: XlsxPackage, book: WorkbookParts): boolean {
  return book.sheets.some((sheet) => {
    const xml = sheet.type === 'worksheet' && sheet.part ? partText(pkg, sheet.part) : undefined;
    return xml !== undefined && findStartTag(xml, 'f') !== undefined;
  });
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}
