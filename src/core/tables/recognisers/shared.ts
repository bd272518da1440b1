/** Readers shared by several table kinds; each kind's file states its titles and picks one. */
import type { TableKind } from '../types';
import { readTabular } from '../layout/block';
import { readCodedRows } from '../rows/coded';
import { isLabelKey } from '../layout/columns';
import { readLines, splitSides } from '../rows/two-sided';
import { knownColumns, tabularContent, type TableRecogniser } from './recogniser';

/** 科目编码 + 科目名称 + amount columns: 收入总表, 支出总表, 一般公共预算支出表, 政府性基金表. */
export function codedTable(kind: TableKind, titles: RegExp[]): TableRecogniser {
  return {
    kind,
    titles,
    read(block) {
      const tabular = readTabular(block);
      const columns = knownColumns(tabular);
      const { issues } = tabular;
      const rows = readCodedRows(block.view, tabular.dataRows, columns, issues);
      return tabularContent(block, tabular, columns, rows);
    },
  };
}

/** Income lines left, 支出 class lines right: 收支总表, 财政拨款收支总表. */
export function twoSidedLines(kind: TableKind, titles: RegExp[]): TableRecogniser {
  return {
    kind,
    titles,
    read(block) {
      const tabular = readTabular(block);
      const { issues } = tabular;
      const columns = knownColumns(tabular);
      const sides = splitSides(columns);
      if (!sides) {
        if (columns.length > 0) issues.push({ severity: 'error', message: `“${block.title.text}”的表头中找不到收入和支出两栏。`, ref: block.title.ref });
        return tabularContent(block, tabular, columns, []);
      }
      // A lone 金额 column on the 支出 side is that side's total; the income side's one amount column is its amount.
      if (!sides.expenditure.some((column) => column.key === 'total')) {
        for (const column of sides.expenditure) if (column.key === 'amount') column.key = 'total';
      }
      const incomeAmounts = sides.income.filter((column) => !isLabelKey(column.key));
      if (incomeAmounts.length === 1) incomeAmounts[0].key = 'amount';
      const rows = [
        ...readLines(block.view, tabular.dataRows, sides.income, 'income', issues),
        ...readLines(block.view, tabular.dataRows, sides.expenditure, 'expenditure', issues),
      ];
      return tabularContent(block, tabular, [...sides.income, ...sides.expenditure], rows);
    },
  };
}
