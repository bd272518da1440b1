/** Grid → typed budget tables: find title blocks on every sheet, read each with its kind's recogniser. */
import type { Grid } from '../grid';
import { readNarrative } from '../narrative';
import type { Narrative } from '../narrative/types';
import type { TableBlock } from './layout/block';
import { joinContinuations } from './continuation';
import { findBlocks, hasContent } from './layout/blocks';
import { SheetView } from './layout/sheet-view';
import { bare } from './layout/text';
import { yearOf } from './layout/title';
import type { ReadContext, TableContent } from './recognisers/recogniser';
import { kindsOfTitle, recogniserFor } from './recognisers/registry';
import { readMetaCell } from './layout/meta';
import { withTextMemo } from '../text/memo';
import type { BudgetTable, ReadIssue, TextCell } from './types';

export * from './types';

export interface WorkbookReading {
  tables: BudgetTable[];
  /** The unit named on a sheet without tables (a cover: "预算主管部门：…", "预算单位：…"). */
  coverUnitName?: TextCell;
  /** Workbook-level reading problems (tables that could not be read fully report their own). */
  issues: ReadIssue[];
  narrative: Narrative;
}

export function readWorkbook(grid: Grid): WorkbookReading {
  return withTextMemo(() => readGrid(grid));
}

function readGrid(grid: Grid): WorkbookReading {
  const blocks = withUntitledPages(grid.sheets.map((sheet) => new SheetView(sheet)));
  const tables = new Map<TableBlock, BudgetTable>();
  // Project tables tell unit rows by the unit names the other tables state, so they are read last.
  const first = blocks.filter((block) => !block.continues && !recogniserFor(block.kind).needsContext);
  for (const block of first) tables.set(block, readBlock(block, { knownUnits: new Set() }));
  const context: ReadContext = { knownUnits: unitNamesOf([...tables.values()]) };
  for (const block of blocks) if (!block.continues && !tables.has(block)) tables.set(block, readBlock(block, context));
  // Pages in order, each after the part it continues, whose columns it may need.
  for (const block of blocks) {
    if (block.continues) tables.set(block, readBlock({ ...block, inheritedColumns: tables.get(block.continues)?.columns }, context));
  }
  const tentative = new Set(blocks.filter((block) => block.continues).map((block) => tables.get(block) as BudgetTable));
  const ordered = joinContinuations(
    blocks.map((block) => tables.get(block) as BudgetTable),
    tentative,
  ).map(withMetaIssues);
  const issues: ReadIssue[] = [];
  if (ordered.length === 0) {
    issues.push({ severity: 'warning', message: '工作簿中没有找到任何预算公开表（未识别到表名，如“2026年预算收支总表”）。' });
  }
  const exclude = ordered.flatMap((table) => [{ sheet: table.sheet, range: table.range }, ...(table.continuations ?? [])]);
  const unitNames = [...new Set(ordered.map((table) => table.unitName?.text).filter((name): name is string => !!name))];
  const coverUnitName = coverName(grid, new Set(ordered.map((table) => table.sheet)));
  return { tables: ordered, issues, narrative: readNarrative(grid, { exclude, unitNames }), ...(coverUnitName ? { coverUnitName } : {}) };
}

/**
 * The blocks of every sheet. A sheet with content but no title after a sheet whose last table is a
 * coded or listed one may be that table's next page (a PDF converted to one sheet a page): it is read
 * tentatively as such and kept only if it goes on with the same columns (joinContinuations decides).
 */
function withUntitledPages(views: SheetView[]): TableBlock[] {
  const blocks: TableBlock[] = [];
  let previous: TableBlock | undefined;
  for (const view of views) {
    const found = findBlocks(view, kindsOfTitle);
    if (found.length === 0 && previous && previous.kind !== 'performance-target' && hasContent(view)) {
      const page: TableBlock = { view, kind: previous.kind, title: { ref: view.ref(0, 0), text: previous.title.text }, start: 0, end: view.rowCount, continues: previous };
      blocks.push(page);
      previous = page;
      continue;
    }
    blocks.push(...found);
    previous = found[found.length - 1];
  }
  return blocks;
}

const COVER_ROWS = 30;

/** The first 部门/单位 name line on a sheet that holds no table. */
function coverName(grid: Grid, tableSheets: Set<string>): TextCell | undefined {
  for (const sheet of grid.sheets) {
    if (tableSheets.has(sheet.name)) continue;
    const view = new SheetView(sheet);
    for (let r = 0; r < Math.min(view.rowCount, COVER_ROWS); r++) {
      for (const { col, text } of view.rowCells(r)) {
        const found = readMetaCell(text, view.ref(r, col)).unitName;
        if (found && !/^X+|^某/.test(found.text)) return found;
      }
    }
  }
  return undefined;
}

function unitNamesOf(tables: BudgetTable[]): Set<string> {
  const names = new Set<string>();
  for (const table of tables) {
    if (table.unitName) names.add(bare(table.unitName.text));
    if (table.kind !== 'operating-cost') continue;
    for (const row of table.rows) if (row.role === 'unit' && row.name) names.add(bare(row.name.text));
  }
  return names;
}

/** What the table (all its parts) does not state: its unit, its 部门/单位. */
function withMetaIssues(table: BudgetTable): BudgetTable {
  const { title } = table;
  const issues: ReadIssue[] = [];
  if (!table.unit) issues.push({ severity: 'warning', message: `“${title.text}”未注明金额单位（如“单位：万元”）。`, ref: title.ref });
  if (!table.unitName && table.kind !== 'performance-target') {
    issues.push({ severity: 'info', message: `“${title.text}”未写明部门或单位名称。`, ref: title.ref });
  }
  return issues.length ? { ...table, issues: [...table.issues, ...issues] } : table;
}

/** One table; a recogniser that fails leaves the table with an error issue instead of stopping the reading. */
function readBlock(block: TableBlock, context: ReadContext): BudgetTable {
  // A title that is not above the table's first row is the sheet name (see findBlocks).
  const { view, kind, title } = block;
  let content: TableContent;
  try {
    content = recogniserFor(kind).read(block, context);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    content = {
      columns: [],
      rows: [],
      issues: [{ severity: 'error', message: `读取“${title.text}”时出错，此表未能读取：${detail}`, ref: title.ref }],
      lastRow: title.ref.row,
      lastCol: title.ref.col,
    };
  }
  const issues = [...content.issues];
  if (view.sheet.hidden) issues.push({ severity: 'info', message: `工作表“${view.name}”是隐藏的，其中的表格已照常读取。`, ref: title.ref });
  if (block.continues) {
    issues.push({ severity: 'info', message: `工作表“${view.name}”没有表名，按上一工作表“${title.text}”的续页读取。`, ref: view.ref(0, 0) });
  } else if (block.start <= title.ref.row) {
    issues.push({ severity: 'info', message: `工作表“${view.name}”中没有表名行，按工作表名识别此表。`, ref: title.ref });
  }
  const year = yearOf(title.text) ?? content.year;
  const left = Math.min(title.ref.col, ...content.columns.map((column) => column.col));
  return {
    kind,
    sheet: view.name,
    range: { top: title.ref.row, left, bottom: Math.max(content.lastRow, title.ref.row), right: Math.max(content.lastCol, title.ref.col) },
    title,
    ...(year ? { year } : {}),
    ...(content.unitName ? { unitName: content.unitName } : {}),
    ...(content.unit ? { unit: content.unit } : {}),
    columns: content.columns,
    rows: content.rows,
    ...(content.noDataNote ? { noDataNote: content.noDataNote, ...(content.noDataText ? { noDataText: content.noDataText } : {}) } : {}),
    ...(content.fields ? { fields: content.fields } : {}),
    ...(content.unreadColumns ? { unreadColumns: content.unreadColumns } : {}),
    issues,
  };
}
