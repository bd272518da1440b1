/**
 * Suggest 政府购买服务 catalog codes for a project from its name and description (绩效目标 项目概况),
 * by TF-IDF cosine similarity over character bigrams plus (lighter) single characters: short Chinese
 * names often share a meaningful character but no bigram (一体化 / 信息化). Only leaf entries are
 * suggested: a purchase is classified at the most specific level of a catalog.
 */
import Decimal from 'decimal.js';
import { convertAmount, type Amount } from '../amount';
import type { Catalog, CatalogEntry } from '../catalog/types';
import { departmentCore } from '../rules/gps/department-scope';
import { unitOf } from '../tables/query';
import type { AmountCell, BudgetTable, TableRow, TextCell } from '../tables/types';
import { bigrams, nameSimilarity, normalizeName } from '../text/normalize';

export interface ProjectText {
  name: string;
  /** 项目概况 or other free text about the project. */
  description?: string;
}

export interface PurchaseSuggestion {
  catalogId: string;
  entry: CatalogEntry;
  /** Names from the catalog root down to the entry. */
  path: string[];
  score: number;
}

type Vector = Map<string, number>;

interface IndexedEntry {
  catalogId: string;
  entry: CatalogEntry;
  path: string[];
  vector: Vector;
  norm: number;
}

export interface SuggestionIndex {
  entries: IndexedEntry[];
  idf: Map<string, number>;
  /** Words left out of project texts: the unit's line of work. */
  ignored: string[];
}

export interface SuggestionOptions {
  /**
   * The unit whose projects are classified ("泽州县财政局"). Department-grouped catalogs then offer only
   * its department's entries, and its line of work ("财政"), which most of its project names and all of
   * its department's entries carry, is not matched.
   */
  unitName?: string;
}

const NAME_WEIGHT = 2;
const CHARACTER_WEIGHT = 0.5;
/** 项目概况 is long and wordy: it refines the ranking, the name leads it. */
const DESCRIPTION_WEIGHT = 0.5;

/**
 * Words every project name carries (…工作经费, …专项, …业务费) that say nothing about the service
 * bought — left in, they match entries such as 机关工作人员技术业务培训服务 by accident — and 购置,
 * which names goods bought alongside the service, never the service.
 */
const GENERIC_WORDS = /经费|费用|项目|工作|专项|业务|资金|购置|费/g;

/** Connectives and digits: alone they mean nothing (…评估费及信息系统… must not match 见证及公证服务). */
const FUNCTION_CHARACTERS = new Set(Array.from('及和与的等其他或并为对在0123456789'));

function addText(vector: Vector, text: string | undefined, weight: number): void {
  if (!text) return;
  for (const gram of bigrams(text)) vector.set(gram, (vector.get(gram) ?? 0) + weight);
  for (const char of Array.from(normalizeName(text))) {
    if (!FUNCTION_CHARACTERS.has(char)) vector.set(char, (vector.get(char) ?? 0) + weight * CHARACTER_WEIGHT);
  }
}

function projectWords(text: string | undefined, ignored: string[]): string | undefined {
  return ignored.reduce((words, word) => words?.split(word).join(' '), text?.replace(GENERIC_WORDS, ' '));
}

function sameLineOfWork(department: string, core: string): boolean {
  const other = departmentCore(department);
  return other.length > 0 && (core.includes(other) || other.includes(core));
}

/** Department-grouped catalogs repeat codes under every department: an entry is known by both. */
function entryKey(entry: CatalogEntry, code = entry.code): string {
  return `${entry.department ?? ''}|${code}`;
}

function pathOf(entry: CatalogEntry, byKey: Map<string, CatalogEntry>): string[] {
  const names = [entry.name];
  let parent = entry.parent ? byKey.get(entryKey(entry, entry.parent)) : undefined;
  while (parent) {
    names.unshift(parent.name);
    parent = parent.parent ? byKey.get(entryKey(parent, parent.parent)) : undefined;
  }
  return names;
}

export function createSuggestionIndex(catalogs: Catalog[], options: SuggestionOptions = {}): SuggestionIndex {
  const core = options.unitName ? departmentCore(options.unitName) : '';
  const raw: Array<Omit<IndexedEntry, 'norm'>> = [];
  for (const catalog of catalogs) {
    const byKey = new Map<string, CatalogEntry>();
    const parents = new Set<string>();
    for (const entry of catalog.entries) {
      byKey.set(entryKey(entry), entry);
      if (entry.parent) parents.add(entryKey(entry, entry.parent));
    }
    for (const entry of catalog.entries) {
      if (parents.has(entryKey(entry)) || (core && entry.department && !sameLineOfWork(entry.department, core))) continue;
      const path = pathOf(entry, byKey);
      const vector: Vector = new Map();
      addText(vector, entry.name, NAME_WEIGHT);
      for (const ancestor of path.slice(0, -1)) addText(vector, ancestor, 1);
      addText(vector, entry.description, 1);
      raw.push({ catalogId: catalog.id, entry, path, vector });
    }
  }
  const documentFrequency = new Map<string, number>();
  for (const { vector } of raw) for (const gram of vector.keys()) documentFrequency.set(gram, (documentFrequency.get(gram) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [gram, df] of documentFrequency) idf.set(gram, Math.log(1 + raw.length / df));
  const entries = raw.map((item) => {
    let sum = 0;
    for (const [gram, weight] of item.vector) {
      const w = weight * (idf.get(gram) ?? 0);
      item.vector.set(gram, w);
      sum += w * w;
    }
    return { ...item, norm: Math.sqrt(sum) };
  });
  return { entries, idf, ignored: core ? [core] : [] };
}

/** Cosine similarity of a weighted query text with every indexed entry. */
function similarities(index: SuggestionIndex, texts: Array<[string | undefined, number]>): number[] {
  const query: Vector = new Map();
  for (const [text, weight] of texts) addText(query, projectWords(text, index.ignored), weight);
  let queryNorm = 0;
  for (const [gram, weight] of query) {
    const w = weight * (index.idf.get(gram) ?? 0);
    query.set(gram, w);
    queryNorm += w * w;
  }
  queryNorm = Math.sqrt(queryNorm);
  return index.entries.map((item) => {
    if (queryNorm === 0 || item.norm === 0) return 0;
    let dot = 0;
    for (const [gram, weight] of query) dot += weight * (item.vector.get(gram) ?? 0);
    return dot / (item.norm * queryNorm);
  });
}

/**
 * Ranks leaf entries for a project. With a 项目概况 the score averages the name alone and the name with
 * the description: a long description refines the ranking but never drowns what the name says.
 */
export function suggestPurchaseCodes(index: SuggestionIndex, project: ProjectText, limit = 3): PurchaseSuggestion[] {
  const byName = similarities(index, [[project.name, NAME_WEIGHT]]);
  const withDescription = project.description
    ? similarities(index, [
        [project.name, NAME_WEIGHT],
        [project.description, DESCRIPTION_WEIGHT],
      ])
    : byName;
  return index.entries
    .map((item, i) => ({ item, score: (byName[i] + withDescription[i]) / 2 }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ item, score }) => ({ catalogId: item.catalogId, entry: item.entry, path: item.path, score }));
}

/** A project of the 项目支出 tables, with the 项目概况 of its 绩效目标表 when one is found. */
export interface ProjectCandidate extends ProjectText {
  table: BudgetTable;
  row: TableRow;
  target?: BudgetTable;
}

/** Names closer than this are the same project written twice (…工作监督检查业务费 / …专项检查业务费). */
const SAME_PROJECT = 0.6;

function annualAmount(target: BudgetTable, table: BudgetTable): Amount | undefined {
  const cell = target.fields?.['年度资金总额'] as AmountCell | undefined;
  if (!cell?.amount) return undefined;
  return convertAmount(cell.amount, unitOf(target), unitOf(table)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

function targetName(target: BudgetTable): string {
  return (target.fields?.['项目名称'] as TextCell | undefined)?.text ?? '';
}

/**
 * The 绩效目标表 of a project: the only one with the project's amount, or among several the one whose
 * name is clearly closest; failing that, the one with nearly the same name. Published forms carry wrong
 * 项目名称 (a unit name, "实施项目"), so the amount leads.
 */
function targetOf(table: BudgetTable, row: TableRow, targets: BudgetTable[]): BudgetTable | undefined {
  const name = row.name?.text ?? '';
  const amount = (row.values.total ?? row.values.amount)?.amount?.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const byName = targets.map((target) => ({ target, similarity: nameSimilarity(name, targetName(target)) })).sort((a, b) => b.similarity - a.similarity);
  const sameAmount = amount ? byName.filter(({ target }) => annualAmount(target, table)?.equals(amount)) : [];
  if (sameAmount.length === 1) return sameAmount[0].target;
  if (sameAmount.length > 1 && sameAmount[0].similarity > 0 && sameAmount[0].similarity > sameAmount[1].similarity) return sameAmount[0].target;
  return byName[0] && byName[0].similarity >= SAME_PROJECT ? byName[0].target : undefined;
}

export function projectCandidates(tables: BudgetTable[]): ProjectCandidate[] {
  const targets = tables.filter((table) => table.kind === 'performance-target' && targetName(table));
  return tables
    .filter((table) => table.kind === 'project' || table.kind === 'project-carryover')
    .flatMap((table) =>
      table.rows
        .filter((row) => row.role === 'project' && row.name?.text.trim())
        .map((row): ProjectCandidate => {
          const target = targetOf(table, row, targets);
          const overview = (target?.fields?.['项目概况'] as TextCell | undefined)?.text;
          return { name: row.name!.text.trim(), ...(overview ? { description: overview } : {}), table, row, ...(target ? { target } : {}) };
        }),
    );
}
