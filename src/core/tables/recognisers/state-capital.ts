/** 国有资本经营预算收支预算表 / 国有资本经营预算支出表: coded income (left) and coded 支出 (right). */
import { readTabular } from '../layout/block';
import { readCodedRows } from '../rows/coded';
import { splitSides } from '../rows/two-sided';
import { knownColumns, tabularContent, type TableRecogniser } from './recogniser';

export const stateCapital: TableRecogniser = {
  kind: 'state-capital',
  titles: [/国有资本经营(?:预算)?(?:财政拨款)?(?:安排的?)?(?:收支|支出|收入)?(?:功能分类)?(?:预算)?(?:明细|情况)?表/],
  classification: 'function',
  read(block) {
    const tabular = readTabular(block);
    const { issues } = tabular;
    const columns = knownColumns(tabular);
    const sides = splitSides(columns);
    if (!sides) {
      // A 支出-only table: one coded side.
      return tabularContent(block, tabular, columns, readCodedRows(block.view, tabular.dataRows, columns, issues, 'expenditure'));
    }
    const rows = [...readCodedRows(block.view, tabular.dataRows, sides.income, issues, 'income'), ...readCodedRows(block.view, tabular.dataRows, sides.expenditure, issues, 'expenditure')];
    return tabularContent(block, tabular, [...sides.income, ...sides.expenditure], rows);
  },
};
