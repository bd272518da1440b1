/**
 * Tiny builder of typed tables for rule tests: rows are written as the disclosures print them,
 * cells get real sheet positions so findings can be asserted by address.
 */
import { Amount, fixedOf, type FixedAmount } from '../../amount';
import type { AmountUnit } from '../../amount';
import type { Narrative } from '../../narrative/types';
import type { AmountCell, BudgetTable, ColumnKey, LineKey, RowRole, SourceKey, TableKind, TableRow } from '../../tables/types';
import type { Catalog } from '../../catalog/types';
import { gridFromRows, type CellValue } from '../../grid';
import { readWorkbook } from '../../tables';
import type { CheckData } from '../types';

/** First data row (0-based): title, unit line and a two-row header come before. */
const FIRST_DATA_ROW = 4;

export interface ColumnSpec {
  key: ColumnKey;
  col: number;
  side?: 'income' | 'expenditure';
}

export interface RowSpec {
  role: RowRole;
  side?: 'income' | 'expenditure';
  line?: LineKey;
  source?: SourceKey;
  code?: string;
  name?: string;
  /** Column key → printed amount ('' or undefined = blank cell). */
  values?: Partial<Record<ColumnKey, string>>;
  texts?: Record<string, string>;
  /** 政府预算支出经济分类 name, in column B (basic-economic tables). */
  secondaryName?: string;
  /** Row on the sheet; by default the next row. */
  row?: number;
  /** Sheet columns of the code and name when not A and B. */
  codeCol?: number;
  nameCol?: number;
  partOf?: TableRow['partOf'];
  unread?: TableRow['unread'];
  /** Column key → formula of that amount cell. */
  formulas?: Partial<Record<ColumnKey, string>>;
}

export interface TableSpec {
  kind: TableKind;
  sheet: string;
  title: string;
  year?: number;
  unitName?: string;
  unit?: AmountUnit | null;
  columns: ColumnSpec[];
  rows: RowSpec[];
  /** A 本表无数据 note below the table, with these words (true: "注：本表无数据"). */
  noData?: boolean | string;
}

function fixedPart(text: string): { fixed?: FixedAmount } {
  const fixed = fixedOf(text);
  return fixed ? { fixed } : {};
}

/** A printed amount; an error value (#REF!) or words the reader could not read as an amount are a problem. */
function amountCell(sheet: string, row: number, col: number, printed: string | undefined, formula: string | undefined): AmountCell {
  const text = printed?.trim() ?? '';
  const ref = { sheet, row, col };
  const cell: AmountCell = /^#/.test(text)
    ? { ref, amount: null, raw: text, problem: { kind: 'error', text } }
    : /^-?[\d,]*\.?\d+$/.test(text)
      ? { ref, amount: new Amount(text.replace(/,/g, '')), ...fixedPart(text.replace(/,/g, '')), raw: text }
      : text === ''
        ? { ref, amount: null, raw: null }
        : { ref, amount: null, raw: text, problem: { kind: 'unparsable', text } };
  if (formula) cell.formula = formula;
  return cell;
}

export function buildTable(spec: TableSpec): BudgetTable {
  let next = FIRST_DATA_ROW;
  const rows: TableRow[] = spec.rows.map((r) => {
    const row = r.row ?? next;
    next = row + 1;
    const values: TableRow['values'] = {};
    for (const column of spec.columns) {
      if (column.side && r.side && column.side !== r.side) continue;
      if (r.values && column.key in r.values) values[column.key] = amountCell(spec.sheet, row, column.col, r.values[column.key], r.formulas?.[column.key]);
    }
    const codeCol = r.codeCol ?? 0;
    const nameCol = r.nameCol ?? (r.side === 'expenditure' ? 2 : r.code === undefined ? 0 : 1);
    const built: TableRow = { row, role: r.role, values };
    if (r.side) built.side = r.side;
    if (r.line) built.line = r.line;
    if (r.source) built.source = r.source;
    if (r.partOf) built.partOf = r.partOf;
    if (r.unread) built.unread = r.unread;
    if (r.code) built.code = { code: r.code, level: r.code.length <= 3 ? 1 : r.code.length <= 5 ? 2 : 3, cells: [{ sheet: spec.sheet, row, col: codeCol }] };
    if (r.name !== undefined) built.name = { ref: { sheet: spec.sheet, row, col: nameCol }, text: r.name };
    if (r.secondaryName !== undefined) built.secondaryName = { ref: { sheet: spec.sheet, row, col: 1 }, text: r.secondaryName };
    if (r.texts) {
      built.texts = {};
      let col = 10;
      for (const [key, text] of Object.entries(r.texts)) built.texts[key] = { ref: { sheet: spec.sheet, row, col: col++ }, text };
    }
    return built;
  });
  const bottom = Math.max(FIRST_DATA_ROW, next) + (spec.noData ? 1 : 0);
  const table: BudgetTable = {
    kind: spec.kind,
    sheet: spec.sheet,
    range: { top: 0, left: 0, bottom, right: Math.max(1, ...spec.columns.map((c) => c.col)) },
    title: { ref: { sheet: spec.sheet, row: 0, col: 0 }, text: spec.title },
    columns: spec.columns.map((c) => ({ key: c.key, header: c.key, col: c.col, side: c.side })),
    rows,
    issues: [],
  };
  if (spec.year !== undefined) table.year = spec.year;
  if (spec.unitName !== undefined) table.unitName = { ref: { sheet: spec.sheet, row: 1, col: 0 }, text: spec.unitName };
  if (spec.unit !== null) table.unit = { unit: spec.unit ?? '万元', ref: { sheet: spec.sheet, row: 1, col: 3 } };
  if (spec.noData) {
    table.noDataNote = { sheet: spec.sheet, row: bottom, col: 0 };
    table.noDataText = spec.noData === true ? '注：本表无数据' : spec.noData;
  }
  return table;
}

/**
 * A table from tab-separated lines "code\tname\tamount…" as printed; the 合计 line has an empty code,
 * lines without a code (economic items, projects) write their name first and take `role`, or the role
 * `roles` gives their name. Amount columns start at column C.
 */
export function tsvTable(kind: TableKind, sheet: string, keys: ColumnKey[], tsv: string, extra: Partial<TableSpec> & { role?: RowRole; roles?: Record<string, RowRole> } = {}): BudgetTable {
  const { role = 'item', roles = {}, ...rest } = extra;
  const rows: RowSpec[] = lines(tsv).map(([code, name, ...amounts]) => {
    const isCode = /^\d+$/.test(code);
    const label = isCode ? name : code || name;
    const rowRole: RowRole = roles[label] ?? (isCode ? (code.length <= 3 ? 'class' : code.length <= 5 ? 'section' : 'item') : label === '合计' ? 'total' : role);
    return {
      role: rowRole,
      code: isCode ? code : undefined,
      name: label,
      nameCol: isCode ? 1 : 0,
      values: Object.fromEntries(keys.map((key, i) => [key, amounts[i] ?? ''])),
    };
  });
  return buildTable({ kind, sheet, title: sheet, columns: columnsFrom(keys), rows, ...rest });
}

/**
 * A line of a two-sided table (收支总表, 财政拨款收支总表): its LineKey — with the source after a colon
 * ("source:general", "carryover:fund") and "/fiscal" for a part of the 财政拨款 line — its printed
 * name, and its amounts in the side's columns.
 */
export type SideLine = [line: string, name: string, ...amounts: string[]];

/**
 * A two-sided table as printed: income lines in A (name) and B (amount), expenditure lines in C
 * (name) and D… (`expenditureKeys`), both sides from the first data row down.
 */
export function twoSidedTable(
  kind: 'summary' | 'fiscal-summary',
  sheet: string,
  expenditureKeys: ColumnKey[],
  income: SideLine[],
  expenditure: SideLine[],
  extra: Partial<TableSpec> = {},
): BudgetTable {
  const side = (which: 'income' | 'expenditure', keys: ColumnKey[]) => (lines: SideLine[]) =>
    lines.map(([spec, name, ...amounts], i): RowSpec => {
      const [lineAndSource, partOf] = spec.split('/');
      const [line, source] = lineAndSource.split(':') as [LineKey, SourceKey | undefined];
      return {
        role: line === 'class' ? 'class' : 'line',
        side: which,
        line,
        ...(source ? { source } : {}),
        ...(partOf ? { partOf: 'fiscal' as const } : {}),
        name,
        row: FIRST_DATA_ROW + i,
        values: Object.fromEntries(keys.map((key, k) => [key, amounts[k] ?? ''])),
      };
    });
  const columns: ColumnSpec[] = [{ key: 'amount', col: 1, side: 'income' }, ...expenditureKeys.map((key, i) => ({ key, col: 3 + i, side: 'expenditure' as const }))];
  const rows = [...side('income', ['amount'])(income), ...side('expenditure', expenditureKeys)(expenditure)];
  return buildTable({ kind, sheet, title: sheet, columns, rows, ...extra });
}

function lines(tsv: string): string[][] {
  return tsv
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t'));
}

export function columnsFrom(keys: ColumnKey[], first = 2): ColumnSpec[] {
  return keys.map((key, i) => ({ key, col: first + i }));
}

/**
 * The tables the reader makes of sheets printed as the disclosures print them (blank form lines,
 * notes under the 合计 row): for cases whose point is where the reader finds a cell.
 */
export function readTables(sheets: Record<string, CellValue[][]>): BudgetTable[] {
  return readWorkbook({ sheets: Object.entries(sheets).map(([name, rows]) => gridFromRows(name, rows)) }).tables;
}

function emptyNarrative(): Narrative {
  return { paragraphs: [], items: [], changes: [], amounts: [], percentages: [], yearOnYear: [], purchases: [] };
}

export function contextOf(tables: BudgetTable[], more: Partial<Omit<CheckData, 'tables' | 'tablesOf'>> = {}): CheckData {
  const purchaseCatalogs: Catalog[] = more.purchaseCatalogs ?? [];
  return {
    ...more,
    tables,
    tablesOf: (kind) => tables.filter((t) => t.kind === kind),
    narrative: more.narrative ?? emptyNarrative(),
    purchaseCatalogs,
    allCatalogs: more.allCatalogs ?? purchaseCatalogs,
    options: more.options ?? {},
    identities: more.identities ?? [],
  };
}
