/**
 * 财政拨款安排机关运行经费预算表: 部门合计 and one line per unit. Printed beside the “三公” columns of a
 * combined table (“三公”经费和机关运行经费预算表) it is one 机关运行经费 column without unit lines.
 */
import type { TableRow } from '../types';
import { readTabular } from '../layout/block';
import { FOREIGN_COLUMN, columnKeyOf } from '../layout/columns';
import { isTotalLabel } from '../layout/text';
import { columnOf, namedRows, readValues } from '../rows/cells';
import { knownColumns, tabularContent, type TableRecogniser } from './recogniser';

/** In a combined table the 三公 columns belong to the other table; the 机关运行经费 column is this table's total. */
function combinedColumnKey(fragments: string[]): string | undefined {
  const words = fragments.join('');
  if (/机关运行经费/.test(words) && !/名称|单位$/.test(words)) return 'total';
  if (/三公|出国|出境|接待|公务用车|购置|运行费/.test(words)) return FOREIGN_COLUMN;
  return columnKeyOf(fragments);
}

export const operatingCost: TableRecogniser = {
  kind: 'operating-cost',
  titles: [/(?:财政拨款)?(?:安排的?)?机关运行经费(?:支出)?(?:预算)?(?:情况)?表/],
  read(block) {
    const tabular = readTabular(block, { columnKey: combinedColumnKey });
    const columns = knownColumns(tabular);
    const nameCol = columnOf(columns, 'name');
    const named = namedRows(block.view, tabular.dataRows, columns, nameCol);
    // The one line of a table without names is read even when blank: a blank amount is 0 by convention.
    const oneLine = nameCol === undefined && named.length === 0 && tabular.dataRows.length > 0;
    const lines = oneLine ? [{ row: tabular.dataRows[0], values: readValues(block.view, tabular.dataRows[0], columns) }] : named;
    const rows: TableRow[] = lines.map((row) => ({
      ...row,
      // Without a name column the table is one line: the 机关运行经费 total.
      role: nameCol === undefined || (row.name && isTotalLabel(row.name.text)) ? 'total' : 'unit',
    }));
    return tabularContent(block, tabular, columns, rows);
  },
};
