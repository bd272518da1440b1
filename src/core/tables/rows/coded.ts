/** Rows of 科目编码 tables (收入总表, 支出总表, 一般公共预算支出表, 政府性基金表 …): total, 类, 款, 项. */
import type { ReadIssue, RowRole, TableColumn, TableRow } from '../types';
import type { SheetView } from '../layout/sheet-view';
import { isTotalLabel } from '../layout/text';
import { columnOf, hasAnyAmount, namedRows, readValues, textCell } from './cells';
import { CodeReader } from './codes';

const ROLE_BY_LEVEL: Record<number, RowRole> = { 1: 'class', 2: 'section', 3: 'item' };

export function readCodedRows(view: SheetView, rows: number[], columns: TableColumn[], issues: ReadIssue[], side?: TableRow['side']): TableRow[] {
  const codes = new CodeReader(view, columns);
  const nameCol = columnOf(columns, 'name');
  if (listsUnits(columns, codes.present)) return readUnitRows(view, rows, columns, nameCol);
  const out: TableRow[] = [];
  for (const row of rows) {
    const reading = codes.read(row);
    const values = readValues(view, row, columns);
    const nameCell = textCell(view, row, nameCol);
    const label = reading.text?.text ?? nameCell?.text ?? '';
    const sideField = side ? { side } : {};
    if (!reading.code && !nameCell && !reading.text && !hasAnyAmount(values)) continue;
    if (isTotalLabel(label)) {
      const totalName = reading.text ?? nameCell;
      out.push({ row, role: 'total', ...sideField, ...(totalName ? { name: totalName } : {}), values });
      continue;
    }
    if (reading.problem) issues.push({ severity: 'warning', message: reading.problem, ...(reading.text ? { ref: reading.text.ref } : {}) });
    // A name written after the code in the same cell is the row's name without its code.
    const name = reading.trailingName && reading.code ? { ref: reading.code.cells[0], text: reading.trailingName } : nameCell;
    if (!reading.code) {
      if (codes.present && !reading.problem) {
        issues.push({ severity: 'warning', message: `第 ${row + 1} 行“${label || '（无名称）'}”没有科目编码。`, ref: view.ref(row, nameCol ?? 0) });
      }
      // Without its code the row cannot be placed in the 类/款/项 hierarchy.
      const unread = reading.problem ? 'malformed-code' : codes.present ? 'no-code' : undefined;
      out.push({ row, role: 'item', ...sideField, ...(name ? { name } : {}), values, ...(unread ? { unread } : {}) });
      continue;
    }
    out.push({ row, role: ROLE_BY_LEVEL[reading.code.level], ...sideField, code: reading.code, ...(name ? { name } : {}), values });
  }
  return out;
}

/**
 * Some templates list a department's 收入/支出 by unit ("单位代码 | 单位名称 | 合计 …") rather than by
 * 科目: such rows are units, with no 科目编码 to read or miss.
 */
function listsUnits(columns: TableColumn[], hasCodes: boolean): boolean {
  if (columns.some((column) => column.key === 'unit-code')) return true;
  const name = columns.find((column) => column.key === 'name');
  return !hasCodes && name !== undefined && /单位(?:名称)?$/.test(name.header.replace(/\s/g, ''));
}

function readUnitRows(view: SheetView, rows: number[], columns: TableColumn[], nameCol: number | undefined): TableRow[] {
  return namedRows(view, rows, columns, nameCol).map(({ row, name, values }) => ({ row, role: name && isTotalLabel(name.text) ? 'total' : 'unit', ...(name ? { name } : {}), values }));
}
