/**
 * 财政拨款安排“三公”经费支出预算表 (quotes “” "" or none). Lines as rows (项目 | 合计 | 一般公共预算 …)
 * or as columns (合计 | 因公出国（境）费 | 公务接待费 | 公务用车购置及运行费: 小计 | 购置费 | 运行费).
 */
import type { LineKey, RowRole, TableColumn, TableRow } from '../types';
import { readTabular } from '../layout/block';
import { FOREIGN_COLUMN } from '../layout/columns';
import type { SheetView } from '../layout/sheet-view';
import { readAmountCell } from '../layout/amounts';
import { compact, isTotalLabel } from '../layout/text';
import { columnOf, namedRows } from '../rows/cells';
import { knownColumns, tabularContent, type TableRecogniser } from './recogniser';

const LINES: Array<[RegExp, LineKey]> = [
  [/出国|出境/, 'abroad'],
  [/接待/, 'reception'],
  [/购置及运行|购置和运行|购置与运行|^公务用车(费|经费)?$/, 'vehicle'],
  [/购置/, 'vehicle-purchase'],
  [/运行|维护/, 'vehicle-operation'],
];

function roleOf(line: LineKey): RowRole {
  if (line === 'total') return 'total';
  return line === 'vehicle' ? 'group' : 'line';
}

function lineOf(label: string): LineKey | undefined {
  if (isTotalLabel(label) || /三公.*(?:合计|总计)$/.test(label)) return 'total';
  return LINES.find(([pattern]) => pattern.test(label))?.[1];
}

const LINE_COLUMN = 'line:';

/** 会议费 and 培训费, printed beside the 三公 lines in a “三公”经费及会议培训费表: not 三公 lines. */
const MEETING_OR_TRAINING = /会议|培训/;

/**
 * Horizontal layout: a column per line; the child word decides before the group word. The 机关运行经费
 * column of a combined table belongs to the other table.
 */
function lineColumnKey(fragments: string[]): string | undefined {
  if (/机关运行经费/.test(fragments.join('')) || MEETING_OR_TRAINING.test(fragments[fragments.length - 1] ?? '')) return FOREIGN_COLUMN;
  for (const text of [fragments[fragments.length - 1] ?? '', fragments.join('')]) {
    const found = LINES.find(([pattern]) => pattern.test(text));
    if (found) return LINE_COLUMN + found[1];
  }
  return undefined;
}

export const threePublic: TableRecogniser = {
  kind: 'three-public',
  titles: [/(?:财政拨款)?(?:安排的?)?"?三公"?经费(?:支出)?(?:预算)?(?:情况)?(?:统计)?表/, /"?三公"?经费及会议(?:费)?[和、及]?培训费(?:支出)?(?:预算)?(?:情况)?表/],
  read(block) {
    const tabular = readTabular(block, { dataLabel: /出国|接待|公务用车|会议|培训/, columnKey: lineColumnKey });
    const columns = knownColumns(tabular);
    const lineColumns = columns.filter((column) => column.key.startsWith(LINE_COLUMN));
    const lines =
      lineColumns.length >= 2 ? readLineColumns(block.view, tabular.dataRows, columns, tabular.header?.rows[0] ?? block.title.ref.row) : readLineRows(block.view, tabular.dataRows, columns);
    const rows = withoutMeetingAndTraining(lines, tabular.header?.columns ?? []);
    const issues = rows
      .filter((row) => !row.line)
      .map((row) => ({
        severity: 'warning' as const,
        message: `未能识别“三公”经费项目“${row.name?.text ?? ''}”。`,
        ...(row.name ? { ref: row.name.ref } : {}),
      }));
    return tabularContent(block, tabular, columns, rows, issues);
  },
};

/**
 * Without the 会议费 and 培训费 lines. When they are printed, a plain 合计 may include them: it is
 * kept only when its words say it is the 三公 total ("“三公”经费合计"), else no sum rests on it.
 */
function withoutMeetingAndTraining(rows: TableRow[], headerColumns: TableColumn[]): TableRow[] {
  const named = (row: TableRow) => MEETING_OR_TRAINING.test(row.name?.text ?? '');
  const printed = rows.some(named) || headerColumns.some((column) => MEETING_OR_TRAINING.test(column.header.split(' ').pop() ?? ''));
  if (!printed) return rows;
  return rows.filter((row) => !named(row) && (row.line !== 'total' || /三公/.test(row.name?.text ?? '')));
}

function readLineRows(view: SheetView, dataRows: number[], columns: TableColumn[]): TableRow[] {
  const nameCol = columnOf(columns, 'name') ?? columns[0]?.col;
  return namedRows(view, dataRows, columns, nameCol).map((row) => {
    const line = row.name ? lineOf(compact(row.name.text)) : undefined;
    return { ...row, role: line ? roleOf(line) : 'line', ...(line ? { line } : {}) };
  });
}

/** One row per line column of the first data row that carries amounts; the 合计 column is the total line. */
function readLineColumns(view: SheetView, dataRows: number[], columns: TableColumn[], headerRow: number): TableRow[] {
  const row = dataRows.find((r) => columns.some((column) => view.text(r, column.col) !== '')) ?? dataRows[0];
  if (row === undefined) return [];
  return columns
    .filter((column) => column.key.startsWith(LINE_COLUMN) || column.key === 'total')
    .map((column) => {
      const line: LineKey = column.key === 'total' ? 'total' : (column.key.slice(LINE_COLUMN.length) as LineKey);
      return {
        row,
        role: roleOf(line),
        line,
        name: { ref: view.ref(headerRow, column.col), text: column.header },
        values: { total: readAmountCell(view, row, column.col) },
      };
    });
}
