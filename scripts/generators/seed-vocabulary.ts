/**
 * Names and codes for synthetic workbooks, read from the 泽州 seed disclosure so the generator
 * never invents classification names (DESIGN §5: reference text only from ../shared/seeds).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface FunctionRow {
  code: string;
  name: string;
}

export interface EconomicItem {
  group: string;
  name: string;
  governmentName: string;
  /** 人员经费 (personnel) or 公用经费 (public), from the column the seed prints the amount in. */
  kind: 'personnel' | 'public';
}

export interface SeedVocabulary {
  /** The 30 支出功能分类 类 names in the order of the 收支总表. */
  classNames: string[];
  /** Income lines of the 收支总表 (一、一般公共预算 …), without their ordinal. */
  incomeLines: string[];
  /** 类/款/项 rows of the 收入总表, in order. */
  functionRows: FunctionRow[];
  economicItems: EconomicItem[];
  projectNames: string[];
  source: string;
}

const SEED_DIR = path.resolve(__dirname, '..', '..', '..', 'shared', 'seeds');
const SEED_PREFIX = '002_';
const ORDINAL = /^[一二三四五六七八九十]+、(.+)$/;

let cached: SeedVocabulary | undefined;

export function loadSeedVocabulary(seedDir = SEED_DIR): SeedVocabulary {
  if (cached) return cached;
  const file = readdirSync(seedDir).find((name) => name.startsWith(SEED_PREFIX));
  if (!file) throw new Error(`在 ${seedDir} 中找不到泽州预算公开种子文件（${SEED_PREFIX}*.txt）。`);
  const text = readFileSync(path.join(seedDir, file), 'utf8');
  // The tables follow the first 预算公开表1 heading; the table of contents above repeats their titles.
  const lines = text.slice(text.indexOf('预算公开表1')).split('\n');
  cached = {
    classNames: sectionLines(lines, '收支总表', '本年收入合计')
      .map((line) => ORDINAL.exec(line.split('\t')[2] ?? '')?.[1])
      .filter((name): name is string => Boolean(name)),
    incomeLines: sectionLines(lines, '收支总表', '本年收入合计')
      .map((line) => ORDINAL.exec(line.split('\t')[0])?.[1])
      .filter((name): name is string => Boolean(name)),
    functionRows: sectionLines(lines, '预算公开表2', '预算支出总表')
      .map((line) => /^(\d{3}|\d{5}|\d{7})\t([^\t]+)\t/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ code: m[1], name: m[2] })),
    economicItems: readEconomicItems(sectionLines(lines, '基本支出分经济科目表', '政府性基金预算收入表')),
    projectNames: sectionLines(lines, '项目支出预算表（本年预算）', '项目支出预算表（上年结转）')
      .map((line) => line.split('\t'))
      .filter((cols) => cols.length > 2 && /^\d+\.\d{2}$/.test(cols[1]) && !cols[0].startsWith('泽州县'))
      .map((cols) => cols[0]),
    source: file,
  };
  if (cached.classNames.length !== 30 || cached.functionRows.length === 0 || cached.economicItems.length === 0 || cached.projectNames.length === 0) {
    throw new Error(`种子文件 ${file} 的表格结构与预期不符，无法生成合成工作簿。`);
  }
  return cached;
}

function sectionLines(lines: string[], start: string, end: string): string[] {
  const from = lines.findIndex((line) => line.includes(start));
  const to = lines.findIndex((line, index) => index > from && line.includes(end));
  return from < 0 || to < 0 ? [] : lines.slice(from + 1, to + 1);
}

/** Group rows have no 政府 name and an amount; item rows carry both names. */
function readEconomicItems(lines: string[]): EconomicItem[] {
  const items: EconomicItem[] = [];
  let group = '';
  for (const line of lines) {
    const cols = line.split('\t');
    if (cols.length < 4 || cols[0] === '合计' || !/^\d+\.\d{2}$/.test(cols[2] ?? '')) continue;
    if (!cols[1]) {
      group = cols[0];
      continue;
    }
    items.push({ group, name: cols[0], governmentName: cols[1], kind: cols[3] ? 'personnel' : 'public' });
  }
  return items;
}
