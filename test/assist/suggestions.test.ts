/**
 * 政府购买服务 code suggestions, evaluated on the 泽州 disclosure: every project its 情况说明 assigns a
 * code must get that code — as the 2023 B catalog (晋财综〔2023〕47号) numbers the same service — among
 * the first three suggestions.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalog, CatalogEntry } from '../../src/core/catalog/types';
import { createSuggestionIndex, projectCandidates, suggestPurchaseCodes, type ProjectCandidate, type SuggestionOptions } from '../../src/core/assist/purchase-suggestions';
import type { Grid } from '../../src/core/grid';
import type { PurchaseStatement } from '../../src/core/narrative/types';
import { readWorkbook, type TextCell, type WorkbookReading } from '../../src/core/tables';
import { normalizeName } from '../../src/core/text/normalize';
import { ZEZHOU_A, bundledCatalogs, fixtureGrid } from './support';

const SEED = path.resolve(__dirname, '../../../shared/seeds/002_8135ea1cfbb7bbbc.txt');

/** The two 2023 catalogs that apply in 山西. */
function shanxi2023(catalogs: Catalog[]): Catalog[] {
  return catalogs.filter((catalog) => catalog.id === 'shanxi-b-2023' || catalog.id === 'shanxi-dept-2023');
}

/** Restricted to B-class (政府履职辅助性服务) entries, the class the narrative's codes belong to. */
function bClass(catalogs: Catalog[]): Catalog[] {
  return shanxi2023(catalogs).map((catalog) => ({ ...catalog, entries: catalog.entries.filter((entry) => entry.code.startsWith('B')) }));
}

/** The 2023 entry of the service the narrative names (its codes are the 2021 numbering). */
function entryNamed(catalogs: Catalog[], name: string): CatalogEntry | undefined {
  const leaves = catalogs.flatMap((catalog) => catalog.entries).filter((entry) => entry.level === 3);
  return leaves.find((entry) => normalizeName(entry.name) === normalizeName(name));
}

function candidateFor(candidates: ProjectCandidate[], statement: PurchaseStatement): ProjectCandidate | undefined {
  return candidates.find((candidate) => normalizeName(candidate.name) === normalizeName(statement.project));
}

interface Evaluation {
  project: string;
  expected: string;
  ranked: string[];
  rank: number;
}

function evaluate(reading: WorkbookReading, catalogs: Catalog[], options: SuggestionOptions = {}): Evaluation[] {
  const index = createSuggestionIndex(catalogs, options);
  const candidates = projectCandidates(reading.tables);
  return reading.narrative.purchases.map((statement) => {
    const expected =
      entryNamed(
        catalogs.filter((c) => c.id === 'shanxi-b-2023'),
        statement.name,
      )?.code ?? '';
    const project = candidateFor(candidates, statement) ?? { name: statement.project };
    const ranked = suggestPurchaseCodes(index, project, 10).map((s) => s.entry.code);
    return { project: statement.project, expected, ranked, rank: ranked.indexOf(expected) + 1 };
  });
}

function hitRate(evaluations: Evaluation[], top: number): string {
  return `${evaluations.filter((e) => e.rank > 0 && e.rank <= top).length}/${evaluations.length}`;
}

function logEvaluation(what: string, evaluations: Evaluation[]): void {
  const lines = evaluations.map((e) => `  ${e.project} → ${e.expected} 第${e.rank || '—'}位（${e.ranked.slice(0, 3).join('、')}）`);
  console.info(`建议命中（${what}）：前一 ${hitRate(evaluations, 1)}，前三 ${hitRate(evaluations, 3)}\n${lines.join('\n')}`);
}

/** 项目概况 of each 项目支出绩效目标表 in the seed, by the form's 项目名称. */
function seedOverviews(): Map<string, string> {
  const overviews = new Map<string, string>();
  let project: string | undefined;
  for (const line of readFileSync(SEED, 'utf8').split('\n')) {
    const fields = line
      .split('\t')
      .map((f) => f.trim())
      .filter(Boolean);
    if (fields[0] === '项目名称' && fields[1]) project = fields[1];
    if (fields[0] === '项目概况' && fields[1] && project) overviews.set(normalizeName(project), fields[1]);
  }
  return overviews;
}

/** The grid with a 项目概况 label and text beside each form's 项目名称, as a fuller fixture would carry. */
function withOverviews(grid: Grid, reading: WorkbookReading, overviews: Map<string, string>): Grid {
  const copy = structuredClone(grid);
  for (const target of reading.tables.filter((t) => t.kind === 'performance-target')) {
    const name = target.fields?.['项目名称'] as TextCell | undefined;
    const overview = name && overviews.get(normalizeName(name.text));
    if (!name || !overview) continue;
    const row = copy.sheets.find((s) => s.name === name.ref.sheet)!.rows[name.ref.row]!;
    row[name.ref.col + 1] = { v: '项目概况' };
    row[name.ref.col + 2] = { v: overview };
  }
  return copy;
}

describe('政府购买服务 code suggestions for the 泽州 projects the narrative classifies', () => {
  let grid: Grid;
  let reading: WorkbookReading;
  let catalogs: Catalog[];
  let all: Catalog[];
  beforeAll(async () => {
    grid = await fixtureGrid(ZEZHOU_A);
    reading = readWorkbook(grid);
    all = await bundledCatalogs();
    catalogs = bClass(all);
  });

  it('reads the five purchase statements and finds each 2023 code by the service name', () => {
    expect(reading.narrative.purchases).toHaveLength(5);
    const corrected = reading.narrative.purchases.map((s) => ({ cited: s.code, current: entryNamed(catalogs, s.name)?.code }));
    for (const { current } of corrected) expect(current).toMatch(/^B\d{4}$/);
    // 评估服务 and 评价服务 were renumbered between the 2021 catalog the narrative cites and the 2023 one.
    expect(corrected.filter(({ cited, current }) => cited !== current)).toHaveLength(2);
  });

  it('pairs projects with their 绩效目标表 by amount, or by a near-identical name', () => {
    const candidates = projectCandidates(reading.tables);
    const targetOf = (project: string) => (candidates.find((c) => c.name === project)?.target?.fields?.['项目名称'] as TextCell | undefined)?.text;
    // The form of the 759.1万元 评审 project is headed with the report's title; its 7,590,971元 identify it.
    expect(targetOf('政府投资项目预决（结）算评审工作经费')).toBe('泽州县财政局2026年部门预算公开报告');
    expect(targetOf('财政业务工作监督检查业务费')).toBe('财政业务专项检查业务费');
    expect(targetOf('山西省财政一体化运维及办公设备购置费')).toBe('山西泽州财政一体化运维及办公设备购置费');
    expect(targetOf('行政事业性国有资产清查审计评估费及信息系统服务费')).toBeUndefined();
    // 普法经费 and the 驻村 project both cost 15,000元: the amount alone does not decide.
    expect(targetOf('普法经费')).toBeUndefined();
    expect(targetOf('乡村振兴驻村工作队专项高都岭上村')).toBe('乡村振兴驻村工作队专项高都岭上村');
  });

  it('ranks the narrative’s service in the top three for every project, from the project names', () => {
    const evaluations = evaluate(reading, catalogs);
    logEvaluation('项目名称', evaluations);
    for (const e of evaluations) expect({ project: e.project, inTopThree: e.rank >= 1 && e.rank <= 3 }).toEqual({ project: e.project, inTopThree: true });
    expect(hitRate(evaluations, 1)).toBe('3/5');
  });

  it('uses the 项目概况 of the 绩效目标表 when the workbook carries it', () => {
    const overviews = seedOverviews();
    const fuller = readWorkbook(withOverviews(grid, reading, overviews));
    const described = projectCandidates(fuller.tables).filter((c) => c.description);
    expect(described.map((c) => c.name)).toEqual(expect.arrayContaining(['政府投资项目预决（结）算评审工作经费', '财政专项资金及PPP项目绩效评价工作经费']));
    const evaluations = evaluate(fuller, catalogs);
    logEvaluation('项目名称＋项目概况', evaluations);
    expect(hitRate(evaluations, 1)).toBe('3/5');
    // 信息化系统使用服务 for the 一体化运维 project comes fourth: the 概况 speaks of 软件升级维护 and
    // 数据专线网络, which 机关信息系统开发与维护服务, 数据处理服务 and 维修保养服务 match as well.
    expect(hitRate(evaluations, 3)).toBe('4/5');
    expect(evaluations.find((e) => e.project.includes('一体化'))?.rank).toBe(4);
  });

  it('keeps to the unit’s own department when the department catalog is offered whole', () => {
    const unitName = reading.tables.find((t) => t.unitName)!.unitName!.text;
    const everything = evaluate(reading, shanxi2023(all));
    const ownDepartment = evaluate(reading, shanxi2023(all), { unitName });
    logEvaluation('全部 2023 山西目录', everything);
    logEvaluation(`B 类目录＋部门目录中“${unitName}”所属部门`, ownDepartment);
    // Every 43号 department's entries together drown the B-class services (财政宣传服务, 山西省…服务).
    expect(hitRate(everything, 3)).toBe('2/5');
    expect(hitRate(ownDepartment, 1)).toBe('3/5');
    expect(hitRate(ownDepartment, 3)).toBe('4/5');
  });
});
