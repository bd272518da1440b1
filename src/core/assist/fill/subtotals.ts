/**
 * 写入小计与合计: 类 = Σ 款 = Σ 项 and 合计 = Σ 类 in the coded tables, group = Σ items and 合计 = Σ groups
 * in the 基本支出分经济科目表 — computed bottom-up from the leaf rows, so stripped subtotals are rebuilt.
 */
import type { CellEdit } from '../../findings';
import { codeTree, economicGroups } from '../../tables/hierarchy';
import { columnKeys } from '../../tables/query';
import type { BudgetTable, TableKind, TableRow } from '../../tables/types';
import type { FillCommand, FillMode } from './types';
import { FillWriter } from './write';

interface SumGroup {
  parent: TableRow;
  children: TableRow[];
}

const CODED_KINDS: TableKind[] = ['income', 'expenditure', 'general-expenditure', 'fund-income', 'fund-expenditure', 'state-capital'];

/** Parent/children groups of a coded table, deepest first, the 合计 row last. */
function codedGroups(table: BudgetTable): SumGroup[] {
  const groups: SumGroup[] = [];
  for (const side of sidesOf(table)) {
    const rows = table.rows.filter((row) => row.side === side);
    const tree = codeTree(rows);
    const nested = [...tree.children].map(([parent, children]) => ({ parent, children }));
    nested.sort((a, b) => (b.parent.code?.code.length ?? 0) - (a.parent.code?.code.length ?? 0));
    groups.push(...nested);
    const total = rows.find((row) => row.role === 'total');
    if (total && tree.top.length) groups.push({ parent: total, children: tree.top });
  }
  return groups;
}

function sidesOf(table: BudgetTable): Array<TableRow['side']> {
  return [...new Set(table.rows.map((row) => row.side))];
}

function fillGroups(table: BudgetTable, groups: SumGroup[], mode: FillMode): CellEdit[] {
  const writer = new FillWriter(mode);
  for (const { parent, children } of groups) {
    for (const key of columnKeys(table))
      writer.set(
        parent,
        key,
        children.map((row) => ({ row, key })),
      );
  }
  return writer.edits;
}

export const fillSubtotals: FillCommand = {
  id: 'fill/subtotals',
  title: '写入小计与合计',
  docs: '按下级科目重算类、款小计和合计行（收入、支出、一般公共预算、基金、国资表及基本支出经济分类表），可写为数值或求和公式。',
  run({ reading, mode }) {
    const edits = reading.tables.flatMap((table) => {
      if (CODED_KINDS.includes(table.kind)) return fillGroups(table, codedGroups(table), mode);
      if (table.kind === 'basic-economic') return fillGroups(table, economicGroups(table), mode);
      return [];
    });
    return { edits, notes: edits.length ? [] : ['各表小计与合计已与下级科目一致，无需写入。'] };
  },
};
