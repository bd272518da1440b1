/** What a recogniser is: a table kind, the titles that name it, and how to read its block. */
import { rangeToA1, refToA1, type CellRange, type CellRef } from '../../grid';
import type { SheetView } from '../layout/sheet-view';
import type { BudgetTable, ReadIssue, TableColumn, TableKind, TableRow } from '../types';
import type { TableBlock, Tabular } from '../layout/block';
import { FOREIGN_COLUMN } from '../layout/columns';

export interface ReadContext {
  /** Unit names known from other tables (部门名称, 机关运行经费 unit rows), compared without punctuation. */
  knownUnits: ReadonlySet<string>;
}

/** What a recogniser contributes; the registry adds kind, title, year and range. */
export type TableContent = Pick<BudgetTable, 'columns' | 'rows' | 'issues'> &
  Partial<Pick<BudgetTable, 'unitName' | 'unit' | 'noDataNote' | 'noDataText' | 'fields' | 'year' | 'unreadColumns'>> & {
    /** Last row and column the table reaches. */
    lastRow: number;
    lastCol: number;
  };

export interface TableRecogniser {
  kind: TableKind;
  /** Title phrases naming the kind; across recognisers the longest match wins, so 财政拨款收支总表 beats 收支总表. */
  titles: RegExp[];
  /** The classification the rows follow: a title naming the other one (“（按经济分类）”) is not this kind. */
  classification?: 'function' | 'economic';
  /** Read after the others, with their unit names in the context (project tables). */
  needsContext?: boolean;
  read(block: TableBlock, context: ReadContext): TableContent;
}

/**
 * Content of a table read with readTabular: meta, columns and the rows a kind-specific reader made,
 * plus the issues every such table shares (unreadable amounts, amounts in merged cells, hidden rows).
 */
export function tabularContent(block: TableBlock, tabular: Tabular, columns: TableColumn[], rows: TableRow[], extra: ReadIssue[] = []): TableContent {
  const { meta, header } = tabular;
  return {
    columns,
    rows,
    issues: [...tabular.issues, ...extra, ...cellIssues(block.view, rows)],
    lastRow: tabular.lastRow,
    lastCol: rows.reduce((last, row) => Math.max(last, lastValueCol(row)), header?.right ?? 0),
    ...(meta.unitName ? { unitName: meta.unitName } : {}),
    ...(meta.unit ? { unit: meta.unit } : {}),
    ...(tabular.noDataNote ? { noDataNote: tabular.noDataNote, noDataText: tabular.noDataText } : {}),
    ...(tabular.unreadColumns.length ? { unreadColumns: tabular.unreadColumns } : {}),
  };
}

function cellIssues(view: SheetView, rows: TableRow[]): ReadIssue[] {
  const issues: ReadIssue[] = [];
  const seenMerges = new Set<CellRange>();
  const hidden = new Set(view.sheet.hiddenRows ?? []);
  let lastHidden = -1;
  for (const row of rows) {
    if (hidden.has(row.row) && row.row !== lastHidden) {
      lastHidden = row.row;
      issues.push({ severity: 'info', message: `第 ${row.row + 1} 行是隐藏行，其中的数据已照常读取。`, ref: view.ref(row.row, row.name?.ref.col ?? 0) });
    }
    for (const cell of Object.values(row.values)) {
      if (cell.problem?.kind === 'error') {
        issues.push({ severity: 'error', message: `${refToA1(cell.ref)} 是错误值 ${cell.problem.text}，无法读取金额。`, ref: cell.ref });
      } else if (cell.problem) {
        issues.push({ severity: 'warning', message: `${refToA1(cell.ref)} 的内容“${cell.problem.text}”不是金额。`, ref: cell.ref });
      }
      const merge = view.mergeAt(cell.ref.row, cell.ref.col);
      if (merge && merge.right > merge.left && !seenMerges.has(merge)) {
        seenMerges.add(merge);
        issues.push({
          severity: 'warning',
          message: `金额单元格 ${rangeToA1(merge)} 是跨列合并单元格，金额只计入 ${refToA1({ row: merge.top, col: merge.left })} 所在列。`,
          ref: view.ref(merge.top, merge.left),
        });
      }
    }
  }
  return issues;
}

function lastValueCol(row: TableRow): number {
  let last = 0;
  const refs: CellRef[] = [...Object.values(row.values).map((cell) => cell.ref), ...(row.name ? [row.name.ref] : [])];
  for (const ref of refs) last = Math.max(last, ref.col);
  return last;
}

/** Columns worth reporting: the ones whose header words were understood. */
export function knownColumns(tabular: Tabular): TableColumn[] {
  return (tabular.header?.columns ?? []).filter((column) => column.key !== '' && column.key !== FOREIGN_COLUMN);
}
