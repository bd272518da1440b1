/**
 * 一般公共预算安排基本支出分经济科目表 / 一般公共预算基本支出表: groups (工资福利支出, 商品和服务支出 …)
 * and their items, the 政府预算支出经济分类 name beside the 部门 name, 合计 = 人员经费 + 公用经费.
 * A group is told by its code (3 digits), by a blank 政府预算 name, or by equalling the sum of the rows after it.
 */
import { ZERO } from '../../amount';
import type { TableColumn, TableRow } from '../types';
import { readTabular } from '../layout/block';
import type { SheetView } from '../layout/sheet-view';
import { isTotalLabel } from '../layout/text';
import { columnOf, hasAnyAmount, readValues, textCell } from '../rows/cells';
import { CodeReader } from '../rows/codes';
import { knownColumns, tabularContent, type TableRecogniser } from './recogniser';

export const basicEconomic: TableRecogniser = {
  kind: 'basic-economic',
  classification: 'economic',
  titles: [
    /一般公共预算(?:财政拨款)?(?:安排的?)?基本支出(?:分|按)?(?:部门预算)?(?:支出)?经济(?:分类)?(?:科目)?(?:预算)?(?:情况)?表/,
    /一般公共预算(?:财政拨款)?基本支出(?:预算)?(?:明细|情况)?表/,
    /基本支出(?:分|按)经济(?:分类)?科目(?:预算)?表/,
  ],
  read(block) {
    const tabular = readTabular(block);
    const columns = knownColumns(tabular);
    const rows = readEconomicRows(block.view, tabular.dataRows, columns);
    return tabularContent(block, tabular, columns, rows);
  },
};

function readEconomicRows(view: SheetView, dataRows: number[], columns: TableColumn[]): TableRow[] {
  const codes = new CodeReader(view, columns);
  const secondaryCodes = new CodeReader(view, columns, 'secondary-');
  const nameCol = columnOf(columns, 'name');
  const secondaryCol = columnOf(columns, 'secondary-name');
  const rows: TableRow[] = [];
  const undecided: number[] = [];
  for (const row of dataRows) {
    const reading = codes.read(row);
    const name = textCell(view, row, nameCol) ?? reading.text;
    const secondaryName = textCell(view, row, secondaryCol);
    const values = readValues(view, row, columns);
    if (!name && !reading.code && !hasAnyAmount(values)) continue;
    const secondaryCode = secondaryCodes.read(row).code;
    const texts = secondaryCode ? { texts: { 'secondary-code': { ref: secondaryCode.cells[0], text: secondaryCode.code } } } : {};
    const base = { row, ...(reading.code ? { code: reading.code } : {}), ...(name ? { name } : {}), ...(secondaryName ? { secondaryName } : {}), ...texts, values };
    if (name && isTotalLabel(name.text)) rows.push({ ...base, role: 'total' });
    else if (reading.code) rows.push({ ...base, role: reading.code.level === 1 ? 'group' : 'item' });
    else if (secondaryCol !== undefined) rows.push({ ...base, role: secondaryName ? 'item' : 'group' });
    else {
      undecided.push(rows.length);
      rows.push({ ...base, role: 'item' });
    }
  }
  for (const i of undecided) if (sumsFollowing(rows, i)) rows[i].role = 'group';
  return rows;
}

/** A row equal to the sum of one or more rows right after it (no group in between) heads them. */
function sumsFollowing(rows: TableRow[], i: number): boolean {
  const own = rows[i].values.total?.amount;
  if (!own || own.isZero()) return false;
  let sum = ZERO;
  for (let j = i + 1; j < rows.length && rows[j].role === 'item'; j++) {
    sum = sum.plus(rows[j].values.total?.amount ?? ZERO);
    if (sum.equals(own)) return true;
    // Amounts are not negative, so once past the group total no longer run can match.
    if (sum.greaterThan(own) && own.isPositive()) return false;
  }
  return false;
}
