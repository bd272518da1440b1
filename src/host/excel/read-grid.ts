/**
 * Reading a workbook through Office.js into a Grid in few syncs:
 * 1. sheet names and visibility; 2. used ranges (values only) and merged areas;
 * 3. only where a used range is huge (a stray value far away): the values' real extent, tile by tile;
 * 4. values, formulas, formats, texts and types in batches under the payload limit (a batch Excel
 *    refuses as too large is split and read again), with each chunk's hidden-row and hidden-column flags;
 * 5. only when some rows or columns are hidden: which ones, so Excel and the .xlsx reader agree.
 */
import { columnLetters, type CellRange, type Grid, type GridSheet } from '../../core/grid';
import type { ReadOptions } from '../../core/ports/workbook-host';
import { toGridCell } from './cells';
import type { ExcelEnv } from './env';
import { ExcelHostError } from './errors';
import { batchChunks, cellCount, parseAreas, planChunks, rangeAddress, splitBatch, tiles, type Chunk, type UsedArea } from './read-plan';

/** A used range larger than this is probed tile by tile for where its values are. */
export const TILE_THRESHOLD = 250_000;
/** Tiles per side of a probed range, and how many times tiles are probed again. */
const TILE_PARTS = 16;
const TILE_ROUNDS = 3;
/** More cells than this are refused with a message rather than read (memory of the pane, time). */
export const MAX_READ_CELLS = 2_000_000;

const PAYLOAD_ERRORS = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded']);
const USED = 'isNullObject,rowIndex,columnIndex,rowCount,columnCount';

export async function readGridIn(context: Excel.RequestContext, env: ExcelEnv, { signal, onProgress }: ReadOptions, maxCells = MAX_READ_CELLS): Promise<Grid> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  if (env.supports('1.7')) context.workbook.load('name');
  await context.sync();
  signal?.throwIfAborted();
  const items = worksheets.items;
  const { areas: used, merged } = await usedAreas(context, env, items);
  signal?.throwIfAborted();
  const areas = await valueExtents(context, items, used, maxCells);
  signal?.throwIfAborted();
  const sheets: GridSheet[] = items.map((sheet, index) => ({
    name: sheet.name,
    rows: [],
    merges: merged[index] && !merged[index].isNullObject ? parseAreas(merged[index].address) : [],
    ...(sheet.visibility !== 'Visible' ? { hidden: true } : {}),
  }));
  const hidden = await readCells(context, items, sheets, areas, { signal, onProgress });
  await readHidden(context, items, sheets, hidden);
  return { sheets, ...(env.supports('1.7') && context.workbook.name ? { name: context.workbook.name } : {}) };
}

async function usedAreas(context: Excel.RequestContext, env: ExcelEnv, items: Excel.Worksheet[]) {
  // Values only: cells that merely carry borders or fills would enlarge the ranges to read.
  const loadUsed = () => items.map((sheet) => sheet.getUsedRangeOrNullObject(true).load(USED));
  let used = loadUsed();
  let merged = env.supports('1.13') ? items.map((sheet) => sheet.getRange().getMergedAreasOrNullObject().load('isNullObject,address')) : [];
  try {
    await context.sync();
  } catch (error) {
    // Excel refuses merged areas beyond 512 in a sheet: read the cells without them.
    if (!merged.length) throw error;
    used = loadUsed();
    merged = [];
    await context.sync();
  }
  return { areas: used.flatMap((range, sheet) => toArea(sheet, range)), merged };
}

function toArea(sheet: number, range: Excel.Range): UsedArea[] {
  return range.isNullObject
    ? []
    : [{ sheet, range: { top: range.rowIndex, left: range.columnIndex, bottom: range.rowIndex + range.rowCount - 1, right: range.columnIndex + range.columnCount - 1 } }];
}

/** Huge used ranges narrowed to the tiles that hold values, then the total checked against the cap. */
async function valueExtents(context: Excel.RequestContext, items: Excel.Worksheet[], used: UsedArea[], maxCells: number): Promise<UsedArea[]> {
  let areas = used;
  for (let round = 0; round < TILE_ROUNDS; round++) {
    const huge = areas.filter((area) => cellCount(area.range) > TILE_THRESHOLD);
    if (!huge.length) break;
    const probes = huge.flatMap((area) =>
      tiles(area.range, TILE_PARTS).map((tile) => ({ sheet: area.sheet, range: items[area.sheet].getRange(rangeAddress(tile)).getUsedRangeOrNullObject(true).load(USED) })),
    );
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a few rounds, each narrowing every huge area at once.
    await context.sync();
    areas = [...areas.filter((area) => !huge.includes(area)), ...probes.flatMap(({ sheet, range }) => toArea(sheet, range))];
  }
  const total = areas.reduce((sum, area) => sum + cellCount(area.range), 0);
  if (total > maxCells) {
    const largest = areas.reduce((a, b) => (cellCount(a.range) >= cellCount(b.range) ? a : b));
    throw new ExcelHostError(
      `读取工作簿失败：工作表“${items[largest.sheet].name}”中有数据的区域（${rangeAddress(largest.range)}）过大，全部工作表合计约 ${total} 个单元格，超过一次可检查的 ${maxCells} 个。请删除远离表格的零散内容后再试。`,
      'TooManyCells',
    );
  }
  return areas;
}

interface HiddenFlags {
  rows: Array<{ sheet: number; range: CellRange; all: boolean }>;
  columns: Array<{ sheet: number; range: CellRange; all: boolean }>;
}

async function readCells(context: Excel.RequestContext, items: Excel.Worksheet[], sheets: GridSheet[], areas: UsedArea[], { signal, onProgress }: ReadOptions): Promise<HiddenFlags> {
  const pending = batchChunks(planChunks(areas));
  const flags: HiddenFlags = { rows: [], columns: [] };
  let done = 0;
  onProgress?.({ done, total: pending.length });
  while (pending.length) {
    const batch = pending.shift() as Chunk[];
    const loaded = batch.map((chunk) => ({
      chunk,
      range: items[chunk.sheet].getRange(chunk.address).load('values,formulas,numberFormat,text,valueTypes,rowHidden,columnHidden'),
    }));
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch keeps each response under Excel's payload limit.
      await context.sync();
    } catch (error) {
      const halves = PAYLOAD_ERRORS.has(String((error as { code?: unknown }).code)) ? splitBatch(batch) : undefined;
      if (!halves) throw error;
      pending.unshift(...halves);
      continue;
    }
    signal?.throwIfAborted();
    for (const { chunk, range } of loaded) {
      fillRows(sheets[chunk.sheet], chunk.range, range);
      if (range.rowHidden !== false) flags.rows.push({ sheet: chunk.sheet, range: chunk.range, all: range.rowHidden === true });
      if (range.columnHidden !== false) flags.columns.push({ sheet: chunk.sheet, range: chunk.range, all: range.columnHidden === true });
    }
    done += 1;
    onProgress?.({ done, total: done + pending.length });
  }
  return flags;
}

/** Rows and columns of chunks that are partly hidden are asked one by one, in one sync. */
async function readHidden(context: Excel.RequestContext, items: Excel.Worksheet[], sheets: GridSheet[], flags: HiddenFlags): Promise<void> {
  const rows = sheets.map(() => new Set<number>());
  const columns = sheets.map(() => new Set<number>());
  const probes: Array<{ into: Set<number>; index: number; range: Excel.Range; rows: boolean }> = [];
  for (const { sheet, range, all } of flags.rows) {
    for (let row = range.top; row <= range.bottom; row++) {
      if (all) rows[sheet].add(row);
      else probes.push({ into: rows[sheet], index: row, rows: true, range: items[sheet].getRange(`${row + 1}:${row + 1}`).load('rowHidden') });
    }
  }
  const asked = new Set<string>();
  for (const { sheet, range, all } of flags.columns) {
    for (let col = range.left; col <= range.right; col++) {
      if (all) columns[sheet].add(col);
      else if (!asked.has(`${sheet}:${col}`)) {
        asked.add(`${sheet}:${col}`);
        const letters = columnLetters(col);
        probes.push({ into: columns[sheet], index: col, rows: false, range: items[sheet].getRange(`${letters}:${letters}`).load('columnHidden') });
      }
    }
  }
  if (probes.length) {
    await context.sync();
    for (const probe of probes) if (probe.rows ? probe.range.rowHidden : probe.range.columnHidden) probe.into.add(probe.index);
  }
  sheets.forEach((sheet, index) => {
    if (rows[index].size) sheet.hiddenRows = [...rows[index]].sort((a, b) => a - b);
    if (columns[index].size) sheet.hiddenCols = [...columns[index]].sort((a, b) => a - b);
  });
}

function fillRows(sheet: GridSheet, area: CellRange, range: Excel.Range): void {
  for (let r = 0; r <= area.bottom - area.top; r++) {
    const cells = (sheet.rows[area.top + r] ??= []);
    for (let c = 0; c <= area.right - area.left; c++) {
      const cell = toGridCell({
        value: range.values[r]?.[c],
        formula: range.formulas[r]?.[c],
        numberFormat: range.numberFormat[r]?.[c],
        text: range.text[r]?.[c],
        valueType: range.valueTypes[r]?.[c],
      });
      if (cell) cells[area.left + c] = cell;
    }
  }
}
