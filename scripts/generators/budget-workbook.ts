/**
 * Synthetic 部门预算公开 workbooks in the 泽州 13-table layout (one table per sheet), with sums that
 * agree across tables. Scale 1 ≈ the 泽州 workbook (13 项 rows, 10 projects, one unit); scale N has
 * N units, 10·N projects and 13·N 项 rows (extra 款 codes are synthetic, never a code of the bundled
 * function catalog, so they read as "not in the catalog" rather than as a wrong name; names are the seed's).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalog } from '../../src/core/catalog/types';
import type { Grid } from '../../src/core/grid';
import { createRandom, distribute, randomInt, type Random } from './random';
import { loadSeedVocabulary, type SeedVocabulary } from './seed-vocabulary';
import { amount, SheetBuilder } from './sheet-builder';

export interface BudgetWorkbookOptions {
  scale?: number;
  seed?: number;
  year?: number;
  department?: string;
}

interface CodeLine {
  code: string;
  name: string;
  basic: number;
  project: number;
}

interface Section {
  code: string;
  name: string;
  items: CodeLine[];
}

interface FunctionClass {
  code: string;
  name: string;
  sections: Section[];
}

interface Unit {
  name: string;
  projects: Array<{ name: string; cents: number }>;
  operatingCents: number;
}

interface Model {
  year: number;
  department: string;
  classes: FunctionClass[];
  basic: number;
  project: number;
  economic: Array<{ group: string; items: Array<{ name: string; governmentName: string; kind: 'personnel' | 'public'; cents: number }> }>;
  units: Unit[];
  threePublic: { reception: number; purchase: number; operation: number };
}

export function generateBudgetGrid(options: BudgetWorkbookOptions = {}): Grid {
  const model = buildModel(options);
  return {
    name: `${model.department}-${model.year}-合成.xlsx`,
    sheets: [
      summarySheet(model),
      codeTableSheet('表2', `${model.year}年预算收入总表`, model, 'income'),
      codeTableSheet('表3', `${model.year}年预算支出总表`, model, 'expenditure'),
      fiscalSummarySheet(model),
      codeTableSheet('表5', `${model.year}年一般公共预算支出预算表（不含上年结转）`, model, 'expenditure'),
      basicEconomicSheet(model),
      emptySheet('表7', `${model.year}年政府性基金预算收入表（不含上年结转）`, model, [
        ['项目', '', '政府性基金收入预算'],
        ['收入科目编码', '科目名称'],
      ]),
      emptySheet('表8', `${model.year}年政府性基金预算支出表（不含上年结转）`, model, [['科目编码', '科目名称', '合计', '基本支出', '项目支出']]),
      emptySheet('表9', `${model.year}年国有资本经营预算收支预算表（不含上年结转）`, model, [
        ['项目', '', '国有资本经营收入预算', '科目编码', '科目名称', '合计', '基本支出', '项目支出'],
        ['收入科目编码', '科目名称'],
      ]),
      threePublicSheet(model),
      operatingCostSheet(model),
      projectSheet(model),
      emptySheet('表13', `${model.year}年项目支出预算表（上年结转）`, model, [
        ['项目名称', '合计', `${model.year}年财政拨款`, '', ''],
        ['', '', '一般公共预算', '政府性基金预算', '国有资本经营预算'],
        [1, 2, 3, 4, 5],
      ]),
    ],
  };
}

function buildModel(options: BudgetWorkbookOptions): Model {
  const vocabulary = loadSeedVocabulary();
  const copies = Math.max(1, Math.round(options.scale ?? 1));
  const seed = options.seed ?? 1;
  const random = createRandom(seed);
  const department = options.department ?? `样例县第${seed}部门`;
  const classes = functionClasses(vocabulary, copies, random);
  const leaves = classes.flatMap((c) => c.sections.flatMap((s) => s.items));
  const basic = leaves.reduce((sum, leaf) => sum + leaf.basic, 0);
  const project = leaves.reduce((sum, leaf) => sum + leaf.project, 0);
  const [personnel, publicFunds] = distribute(basic, [85, 15]);
  const economicItems = splitEconomic(vocabulary, personnel, publicFunds, random);
  const projectCents = distribute(
    project,
    Array.from({ length: copies * vocabulary.projectNames.length }, () => randomInt(random, 1, 100)),
  );
  const operating = distribute(
    publicFunds,
    Array.from({ length: copies }, () => randomInt(random, 1, 10)),
  );
  const units = Array.from({ length: copies }, (_, u): Unit => ({
    name: u === 0 ? department : `${department}所属单位${u}`,
    projects: vocabulary.projectNames.map((name, p) => ({ name, cents: projectCents[u * vocabulary.projectNames.length + p] })),
    operatingCents: operating[u],
  }));
  return {
    year: options.year ?? 2026,
    department,
    classes,
    basic,
    project,
    economic: groupBy(economicItems, (item) => item.group).map(([group, items]) => ({ group, items })),
    units,
    threePublic: { reception: copies * randomInt(random, 50, 300), purchase: 0, operation: copies * randomInt(random, 100, 900) },
  };
}

/** The seed's 类/款/项 tree, with `copies - 1` extra 款 per seed 款 carrying the same 项 suffixes. */
function functionClasses(vocabulary: SeedVocabulary, copies: number, random: Random): FunctionClass[] {
  const classes: FunctionClass[] = [];
  for (const row of vocabulary.functionRows) {
    if (row.code.length === 3) classes.push({ code: row.code, name: row.name, sections: [] });
    else if (row.code.length === 5) classes[classes.length - 1].sections.push({ code: row.code, name: row.name, items: [] });
    else classes[classes.length - 1].sections.at(-1)?.items.push({ code: row.code, name: row.name, basic: 0, project: 0 });
  }
  for (const functionClass of classes) {
    const seedSections = functionClass.sections;
    const used = new Set([...seedSections.map((s) => s.code), ...catalogCodes()].filter((code) => code.length === 5 && code.startsWith(functionClass.code)).map((code) => code.slice(3)));
    const free = Array.from({ length: 99 }, (_, i) => String(i + 1).padStart(2, '0')).filter((n) => !used.has(n));
    const extra: Section[] = [];
    for (let copy = 1; copy < copies; copy++) {
      for (const [index, section] of seedSections.entries()) {
        const slot = (copy - 1) * seedSections.length + index;
        const round = Math.floor(slot / free.length);
        const code = `${functionClass.code}${free[slot % free.length]}`;
        extra.push({
          code,
          name: section.name,
          items: section.items.map((item, i) => ({ ...item, code: `${code}${itemSuffix(section, i, round)}` })),
        });
      }
    }
    functionClass.sections = [...seedSections, ...extra].sort((a, b) => a.code.localeCompare(b.code));
  }
  for (const leaf of classes.flatMap((c) => c.sections.flatMap((s) => s.items))) {
    const cents = randomInt(random, 100, 99_999);
    if (random() < 0.5) leaf.basic = cents;
    else leaf.project = cents;
  }
  return classes;
}

let functionCatalogCodes: string[] | undefined;

function catalogCodes(): string[] {
  const file = path.resolve(__dirname, '..', '..', 'src', 'data', 'catalogs', 'function-partial.json');
  functionCatalogCodes ??= (JSON.parse(readFileSync(file, 'utf8')) as Catalog).entries.map((entry) => entry.code);
  return functionCatalogCodes;
}

/**
 * The first time a 款 number is used its 项 keep the seed suffixes; when 款 numbers run out and one
 * is reused (round ≥ 1), its 项 take fresh suffixes so no code repeats.
 */
function itemSuffix(section: Section, index: number, round: number): string {
  const seedSuffixes = section.items.map((item) => item.code.slice(5));
  if (round === 0) return seedSuffixes[index];
  const fresh = Array.from({ length: 99 }, (_, n) => String(n + 1).padStart(2, '0')).filter((n) => !seedSuffixes.includes(n));
  return fresh[((round - 1) * section.items.length + index) % fresh.length];
}

function splitEconomic(vocabulary: SeedVocabulary, personnel: number, publicFunds: number, random: Random) {
  const byKind = (kind: 'personnel' | 'public', total: number) => {
    const items = vocabulary.economicItems.filter((item) => item.kind === kind);
    const cents = distribute(
      total,
      items.map(() => randomInt(random, 1, 100)),
    );
    return items.map((item, i) => ({ ...item, cents: cents[i] }));
  };
  const amounts = new Map([...byKind('personnel', personnel), ...byKind('public', publicFunds)].map((item) => [item.name, item]));
  return vocabulary.economicItems.map((item) => amounts.get(item.name) ?? { ...item, cents: 0 });
}

function summarySheet(model: Model): SheetBuilder['sheet'] {
  const total = model.basic + model.project;
  const vocabulary = loadSeedVocabulary();
  const sheet = new SheetBuilder('表1');
  sheet.heading(`${model.year}年预算收支总表`, model.department, 6);
  const top = sheet.row(['收入', '', '支出', '', '', '']);
  sheet.merge(top, 0, top, 1);
  sheet.merge(top, 2, top, 5);
  sheet.row(['项目', `${model.year}年`, '项目', `${model.year}年合计`, '当年预算安排', '上年结转安排']);
  vocabulary.classNames.forEach((className, i) => {
    const income = vocabulary.incomeLines[i];
    const classTotal = classTotalByName(model, className);
    sheet.row([income ? `${ordinal(i + 1)}、${income}` : '', amount(i === 0 ? total : 0), `${ordinal(i + 1)}、${className}`, amount(classTotal), amount(classTotal), null]);
  });
  sheet.row(['本年收入合计', amount(total), '本年支出合计', amount(total), amount(total), null]);
  sheet.row(['上年结转', null, '年终结转', null, null, null]);
  sheet.row(['收入总计', amount(total), '支出总计', amount(total), amount(total), null]);
  return sheet.sheet;
}

function fiscalSummarySheet(model: Model): SheetBuilder['sheet'] {
  const total = model.basic + model.project;
  const vocabulary = loadSeedVocabulary();
  const fiscalSources = vocabulary.incomeLines.slice(0, 3);
  const sheet = new SheetBuilder('表4');
  sheet.heading(`${model.year}年财政拨款收支总表`, model.department, 7);
  const top = sheet.row(['收入', '', '支出', '', '', '', '']);
  sheet.merge(top, 0, top, 1);
  sheet.merge(top, 2, top, 6);
  const header = sheet.row(['项目', '金额', '项目', '金额', '', '', '']);
  sheet.merge(header, 3, header, 6);
  sheet.row(['', '', '', '小计', ...fiscalSources]);
  for (const col of [0, 1, 2]) sheet.merge(header, col, header + 1, col);
  vocabulary.classNames.forEach((className, i) => {
    const classTotal = classTotalByName(model, className);
    const income = fiscalSources[i];
    sheet.row([income ? `${ordinal(i + 1)}、${income}` : '', amount(i === 0 ? total : 0), `${ordinal(i + 1)}、${className}`, amount(classTotal), amount(classTotal), null, null]);
  });
  sheet.row(['本年收入合计', amount(total), '本年支出合计', amount(total), amount(total), null, null]);
  sheet.row(['上年财政拨款结转', null, '年终结转', null, null, null, null]);
  fiscalSources.forEach((source, i) => sheet.row([`${ordinal(i + 1)}、${source}`]));
  sheet.row(['收入总计', amount(total), '支出总计', amount(total), amount(total), null, null]);
  return sheet.sheet;
}

/** 收入总表 (source columns) or 支出总表 / 一般公共预算支出表 (基本 / 项目 columns). */
function codeTableSheet(name: string, title: string, model: Model, layout: 'income' | 'expenditure'): SheetBuilder['sheet'] {
  const sheet = new SheetBuilder(name);
  const width = layout === 'income' ? 9 : 5;
  sheet.heading(title, model.department, width);
  const top = sheet.row(layout === 'income' ? ['项目', '', '本年收入', '', '', '', '', '', '上年结转'] : ['项目', '', `${model.year}年预算数`, '', '']);
  sheet.merge(top, 0, top, 1);
  sheet.merge(top, 2, top, layout === 'income' ? 7 : 4);
  if (layout === 'income') sheet.merge(top, 8, top + 1, 8);
  sheet.row(
    layout === 'income'
      ? ['科目编码', '科目名称', '合计', '一般公共预算', '政府性基金', '国有资本经营预算', '财政专户管理资金', '单位资金']
      : ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
  );
  const line = (code: string, lineName: string, basic: number, project: number) =>
    sheet.row(layout === 'income' ? [code, lineName, amount(basic + project), amount(basic + project)] : [code, lineName, amount(basic + project), amount(basic), amount(project)]);
  line('合计', '', model.basic, model.project);
  for (const functionClass of model.classes) {
    const classLeaves = functionClass.sections.flatMap((s) => s.items);
    line(functionClass.code, functionClass.name, sumOf(classLeaves, 'basic'), sumOf(classLeaves, 'project'));
    for (const section of functionClass.sections) {
      line(section.code, section.name, sumOf(section.items, 'basic'), sumOf(section.items, 'project'));
      for (const item of section.items) line(item.code, item.name, item.basic, item.project);
    }
  }
  return sheet.sheet;
}

function basicEconomicSheet(model: Model): SheetBuilder['sheet'] {
  const sheet = new SheetBuilder('表6');
  sheet.heading(`${model.year}年一般公共预算安排基本支出分经济科目表（不含上年结转）`, model.department, 5);
  const top = sheet.row(['部门预算支出经济科目名称', '政府预算支出经济科目名称', `${model.year}年预算数`, '', '']);
  sheet.merge(top, 0, top + 1, 0);
  sheet.merge(top, 1, top + 1, 1);
  sheet.merge(top, 2, top, 4);
  sheet.row(['', '', '合计', '人员经费', '公用经费']);
  const all = model.economic.flatMap((g) => g.items);
  const split = (items: typeof all) => {
    const personnel = items.filter((i) => i.kind === 'personnel').reduce((s, i) => s + i.cents, 0);
    const publicFunds = items.filter((i) => i.kind === 'public').reduce((s, i) => s + i.cents, 0);
    return [amount(personnel + publicFunds), amount(personnel), amount(publicFunds)];
  };
  sheet.row(['合计', '', ...split(all)]);
  for (const group of model.economic) {
    sheet.row([group.group, '', ...split(group.items)]);
    for (const item of group.items) {
      sheet.row([item.name, item.governmentName, amount(item.cents), amount(item.kind === 'personnel' ? item.cents : 0), amount(item.kind === 'public' ? item.cents : 0)]);
    }
  }
  return sheet.sheet;
}

function threePublicSheet(model: Model): SheetBuilder['sheet'] {
  const { reception, purchase, operation } = model.threePublic;
  const sheet = new SheetBuilder('表10');
  sheet.heading(`${model.year}年财政拨款安排“三公”经费支出预算表`, model.department, 5);
  const top = sheet.row(['项目', `${model.year}年预算数`, '', '', '']);
  sheet.merge(top, 0, top + 1, 0);
  sheet.merge(top, 1, top, 4);
  sheet.row(['', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算']);
  const line = (label: string, cents: number) => sheet.row([label, amount(cents), amount(cents), null, null]);
  line('因公出国（境）费', 0);
  line('公务接待费', reception);
  line('公务用车购置及运行费', purchase + operation);
  line('①公务用车购置费', purchase);
  line('②公务用车运行维护费', operation);
  line('合计', reception + purchase + operation);
  return sheet.sheet;
}

function operatingCostSheet(model: Model): SheetBuilder['sheet'] {
  const sheet = new SheetBuilder('表11');
  sheet.heading(`${model.year}年财政拨款安排机关运行经费预算表`, model.department, 5);
  const top = sheet.row(['单位名称', `${model.year}预算数`, '', '', '']);
  sheet.merge(top, 0, top + 1, 0);
  sheet.merge(top, 1, top, 4);
  sheet.row(['', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算']);
  const total = model.units.reduce((s, u) => s + u.operatingCents, 0);
  sheet.row(['部门合计', amount(total), amount(total), null, null]);
  for (const unit of model.units) sheet.row([unit.name, amount(unit.operatingCents), amount(unit.operatingCents), null, null]);
  return sheet.sheet;
}

function projectSheet(model: Model): SheetBuilder['sheet'] {
  const sheet = new SheetBuilder('表12');
  sheet.heading(`${model.year}年项目支出预算表（本年预算）`, model.department, 7);
  const top = sheet.row(['项目名称', '合计', `${model.year}年财政拨款`, '', '', '财政专户管理资金', '单位资金']);
  for (const col of [0, 1, 5, 6]) sheet.merge(top, col, top + 1, col);
  sheet.merge(top, 2, top, 4);
  sheet.row(['', '', '一般公共预算', '政府性基金预算', '国有资本经营预算', '', '']);
  sheet.row([1, 2, 3, 4, 5, 6, 7]);
  sheet.row([model.department, amount(model.project), amount(model.project)]);
  for (const unit of model.units) {
    const unitTotal = unit.projects.reduce((s, p) => s + p.cents, 0);
    sheet.row([unit.name, amount(unitTotal), amount(unitTotal)]);
    for (const project of unit.projects) sheet.row([project.name, amount(project.cents), amount(project.cents)]);
  }
  return sheet.sheet;
}

function emptySheet(name: string, title: string, model: Model, headers: Array<Array<string | number>>): SheetBuilder['sheet'] {
  const sheet = new SheetBuilder(name);
  sheet.heading(title, model.department, headers[0].length);
  for (const header of headers) sheet.row(header);
  sheet.row(['合计']);
  sheet.noData();
  return sheet.sheet;
}

function classTotalByName(model: Model, className: string): number {
  const functionClass = model.classes.find((c) => c.name === className);
  if (!functionClass) return 0;
  const leaves = functionClass.sections.flatMap((s) => s.items);
  return sumOf(leaves, 'basic') + sumOf(leaves, 'project');
}

function sumOf(lines: CodeLine[], key: 'basic' | 'project'): number {
  return lines.reduce((sum, line) => sum + line[key], 0);
}

function groupBy<T>(items: T[], key: (item: T) => string): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups];
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 21 → 二十一 (the ordinals of the 收支总表 lines). */
function ordinal(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`}${DIGITS[ones]}`;
}
