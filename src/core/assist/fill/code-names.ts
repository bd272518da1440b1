/**
 * 补全科目编码与名称: a coded row with a code but no name gets the name used for that code elsewhere in
 * the workbook, else the classification catalog's; a row with a name but no code gets the code likewise.
 */
import type { CellEdit } from '../../findings';
import type { BudgetTable, TableRow } from '../../tables/types';
import { codeForName, nameForCode } from '../code-lookup';
import { normalizeName } from '../../text/normalize';
import type { FillCommand } from './types';
import { textEdit } from './write';

const CODED_KINDS = new Set(['income', 'expenditure', 'general-expenditure', 'fund-income', 'fund-expenditure', 'state-capital']);

/** Code ↔ name pairs the workbook itself uses, the most frequent name for each code. */
function workbookPairs(tables: BudgetTable[]): { nameOf: Map<string, string>; codeOf: Map<string, string> } {
  const counts = new Map<string, Map<string, number>>();
  for (const table of tables) {
    for (const row of table.rows) {
      const code = row.code?.code;
      const name = row.name?.text.trim();
      if (!code || !name) continue;
      const names = counts.get(code) ?? new Map<string, number>();
      names.set(name, (names.get(name) ?? 0) + 1);
      counts.set(code, names);
    }
  }
  const nameOf = new Map<string, string>();
  const codeOf = new Map<string, string>();
  for (const [code, names] of counts) {
    const [best] = [...names].sort((a, b) => b[1] - a[1]);
    nameOf.set(code, best[0]);
    const key = normalizeName(best[0]);
    codeOf.set(key, codeOf.has(key) && codeOf.get(key) !== code ? '' : code);
  }
  return { nameOf, codeOf };
}

function columnOf(table: BudgetTable, row: TableRow, key: string): number | undefined {
  return table.columns.find((c) => c.key === key && c.side === row.side)?.col;
}

/** Where a code is written: one code column, or the 类/款/项 parts. */
function codeEdits(table: BudgetTable, row: TableRow, code: string): CellEdit[] {
  const at = (col: number) => ({ sheet: table.sheet, row: row.row, col });
  const whole = columnOf(table, row, 'code');
  if (whole !== undefined) return [textEdit(at(whole), code)];
  const parts: Array<[string, string]> = [
    ['code-class', code.slice(0, 3)],
    ['code-section', code.slice(3, 5)],
    ['code-item', code.slice(5, 7)],
  ];
  return parts.flatMap(([key, part]) => {
    const col = columnOf(table, row, key);
    return col !== undefined && part ? [textEdit(at(col), part)] : [];
  });
}

export const fillCodeNames: FillCommand = {
  id: 'fill/code-names',
  title: '补全科目编码与名称',
  docs: '有编码无名称的行按本工作簿其他表或支出功能分类目录补名称；有名称无编码的行补编码。',
  run({ reading, catalogs }) {
    const { nameOf, codeOf } = workbookPairs(reading.tables);
    const edits: CellEdit[] = [];
    const notes: string[] = [];
    for (const table of reading.tables.filter((t) => CODED_KINDS.has(t.kind))) {
      for (const row of table.rows) {
        if (row.role === 'total') continue;
        const code = row.code?.code;
        const name = row.name?.text.trim();
        const where = `${table.sheet} 第 ${row.row + 1} 行`;
        if (code && !name) {
          const col = columnOf(table, row, 'name');
          const found = nameOf.get(code) ?? lookup(nameForCode(catalogs, code), notes, where);
          if (found && col !== undefined) edits.push(textEdit({ sheet: table.sheet, row: row.row, col }, found));
        } else if (name && !code) {
          const found = codeOf.get(normalizeName(name)) || lookup(codeForName(catalogs, name), notes, where);
          if (found) edits.push(...codeEdits(table, row, found));
        }
      }
    }
    return { edits, notes };
  },
};

function lookup(result: ReturnType<typeof nameForCode>, notes: string[], where: string): string | undefined {
  if (result.ok) return result.value;
  notes.push(`${where}：${result.reason}`);
  return undefined;
}
