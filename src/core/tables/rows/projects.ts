/**
 * Project rows with their unit subtotal rows told apart. A unit row names a known unit (部门名称, a
 * 机关运行经费 unit) or looks like an organisation and equals the sum of the projects under it; a 部门
 * row and a 单位 row may both repeat the same total.
 */
import { ZERO, type Amount } from '../../amount';
import type { ReadIssue, TableColumn, TableRow } from '../types';
import type { SheetView } from '../layout/sheet-view';
import { bare, isTotalLabel } from '../layout/text';
import { amountColumns, namedRows } from './cells';

const ORGANISATION = /(本级|局|委员会|委|办公室|办|院|中心|所|站|队|厅|部|处|室|馆|学校|校|协会|联合会|政府|街道|镇|乡|党校|集团|公司)$/;

export function readProjectRows(view: SheetView, dataRows: number[], columns: TableColumn[], knownUnits: ReadonlySet<string>, issues: ReadIssue[]): TableRow[] {
  // "功能科目名称 | 项目名称": the project's own name column, when there are several.
  const names = columns.filter((column) => column.key === 'name');
  const nameCol = (names.find((column) => /项目/.test(column.header)) ?? names[0] ?? columns[0])?.col;
  const amountKey = amountColumns(columns)[0]?.key;
  const rows: TableRow[] = namedRows(view, dataRows, columns, nameCol).map(({ row, name, values }) => {
    if (!name) issues.push({ severity: 'warning', message: `第 ${row + 1} 行有金额但没有项目名称。`, ref: view.ref(row, nameCol ?? 0) });
    const role = name && isTotalLabel(name.text) ? 'total' : knownUnits.has(bare(name?.text ?? '')) ? 'unit' : 'project';
    return { row, role, ...(name ? { name } : {}), values };
  });
  const amountOf = (row: TableRow): Amount | null => (row.values.total ?? (amountKey ? row.values[amountKey as keyof TableRow['values']] : undefined))?.amount ?? null;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.role !== 'project' || !row.name || !ORGANISATION.test(bare(row.name.text))) continue;
    if (subtotalsFollowing(rows, i, amountOf)) row.role = 'unit';
  }
  return rows;
}

/** Whether rows[i] equals the next unit row (a repeated subtotal) or the sum of one or more projects right after it. */
function subtotalsFollowing(rows: TableRow[], i: number, amountOf: (row: TableRow) => Amount | null): boolean {
  const own = amountOf(rows[i]);
  if (!own || own.isZero() || i + 1 >= rows.length) return false;
  const next = amountOf(rows[i + 1]);
  if (next && next.equals(own) && rows[i + 1].role === 'unit') return true;
  let sum = ZERO;
  for (let j = i + 1; j < rows.length && rows[j].role === 'project'; j++) {
    sum = sum.plus(amountOf(rows[j]) ?? 0);
    if (sum.equals(own)) return true;
    // Amounts are not negative, so once past the subtotal no longer run can match.
    if (sum.greaterThan(own) && own.isPositive()) return false;
  }
  return false;
}
