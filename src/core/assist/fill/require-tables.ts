import { TABLE_LABEL } from '../../tables/labels';
import { firstOf } from '../../tables/query';
import type { BudgetTable, TableKind } from '../../tables/types';
import type { FillProposal } from './types';

/** The tables a command reads and writes, or the proposal that says which one was not recognised. */
export function requireTables<K extends TableKind>(tables: BudgetTable[], kinds: K[]): { found: Record<K, BudgetTable> } | { missing: FillProposal } {
  const found = {} as Record<K, BudgetTable>;
  for (const kind of kinds) {
    const table = firstOf(tables, kind);
    if (!table) return { missing: { edits: [], notes: [`未识别到${TABLE_LABEL[kind]}。`] } };
    found[kind] = table;
  }
  return { found };
}
