import type { CatalogEntry } from '../../catalog/types';
import { refToA1 } from '../../grid';
import type { BudgetTable, TableRow } from '../../tables/types';
import { entriesWithName } from '../shared/catalog-lookup';
import { FUNCTION_CODED_KINDS } from '../shared/code-rows';
import { setCell } from '../shared/fixes';
import type { Rule } from '../types';

/** Among same-named entries, the one under the coded row above (its child or sibling). */
function placeFor(candidates: CatalogEntry[], above: TableRow | undefined): CatalogEntry | undefined {
  const near = above?.code?.code;
  const fitting = near ? candidates.filter((e) => e.code.startsWith(near) || e.code.slice(0, -2) === near.slice(0, -2)) : [];
  if (fitting.length === 1) return fitting[0];
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** Column of whole codes in this table; undefined when codes are split over 类/款/项 columns. */
function codeColumn(table: BudgetTable): number | undefined {
  const coded = table.rows.find((row) => row.code);
  return coded && coded.code!.cells.length === 1 ? coded.code!.cells[0].col : undefined;
}

export const codesMissingCode: Rule = {
  id: 'codes/missing-code',
  title: '科目名称缺少编码',
  defaultSeverity: 'warning',
  docs: '收入、支出类表格中有科目名称而没有科目编码的行：按支出功能分类目录中同名（且位于上一科目之下）的条目补填编码。',
  check(context) {
    const catalog = context.functionCatalog;
    if (!catalog) return;
    for (const table of context.tables) {
      if (!(FUNCTION_CODED_KINDS as readonly string[]).includes(table.kind)) continue;
      const column = codeColumn(table);
      let above: TableRow | undefined;
      for (const row of table.rows) {
        if (row.code) {
          above = row;
          continue;
        }
        // A code the reader saw but could not read is reported where it is, not as a missing one.
        if (row.role === 'total' || row.role === 'unit' || row.side || !row.name?.text.trim() || row.unread === 'malformed-code') continue;
        const candidates = entriesWithName([catalog], row.name.text)
          .map((hit) => hit.entry)
          .filter((entry) => entry.code);
        const entry = placeFor(candidates, above);
        const codeCell = column === undefined ? undefined : { sheet: table.sheet, row: row.row, col: column };
        context.report({
          at: codeCell ?? row.name.ref,
          table,
          message: `「${row.name.text}」没有科目编码${entry ? `；支出功能分类中该名称的编码是 ${entry.code}` : '，目录中也找不到同名科目，请核对'}。`,
          related: [row.name.ref],
          expected: entry?.code,
          fix: entry && codeCell ? setCell(codeCell, entry.code, `在 ${refToA1(codeCell)} 填入 ${entry.code}`) : undefined,
        });
      }
    }
  },
};
