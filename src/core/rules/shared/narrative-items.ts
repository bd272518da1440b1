/**
 * Which table row a listed item (“类（类）款（款）项（项）”) stands for: the row at the item's deepest level
 * whose name, and the names above it, match. Names are compared without spaces, quotes and brackets,
 * 其它 read as 其他, so that a slip in one level still finds the row and can be reported.
 *
 * The list is of 财政拨款 spending, so its amounts are the item's rows in the 一般公共预算, 政府性基金 and
 * 国有资本经营 tables together. The 支出总表 and 收入总表 also hold the unit's own funds: where the fiscal
 * tables cannot read the row they still tell the item's names, never its amount.
 */
import type { ItemStatement } from '../../narrative/items';
import { bare } from '../../tables/layout/text';
import type { BudgetTable, TableRow } from '../../tables/types';
import type { CheckData } from '../types';

const CODE_LENGTH = { 类: 3, 款: 5, 项: 7 } as const;

export interface ResolvedItem {
  table: BudgetTable;
  row: TableRow;
  /** The table rows of the item's path, level by level (undefined where the table has no such row). */
  rows: Array<TableRow | undefined>;
  /** The item's rows in the 财政拨款 tables, whose 合计 add up to the item's amount; empty when names only are known. */
  fiscal: Array<{ table: BudgetTable; row: TableRow }>;
}

export function looseName(text: string): string {
  return bare(text).replace(/其它/g, '其他');
}

const FISCAL_TABLES = ['general-expenditure', 'fund-expenditure', 'state-capital'] as const;
/** Tables that name every item but hold other funds too: for names only. */
const NAME_TABLES = ['expenditure', 'income'] as const;

const indexes = new WeakMap<BudgetTable, Map<string, TableRow>>();

function byCode(table: BudgetTable): Map<string, TableRow> {
  let index = indexes.get(table);
  if (!index) {
    index = new Map(table.rows.filter((row) => row.code).map((row) => [row.code!.code, row]));
    indexes.set(table, index);
  }
  return index;
}

export function resolveItem(context: CheckData, item: ItemStatement): ResolvedItem | undefined {
  const fiscal = FISCAL_TABLES.flatMap((kind) => context.tablesOf(kind).flatMap((table) => resolveIn(table, item) ?? []));
  const codes = new Set(fiscal.map((found) => found.row.code!.code));
  // Rows of different codes are different items: no amount can be told.
  if (codes.size > 1) return undefined;
  if (fiscal.length) return { ...fiscal[0], fiscal: fiscal.map(({ table, row }) => ({ table, row })) };
  for (const kind of NAME_TABLES) {
    for (const table of context.tablesOf(kind)) {
      const found = resolveIn(table, item);
      if (found) return { ...found, fiscal: [] };
    }
  }
  return undefined;
}

function resolveIn(table: BudgetTable, item: ItemStatement): Omit<ResolvedItem, 'fiscal'> | undefined {
  const deepest = item.path[item.path.length - 1];
  if (!deepest) return undefined;
  const codes = byCode(table);
  const pathRows = (row: TableRow) => item.path.map((part) => codes.get(row.code!.code.slice(0, CODE_LENGTH[part.level])));
  const matches = (row: TableRow | undefined, name: string) => row?.name !== undefined && looseName(row.name.text) === looseName(name);
  const candidates = [...codes.values()].filter((row) => row.code!.code.length === CODE_LENGTH[deepest.level] && matches(row, deepest.name));
  // The row whose ancestors match most of the written path; a tie is no answer.
  const scored = candidates.map((row) => ({ row, score: pathRows(row).filter((r, i) => matches(r, item.path[i].name)).length }));
  const best = Math.max(...scored.map((s) => s.score));
  const winners = scored.filter((s) => s.score === best);
  if (winners.length !== 1) return undefined;
  const { row } = winners[0];
  return { table, row, rows: pathRows(row) };
}
