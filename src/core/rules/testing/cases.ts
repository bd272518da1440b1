/**
 * Rule cases in the manner of ESLint's RuleTester: for each rule, `valid` inputs it must accept
 * silently and `invalid` inputs with the findings it must make (cell, severity, expected value, fix
 * kind) and the cells its fixes write. Inputs are typed tables from the builder and 情况说明
 * paragraphs read by the narrative reader. A case runs the rule as the engine does — its findings
 * settled by the diagnosis — so what a case shows is what a user sees. The jest wiring is in
 * rule-tester.ts; scripts/rules-doc.ts prints each rule's first invalid case as its example.
 */
import { Amount, fixedOf } from '../../amount';
import { gridFromRows, parseA1, type CellRef } from '../../grid';
import type { CellEdit, FixKind, Severity } from '../../findings';
import { readNarrative } from '../../narrative';
import { yearOf } from '../../tables/layout/title';
import type { AmountCell, BudgetTable, CodeCell, TextCell } from '../../tables/types';
import { runRule, settle } from '../run';
import type { CheckData, Diagnostic, Rule } from '../types';
import { contextOf } from './builder';

/** The sheet the 情况说明 paragraphs of a case are on, one a row from A1. */
export const NARRATIVE_SHEET = '说明';

export interface RuleCase {
  /** What the case shows, in Chinese; the rules document prints it over the example. */
  name: string;
  tables?: BudgetTable[];
  /** Paragraphs of the 情况说明, read as the engine reads them. */
  narrative?: string[];
  /** Catalogs, options and the rest of what the check knows (as contextOf takes them). */
  data?: Partial<Omit<CheckData, 'tables' | 'tablesOf' | 'narrative' | 'identities'>>;
}

export interface ExpectedFinding {
  /** "表3!C9"; null for a finding about the workbook as a whole. */
  cell: string | null;
  /** Default: the rule's default severity. */
  severity?: Severity;
  /** The value the finding says is right; undefined when the finding states none. */
  expected?: string;
  /** Checked when given. */
  actual?: string;
  /** A pattern or words the message must contain, when given. */
  message?: RegExp | string;
  /** Kind of the finding's fix; undefined when it offers none. */
  fix?: FixKind;
}

/** The value a fix writes: a number or text, null to clear, or a formula. */
export type WrittenValue = string | number | null | { formula: string };

export interface InvalidCase extends RuleCase {
  /** Every finding of the rule, in the order reported. */
  errors: ExpectedFinding[];
  /** The workbook after the fixes: each cell they write ("表3!C9") with its new value; null when no finding has a fix. */
  output: Record<string, WrittenValue> | null;
}

export interface RuleCases {
  rule: Rule;
  valid: RuleCase[];
  invalid: InvalidCase[];
}

export function dataOf(c: RuleCase): CheckData {
  const tables = c.tables ?? [];
  const unitNames = tables.flatMap((table) => (table.unitName ? [table.unitName.text] : []));
  const grid = {
    sheets: [
      gridFromRows(
        NARRATIVE_SHEET,
        (c.narrative ?? []).map((text) => [text]),
      ),
    ],
  };
  return contextOf(tables, { ...c.data, narrative: readNarrative(grid, { unitNames }) });
}

/** The rule's findings on the case, as the engine reports them. */
export function runCase(rule: Rule, c: RuleCase): Diagnostic[] {
  const data = dataOf(c);
  return settle(runRule(rule, data), data.identities);
}

export function where(d: Pick<Diagnostic, 'sheet' | 'cell'>): string | null {
  return d.sheet && d.cell ? `${d.sheet}!${d.cell}` : null;
}

/** The cells the findings' fixes write; null when none has a fix. */
export function writtenCells(findings: Diagnostic[]): Record<string, WrittenValue> | null {
  const edits = findings.flatMap((d) => d.fix?.edits ?? []);
  if (edits.length === 0) return null;
  return Object.fromEntries(edits.map((edit) => [where(edit), edit.formula !== undefined ? { formula: edit.formula } : (edit.value ?? null)]));
}

/**
 * The case with the fixes' edits made to its tables and paragraphs; undefined when an edit writes a
 * cell the typed tables do not hold (a note below a table, a code into an empty cell) or a formula.
 */
export function withEdits(c: RuleCase, edits: CellEdit[]): RuleCase | undefined {
  const tables = (c.tables ?? []).map(cloneTable);
  const narrative = [...(c.narrative ?? [])];
  for (const edit of edits) {
    const at = parseA1(edit.cell);
    if (!at || edit.formula !== undefined) return undefined;
    const ref = { sheet: edit.sheet, ...at };
    const value = edit.value ?? null;
    if (edit.sheet === NARRATIVE_SHEET && at.col === 0 && at.row < narrative.length && typeof value === 'string') narrative[at.row] = value;
    else if (!tables.some((table) => writeCell(table, ref, value))) return undefined;
  }
  return { ...c, tables, narrative };
}

function cloneTable(table: BudgetTable): BudgetTable {
  const text = (cell: TextCell | undefined) => cell && { ...cell };
  return {
    ...table,
    title: { ...table.title },
    unitName: text(table.unitName),
    rows: table.rows.map((row) => ({
      ...row,
      values: Object.fromEntries(Object.entries(row.values).map(([key, cell]) => [key, { ...cell }])),
      code: row.code && { ...row.code },
      name: text(row.name),
      secondaryName: text(row.secondaryName),
      texts: row.texts && Object.fromEntries(Object.entries(row.texts).map(([key, cell]) => [key, { ...cell }])),
    })),
  };
}

const same = (a: CellRef, b: CellRef) => a.sheet === b.sheet && a.row === b.row && a.col === b.col;

/** Writes the value into the table's cell at `ref`; false when the table holds no cell there. */
function writeCell(table: BudgetTable, ref: CellRef, value: string | number | null): boolean {
  const texts: Array<TextCell | undefined> = [table.title, table.unitName];
  const amounts: AmountCell[] = [];
  const codes: CodeCell[] = [];
  for (const row of table.rows) {
    texts.push(row.name, row.secondaryName, ...Object.values(row.texts ?? {}));
    amounts.push(...Object.values(row.values));
    if (row.code) codes.push(row.code);
  }
  const amount = amounts.find((cell) => same(cell.ref, ref));
  if (amount) {
    amount.amount = value === null || value === '' ? null : new Amount(value);
    amount.fixed = value === null || value === '' ? undefined : fixedOf(String(value));
    amount.raw = value;
    return true;
  }
  const textCell = texts.find((cell) => cell && same(cell.ref, ref));
  if (textCell && typeof value === 'string') {
    textCell.text = value;
    // The year of a table is read from its title.
    if (textCell === table.title) table.year = yearOf(value);
    return true;
  }
  const code = codes.find((cell) => cell.cells.length === 1 && same(cell.cells[0], ref));
  if (code && value !== null) {
    code.code = String(value);
    return true;
  }
  return false;
}
