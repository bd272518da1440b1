/** What a recogniser is: a table kind, the titles that name it, and how to read its block. */
import type { CellRef } from '../../grid';
import type { BudgetTable, ReadIssue, TableColumn, TableKind, TableRow } from '../types';
import type { TableBlock, Tabular } from '../layout/block';

export interface ReadContext {
  /** Unit names known from other tables (部门名称, 机关运行经费 unit rows), compared without punctuation. */
  knownUnits: ReadonlySet<string>;
}

/** What a recogniser contributes; the registry adds kind, title, year and range. */
export type TableContent = Pick<BudgetTable, 'columns' | 'rows' | 'issues'> &
  Partial<Pick<BudgetTable, 'unitName' | 'unit' | 'noDataNote' | 'fields' | 'year'>> & {
    /** Last row and column the table reaches. */
    lastRow: number;
    lastCol: number;
  };

export interface TableRecogniser {
  kind: TableKind;
  /** Title phrases naming the kind; across recognisers the longest match wins, so 财政拨款收支总表 beats 收支总表. */
  titles: RegExp[];
  /** Read after the others, with their unit names in the context (project tables). */
  needsContext?: boolean;
  read(block: TableBlock, context: ReadContext): TableContent;
}

/** Content of a table read with readTabular: meta, columns and the rows a kind-specific reader made. */
export function tabularContent(tabular: Tabular, columns: TableColumn[], rows: TableRow[], issues: ReadIssue[] = []): TableContent {
  const { meta, header } = tabular;
  return {
    columns,
    rows,
    issues: [...tabular.issues, ...issues],
    lastRow: tabular.lastRow,
    lastCol: Math.max(header?.right ?? 0, ...rows.map((row) => lastValueCol(row))),
    ...(meta.unitName ? { unitName: meta.unitName } : {}),
    ...(meta.unit ? { unit: meta.unit } : {}),
    ...(tabular.noDataNote ? { noDataNote: tabular.noDataNote } : {}),
  };
}

function lastValueCol(row: TableRow): number {
  let last = 0;
  const refs: CellRef[] = [...Object.values(row.values).map((cell) => cell.ref), ...(row.name ? [row.name.ref] : [])];
  for (const ref of refs) last = Math.max(last, ref.col);
  return last;
}

/** Columns worth reporting: the ones whose header words were understood. */
export function knownColumns(tabular: Tabular): TableColumn[] {
  return (tabular.header?.columns ?? []).filter((column) => column.key !== '');
}
