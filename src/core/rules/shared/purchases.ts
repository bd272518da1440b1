/**
 * 政府购买服务 items from both places they are declared: the 政府购买服务预算表 and sentences of the
 * 情况说明 ("…经费759.1万元，属于B0701-评审服务"). Fixes rewrite the table cell or the sentence.
 */
import type { Amount, AmountUnit } from '../../amount';
import type { CellRef } from '../../grid';
import type { NarrativeParagraph, PurchaseStatement } from '../../narrative/types';
import type { BudgetTable, TableRow } from '../../tables/types';
import { nameSimilarity, normalizeName } from '../../text/normalize';
import type { IdentityTerm, CheckData } from '../types';
import type { CellEdit } from '../../findings';
import { locate } from './cells';
import { figureTerm } from './narrative-text';
import { decimalsOf, unitOf } from '../../tables/query';

export interface Purchase {
  project: string;
  amount: Amount | null;
  unit: AmountUnit;
  code: string;
  name: string;
  /** Cell holding the code (the paragraph for narrative statements). */
  codeRef: CellRef;
  nameRef: CellRef;
  /** 'gps' for rows of the 政府购买服务预算表; undefined for sentences of the 情况说明. */
  table?: 'gps';
  /** Text cells that describe the purchase: project name and 购买服务内容. */
  description: string;
  paragraph?: NarrativeParagraph;
  statement?: PurchaseStatement;
  /** The amount as a term of an identity: the table cell, or the figure in the sentence. */
  amountTerm?: IdentityTerm;
}

/** Six rules and the report read the purchases of one check: they are gathered once per reading. */
const gathered = new WeakMap<CheckData['narrative'], { tables: CheckData['tables']; purchases: Purchase[] }>();

export function purchasesOf(context: CheckData): Purchase[] {
  const known = gathered.get(context.narrative);
  if (known?.tables === context.tables) return known.purchases;
  const purchases = gatherPurchases(context);
  gathered.set(context.narrative, { tables: context.tables, purchases });
  return purchases;
}

function gatherPurchases(context: CheckData): Purchase[] {
  const fromTables = context.tablesOf('gps').flatMap((table) => table.rows.flatMap((row) => tablePurchase(table, row)));
  const paragraphs = new Map(context.narrative.paragraphs.map((p) => [`${p.ref.sheet}!${p.ref.row}!${p.ref.col}`, p]));
  const fromText = context.narrative.purchases.map((statement): Purchase => {
    const paragraph = paragraphs.get(`${statement.ref.sheet}!${statement.ref.row}!${statement.ref.col}`);
    const figure = { amount: statement.amount, unit: statement.unit, decimals: statement.decimals, offset: statement.amountOffset };
    return {
      project: statement.project,
      amount: statement.amount,
      unit: statement.unit,
      code: statement.code,
      name: statement.name,
      codeRef: statement.ref,
      nameRef: statement.ref,
      description: statement.project,
      paragraph,
      statement,
      ...(paragraph ? { amountTerm: figureTerm(paragraph, figure, `「${statement.project}」购买服务金额`) } : {}),
    };
  });
  return [...fromTables, ...fromText];
}

function tablePurchase(table: BudgetTable, row: TableRow): Purchase[] {
  const code = row.texts?.['catalog-code'];
  if (!code || row.role === 'total') return [];
  const name = row.texts?.['catalog-name'];
  const content = row.texts?.content;
  const amount = row.values.amount ?? row.values.total;
  return [
    {
      project: row.name?.text.trim() ?? '',
      amount: amount?.amount ?? null,
      unit: unitOf(table),
      code: code.text.trim(),
      name: name?.text.trim() ?? '',
      codeRef: code.ref,
      nameRef: name?.ref ?? code.ref,
      table: 'gps',
      description: [row.name?.text, content?.text].filter(Boolean).join(' '),
      ...(amount ? { amountTerm: { cell: amount, unit: unitOf(table), decimals: decimalsOf(table), sign: 1 as const, label: '购买服务金额', table: 'gps' as const } } : {}),
    },
  ];
}

/** Edits that write a corrected code and/or name where the purchase declares them. */
export function purchaseEdits(purchase: Purchase, change: { code?: string; name?: string }): CellEdit[] {
  if (purchase.paragraph && purchase.statement) {
    const text = purchase.paragraph.text;
    const sentence = purchase.statement.text;
    let corrected = sentence;
    if (change.code) corrected = corrected.replace(purchase.code, change.code);
    if (change.name && purchase.name) corrected = corrected.replace(purchase.name, change.name);
    const at = text.indexOf(sentence);
    if (at < 0 || corrected === sentence) return [];
    return [{ ...locate(purchase.paragraph.ref), value: text.slice(0, at) + corrected + text.slice(at + sentence.length) }];
  }
  const edits: CellEdit[] = [];
  if (change.code) edits.push({ ...locate(purchase.codeRef), value: change.code });
  if (change.name) edits.push({ ...locate(purchase.nameRef), value: change.name });
  return edits;
}

/** Projects of the 项目支出 tables, best name match first; fuzzy because statements shorten names. */
export const PROJECT_SIMILARITY = 0.5;

export interface ProjectMatch {
  table: BudgetTable;
  row: TableRow;
  similarity: number;
}

/** Several rules look up the same purchases' projects: remembered per check (its tables). */
const projectMatches = new WeakMap<CheckData['tables'], Map<string, ProjectMatch | undefined>>();

export function findProject(context: CheckData, name: string): ProjectMatch | undefined {
  let known = projectMatches.get(context.tables);
  if (!known) projectMatches.set(context.tables, (known = new Map()));
  if (!known.has(name)) known.set(name, bestProject(context, name));
  return known.get(name);
}

function bestProject(context: CheckData, name: string): ProjectMatch | undefined {
  let best: ProjectMatch | undefined;
  for (const table of [...context.tablesOf('project'), ...context.tablesOf('project-carryover')]) {
    for (const row of table.rows) {
      if (row.role !== 'project' || !row.name) continue;
      const similarity = normalizeName(row.name.text) === normalizeName(name) ? 1 : nameSimilarity(row.name.text, name);
      if (!best || similarity > best.similarity) best = { table, row, similarity };
    }
  }
  return best;
}
