/**
 * 项目支出绩效目标表: a form, not a grid. Reads the labelled fields 项目名称, 主管部门, 实施单位,
 * 项目概况, 年度资金总额 and 实施期资金总额 (amounts in the unit of "项目资金（元）"), value to the right of the label
 * or after its colon.
 */
import type { AmountUnit } from '../../amount';
import type { AmountCell, ReadIssue, TextCell } from '../types';
import { parseAmountText } from '../../amount';
import { readAmountCell } from '../layout/amounts';
import { isYearLine } from '../layout/meta';
import type { SheetView } from '../layout/sheet-view';
import { compact } from '../layout/text';
import { yearOf } from '../layout/title';
import type { TableContent, TableRecogniser } from './recogniser';

const MAX_FORM_ROWS = 80;

type FieldKind = 'text' | 'amount';
const FIELDS: Array<[RegExp, string, FieldKind]> = [
  [/^项目名称$/, '项目名称', 'text'],
  [/^主管部门(及代码)?$/, '主管部门', 'text'],
  [/^(实施|填报)单位$/, '实施单位', 'text'],
  [/^年度资金总额$/, '年度资金总额', 'amount'],
  [/^实施期资金总额$/, '实施期资金总额', 'amount'],
  [/^项目概况$/, '项目概况', 'text'],
];

export const performanceTarget: TableRecogniser = {
  kind: 'performance-target',
  titles: [/项目(?:支出)?绩效目标(?:申报|公开)?表/],
  read(block) {
    const { view, title } = block;
    const fields: Record<string, TextCell | AmountCell> = {};
    const issues: ReadIssue[] = [];
    let unit: TableContent['unit'];
    let year: number | undefined;
    let lastRow = title.ref.row;
    let lastCol = title.ref.col;
    const stop = Math.min(block.end, block.start + MAX_FORM_ROWS);
    for (let r = block.start; r < stop; r++) {
      const cells = view.rowCells(r);
      if (cells.length === 0) continue;
      lastRow = r;
      const yearLine = cells.find((cell) => isYearLine(cell.text));
      if (yearLine) year ??= yearOf(yearLine.text);
      for (let i = 0; i < cells.length; i++) {
        const { col, text } = cells[i];
        const t = compact(text);
        const money = /项目资金.*[(（](亿元|万元|元)[)）]/.exec(t);
        if (money && !unit) unit = { unit: money[1] as AmountUnit, ref: view.ref(r, col) };
        const [label, glued] = splitLabel(t);
        const field = FIELDS.find(([pattern]) => pattern.test(label));
        if (!field || fields[field[1]]) continue;
        const value = glued ? { col, text: glued } : cells[i + 1];
        if (!value) continue;
        lastCol = Math.max(lastCol, value.col);
        fields[field[1]] = field[2] === 'text' ? { ref: view.ref(r, value.col), text: value.text.trim() } : amountField(view, r, value, !!glued);
      }
      if (/^负责人/.test(compact(cells[0].text))) break;
    }
    for (const name of ['项目名称', '年度资金总额']) {
      if (!fields[name]) issues.push({ severity: 'warning', message: `绩效目标表“${title.text}”中未找到“${name}”。`, ref: title.ref });
    }
    const department = fields['主管部门'] as TextCell | undefined;
    const unitName = department ? { ref: department.ref, text: department.text.replace(/^\d+\s*[-－—]\s*/, '') } : undefined;
    return {
      columns: [],
      rows: [],
      fields,
      issues,
      lastRow,
      lastCol,
      ...(unit ? { unit } : {}),
      ...(year ? { year } : {}),
      ...(unitName ? { unitName } : {}),
    };
  },
};

/** "年度资金总额：200,000" → ["年度资金总额", "200,000"]. */
function splitLabel(text: string): [string, string] {
  const m = /^([^:：]+)[:：](.*)$/.exec(text);
  return m ? [m[1], m[2]] : [text, ''];
}

function amountField(view: SheetView, row: number, value: { col: number; text: string }, glued: boolean): AmountCell {
  if (!glued) return readAmountCell(view, row, value.col);
  const parsed = parseAmountText(value.text);
  const ref = view.ref(row, value.col);
  return parsed.problem ? { ref, amount: null, raw: value.text, problem: { kind: parsed.problem, text: value.text } } : { ref, amount: parsed.amount, raw: value.text };
}
