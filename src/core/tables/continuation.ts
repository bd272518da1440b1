/**
 * A table printed in parts: "2025年一般公共预算支出功能分类预算表（续）" on the next sheet (or further down
 * the same one) goes on with the rows of the table before it. The parts are read as one table, so its
 * sums run over all its rows and its 合计 is compared once.
 */
import { bare } from './layout/text';
import type { BudgetTable, TableRow } from './types';

const CONTINUATION_MARK = /[（(]\s*续\s*(?:表|页)?\s*[)）]|续表|接上表|[（(]\s*(?:续|接)\s*上\s*(?:页|表)\s*[)）]/;
const CONTINUATION_MARKS = new RegExp(CONTINUATION_MARK.source, 'g');

/**
 * The tables with every continuation joined to the part it continues; order otherwise kept. A
 * tentative table (an untitled page read as the previous table's) is dropped unless it continues.
 */
export function joinContinuations(tables: BudgetTable[], tentative: ReadonlySet<BudgetTable> = new Set()): BudgetTable[] {
  const out: BudgetTable[] = [];
  for (const table of tables) {
    const previous = out[out.length - 1];
    if (previous && continues(previous, table, tentative.has(table))) out[out.length - 1] = joined(previous, table);
    else if (!tentative.has(table)) out.push(table);
  }
  return out;
}

function continues(first: BudgetTable, next: BudgetTable, untitled: boolean): boolean {
  if (first.kind !== next.kind || first.kind === 'performance-target') return false;
  if (next.rows.length === 0 || !sameColumns(first, next)) return false;
  if (next.unit && first.unit && next.unit.unit !== first.unit.unit) return false;
  // An untitled page goes on with the table only if every line it holds reads as one of its lines.
  if (untitled) return !next.issues.some((issue) => issue.severity === 'error') && next.rows.every(isDataLine);
  if (baseTitle(first.title.text) !== baseTitle(next.title.text)) return false;
  const marked = CONTINUATION_MARK.test(next.title.text);
  // The same title again is a continuation only when the first part never reached its 合计 row.
  return marked || !first.rows.some((row) => row.role === 'total' && !row.side);
}

function isDataLine(row: TableRow): boolean {
  return !!row.code || Object.values(row.values).some((cell) => cell?.amount != null);
}

function baseTitle(text: string): string {
  return bare(text.replace(CONTINUATION_MARKS, ''));
}

function sameColumns(first: BudgetTable, next: BudgetTable): boolean {
  const keys = (table: BudgetTable) =>
    table.columns
      .map((column) => column.key)
      .filter(Boolean)
      .join(',');
  return keys(first) !== '' && keys(first) === keys(next);
}

function joined(first: BudgetTable, next: BudgetTable): BudgetTable {
  const part = { sheet: next.sheet, range: next.range, title: next.title };
  return {
    ...first,
    ...(first.unit || !next.unit ? {} : { unit: next.unit }),
    ...(first.unitName || !next.unitName ? {} : { unitName: next.unitName }),
    continuations: [...(first.continuations ?? []), part, ...(next.continuations ?? [])],
    rows: [...first.rows, ...next.rows],
    ...(next.noDataNote && !first.noDataNote ? { noDataNote: next.noDataNote, noDataText: next.noDataText } : {}),
    issues: [...first.issues, ...next.issues],
  };
}
