/** 财政拨款安排机关运行经费预算表: 部门合计 and one line per unit. */
import type { TableRow } from '../types';
import { readTabular } from '../layout/block';
import { isTotalLabel } from '../layout/text';
import { columnOf, namedRows } from '../rows/cells';
import { knownColumns, tabularContent, type TableRecogniser } from './recogniser';

export const operatingCost: TableRecogniser = {
  kind: 'operating-cost',
  titles: [/(?:财政拨款)?(?:安排的?)?机关运行经费(?:支出)?(?:预算)?(?:情况)?表/],
  read(block) {
    const tabular = readTabular(block);
    const columns = knownColumns(tabular);
    const nameCol = columnOf(columns, 'name') ?? columns[0]?.col;
    const rows: TableRow[] = namedRows(block.view, tabular.dataRows, columns, nameCol).map((row) => ({
      ...row,
      role: row.name && isTotalLabel(row.name.text) ? 'total' : 'unit',
    }));
    return tabularContent(block, tabular, columns, rows);
  },
};
