/** Readers shared by several table kinds; each kind's file states its titles and picks one. */
import type { TableBlock } from '../layout/block';
import type { ReadIssue, TableKind, TableRow } from '../types';
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
    classification: 'function',
    read(block) {
      const tabular = readTabular(block);
      const columns = knownColumns(tabular);
      const { issues } = tabular;
      const rows = readCodedRows(block.view, tabular.dataRows, columns, issues);
      return tabularContent(block, tabular, columns, rows);
    },
  };
}

/** A side without its 合计/总计 line was cut short (a page break, a missing row): said once, not silently. */
function cutShort(block: TableBlock, rows: TableRow[]): ReadIssue[] {
  const sides = [
    { side: 'income', words: '收入', totals: ['income-total', 'grand-total'] },
    { side: 'expenditure', words: '支出', totals: ['expenditure-total', 'grand-total'] },
  ] as const;
  return sides
    .filter(({ side, totals }) => rows.some((row) => row.side === side) && !rows.some((row) => row.side === side && row.line && (totals as readonly string[]).includes(row.line)))
    .map(({ words }) => ({
      severity: 'warning' as const,
      message: `“${block.title.text}”的${words}栏没有读到合计或总计行（表格可能不完整），${words}总计的核对未进行。`,
      ref: block.title.ref,
    }));
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
      const rows = [...readLines(block.view, tabular.dataRows, sides.income, 'income', issues), ...readLines(block.view, tabular.dataRows, sides.expenditure, 'expenditure', issues)];
      issues.push(...cutShort(block, rows));
      return tabularContent(block, tabular, [...sides.income, ...sides.expenditure], rows);
    },
  };
}
