/**
 * Two-sided tables (收支总表, 财政拨款收支总表, 国有资本经营预算收支表): income on the left, expenditure
 * on the right. The expenditure half starts at the first label column that follows an amount column.
 */
import { FISCAL_PARTS, type LineKey, type ReadIssue, type RowRole, type SourceKey, type TableColumn, type TableRow } from '../types';
import { isLabelKey } from '../layout/columns';
import type { SheetView } from '../layout/sheet-view';
import { compact, stripOrdinal } from '../layout/text';
import { columnOf, namedRows } from './cells';

export interface Sides {
  income: TableColumn[];
  expenditure: TableColumn[];
}

export function splitSides(columns: TableColumn[]): Sides | undefined {
  let seenAmount = false;
  for (let i = 0; i < columns.length; i++) {
    const key = columns[i].key;
    if (key === '') continue;
    if (!isLabelKey(key)) seenAmount = true;
    else if (seenAmount) {
      const side = (list: TableColumn[], s: 'income' | 'expenditure') => list.map((column) => ({ ...column, side: s }));
      return { income: side(columns.slice(0, i), 'income'), expenditure: side(columns.slice(i), 'expenditure') };
    }
  }
  return undefined;
}

const SOURCES: Array<[RegExp, SourceKey]> = [
  [/一般公共预算/, 'general'],
  [/社会保险基金/, 'social-insurance'],
  [/政府性基金/, 'fund'],
  [/国有资本经营/, 'state-capital'],
  [/财政专户/, 'special-account'],
  [/单位资金/, 'unit-funds'],
  [/财政拨款/, 'fiscal'],
  [/事业单位经营/, 'operating'],
  [/事业收入/, 'business'],
  [/上级补助/, 'superior-subsidy'],
  [/附属单位上缴/, 'affiliated'],
  [/事业基金/, 'reserve'],
  [/其他/, 'other'],
];

export function sourceOf(label: string): SourceKey | undefined {
  return SOURCES.find(([pattern]) => pattern.test(label))?.[1];
}

interface LineClass {
  role: RowRole;
  line?: LineKey;
  source?: SourceKey;
}

/** Income lines; source lines after a 上年结转 line are that carryover broken down by source. */
function incomeLine(label: string, afterCarryover: boolean): LineClass | undefined {
  if (/收入合计|本年收入$/.test(label)) return { role: 'line', line: 'income-total' };
  if (/总计/.test(label)) return { role: 'line', line: 'grand-total' };
  if (/结转|结余/.test(label)) return { role: 'line', line: 'carryover' };
  const source = sourceOf(label);
  if (source) return { role: 'line', line: afterCarryover ? 'carryover' : 'source', source };
  return undefined;
}

function expenditureLine(label: string): LineClass {
  if (/支出合计|本年支出$/.test(label)) return { role: 'line', line: 'expenditure-total' };
  if (/总计/.test(label)) return { role: 'line', line: 'grand-total' };
  if (/年终结转|年末结转|结转下年|结余/.test(label)) return { role: 'line', line: 'year-end-carryover' };
  return { role: 'class', line: 'class' };
}

/** Fixed lines of one side of a 收支总表-like table. */
export function readLines(view: SheetView, rows: number[], columns: TableColumn[], side: 'income' | 'expenditure', issues: ReadIssue[]): TableRow[] {
  const nameCol = columnOf(columns, 'name');
  const out: TableRow[] = [];
  let afterCarryover = false;
  // "一、财政拨款收入" followed by "1、一般公共预算 2、政府性基金 …": the funds are parts of that line.
  let afterFiscal = false;
  for (const { row, name: cell, values } of namedRows(view, rows, columns, nameCol)) {
    if (!cell) {
      issues.push({ severity: 'warning', message: `第 ${row + 1} 行${side === 'income' ? '收入' : '支出'}栏有金额但没有项目名称。`, ref: view.ref(row, nameCol ?? columns[0].col) });
      continue;
    }
    const label = compact(cell.text);
    const found = side === 'income' ? incomeLine(label, afterCarryover) : expenditureLine(label);
    if (!found) {
      issues.push({ severity: 'warning', message: `未能识别收入项目“${cell.text}”，收入合计未核对。`, ref: cell.ref });
      out.push({ row, role: 'line', side, name: cell, values, unread: 'unnamed-line' });
      continue;
    }
    if (found.line === 'carryover' && !found.source) afterCarryover = true;
    const partOfFiscal: boolean = afterFiscal && found.line === 'source' && found.source !== undefined && FISCAL_PARTS.includes(found.source);
    afterFiscal = found.source === 'fiscal' || partOfFiscal;
    const name = found.line === 'class' || found.line === 'source' ? { ref: cell.ref, text: stripOrdinal(cell.text) } : cell;
    out.push({
      row,
      role: found.role,
      side,
      ...(found.line ? { line: found.line } : {}),
      ...(found.source ? { source: found.source } : {}),
      ...(partOfFiscal ? { partOf: 'fiscal' as const } : {}),
      name,
      values,
    });
  }
  return out;
}
