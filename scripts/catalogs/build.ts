/**
 * Seeds → bundled catalogs, in memory. The command-line script writes the result to src/data and
 * prints the report; the tests run the same function to prove the committed JSON is current.
 */
import type { Catalog, CatalogEntry, CatalogUnit, Provenance } from '../../src/core/catalog/types';
import { parseEconomicRows, parseFunctionRows, parseSummaryClassNames } from './disclosure';
import { resolveExtractions, type OverrideDecision, type Side } from './extraction-diff';
import { requireLine, toSeedFile, type SeedFile } from './seed-text';
import { DISCLOSURES, EXPECTED_FUNCTION_CLASSES, EXPECTED_LEVEL_COUNTS, EXPECTED_SHANXI_DEPARTMENTS, META, SEEDS, type SeedName } from './sources';
import { parseTabularCatalog, type RawEntry, type TableLayout } from './tabular';
import { parseUnitList } from './units';
import { parseLineCatalog } from './zhengzhou';

export interface OverridesFile {
  document: string;
  primary: string;
  secondary: string;
  decisions: OverrideDecision[];
}

export interface BuildOutput {
  catalogs: Catalog[];
  /** Human-readable report lines: counts, repairs, the 43号 differences and how each was settled. */
  report: string[];
}

export function buildCatalogs(read: (file: SeedName) => string, overrides: OverridesFile): BuildOutput {
  const seeds = new Map<SeedName, SeedFile>(Object.values(SEEDS).map((file) => [file, toSeedFile(file, read(file))]));
  const seed = (file: SeedName) => seeds.get(file) as SeedFile;
  const report: string[] = [];
  const catalogs = [
    tabularCatalog('jiaozuo-2023', seed(SEEDS.jiaozuo), (line) => line.startsWith('代码\t'), { levels: 3, description: true, departments: false }, report),
    liaocheng(seed(SEEDS.liaocheng), report),
    zhengzhou(seed(SEEDS.zhengzhou)),
    shanxiDepartments(seed(SEEDS.zezhou), seed(SEEDS.yonghe), overrides, report),
    tabularCatalog('shanxi-b-2023', seed(SEEDS.zezhou), (line) => line === '代码\t一级目录\t二级目录\t三级目录', { levels: 3, description: false, departments: false }, report),
    functionPartial(seeds, report),
    economicPartial(seeds),
  ];
  catalogs.forEach(checkCounts);
  const counts = catalogs.map((catalog) => `${catalog.id}：${catalog.entries.length} 条（${levelSummary(catalog)}）${catalog.complete ? '' : '，部分目录'}`);
  return { catalogs, report: [...counts, ...report] };
}

function catalog(id: string, entries: CatalogEntry[], extra: Partial<Catalog> = {}): Catalog {
  return { id, ...META[id], ...extra, entries };
}

function provenance(document: string, seed: SeedFile, index: number): Provenance {
  return { document, file: seed.file, line: index + 1 };
}

function toEntry(raw: RawEntry, document: string, seed: SeedFile): CatalogEntry {
  const { index, ...fields } = raw;
  return { ...fields, provenance: provenance(document, seed, index) };
}

/** The document number and the issue date must both be printed in the seed the catalog comes from. */
function checkMeta(id: string, seed: SeedFile): void {
  const { document, issued } = META[id];
  requireLine(seed, `文号 ${document}`, (line) => line.replace(/\s/g, '').includes(document));
  if (!issued) return;
  const [year, month, day] = issued.split('-').map(Number);
  requireLine(seed, `日期 ${issued}`, (line) => line.replace(/\s/g, '').includes(`${year}年${month}月${day}日`));
}

function tabularCatalog(id: string, seed: SeedFile, header: (line: string) => boolean, layout: TableLayout, report: string[], extra: Partial<Catalog> = {}): Catalog {
  checkMeta(id, seed);
  const start = requireLine(seed, `${id} 表头`, header);
  const parsed = parseTabularCatalog(seed, start, layout);
  report.push(...parsed.repairs);
  checkStatedCounts(id, seed.lines[start]);
  return catalog(
    id,
    parsed.entries.map((entry) => toEntry(entry, META[id].document, seed)),
    extra,
  );
}

/** Headers such as "一级目录 (2项)	二级目录 (30项)" state the counts; they must match the document's own claim. */
function checkStatedCounts(id: string, header: string): void {
  const stated = [...header.matchAll(/[(（](\d+)项[)）]/g)].map((match) => Number(match[1]));
  if (stated.length && stated.join('/') !== EXPECTED_LEVEL_COUNTS[id]?.join('/')) {
    throw new Error(`${id}：表头写明 ${stated.join('/')}，与预期 ${EXPECTED_LEVEL_COUNTS[id]?.join('/')} 不符`);
  }
}

function liaocheng(seed: SeedFile, report: string[]): Catalog {
  const id = 'liaocheng-general-2020';
  const start = requireLine(seed, '附件1 单位代码表', (line) => line.startsWith('序号\t代码\t单位名称'));
  const units: CatalogUnit[] = parseUnitList(seed, start).map(({ index, ...unit }) => ({ ...unit, provenance: provenance(META[id].document, seed, index) }));
  report.push(`聊城附件1单位代码：${units.length} 个单位`);
  return tabularCatalog(id, seed, (line) => line.startsWith('代码\t'), { levels: 3, description: true, departments: false }, report, { units });
}

function zhengzhou(seed: SeedFile): Catalog {
  const id = 'zhengzhou-civil-affairs-2020';
  checkMeta(id, seed);
  const start = requireLine(seed, '郑州目录表头', (line) => /^序号\s+一级目录/.test(line));
  return catalog(
    id,
    parseLineCatalog(seed, start).entries.map((entry) => toEntry(entry, META[id].document, seed)),
  );
}

const DEPT_HEADER = (line: string) => line.startsWith('代码\t一级目录\t二级目录\t三级目录\t四级目录');
const DEPT_LAYOUT: TableLayout = { levels: 4, description: false, departments: true };

function shanxiDepartments(primarySeed: SeedFile, secondarySeed: SeedFile, overrides: OverridesFile, report: string[]): Catalog {
  const id = 'shanxi-dept-2023';
  const { document } = META[id];
  if (overrides.primary !== primarySeed.file || overrides.secondary !== secondarySeed.file || overrides.document !== document) {
    throw new Error(`裁定文件对应 ${overrides.document}（${overrides.primary} / ${overrides.secondary}），与构建不符`);
  }
  checkMeta(id, primarySeed);
  const primary = parseTabularCatalog(primarySeed, requireLine(primarySeed, '43号表头', DEPT_HEADER), DEPT_LAYOUT);
  const secondary = parseTabularCatalog(secondarySeed, requireLine(secondarySeed, '43号表头', DEPT_HEADER), DEPT_LAYOUT);
  report.push(...primary.repairs, ...secondary.repairs);
  if (primary.departments.join('|') !== secondary.departments.join('|')) {
    throw new Error(`${document} 两份提取的部门列表不同：${primary.departments.join('、')} / ${secondary.departments.join('、')}`);
  }
  const resolution = resolveExtractions(primary.entries, secondary.entries, overrides.decisions);
  const decisions = new Map(overrides.decisions.map((decision) => [decision.key, decision]));
  report.push(`${document} 两份提取（${primarySeed.file} / ${secondarySeed.file}）差异 ${resolution.differences.length} 处：`);
  for (const difference of resolution.differences) {
    const decision = decisions.get(difference.key);
    const shown = (side: Side) => {
      const entry = difference[side];
      return entry ? `“${entry.name}”（第${entry.index + 1}行）` : '（无此条）';
    };
    const verdict = decision ? `→ ${decision.choose === 'name' ? `改为“${decision.name}”` : decision.choose === 'primary' ? '取 002' : '取 004'}：${decision.reason}` : '→ 未裁定';
    report.push(`  ${difference.key}  002 ${shown('primary')}  004 ${shown('secondary')}  ${verdict}`);
  }
  if (resolution.unresolved.length || resolution.stale.length) {
    throw new Error(
      [
        `${document} 的裁定不完整：`,
        ...resolution.unresolved.map((difference) => `  未裁定：${difference.key}`),
        ...resolution.stale.map((decision) => `  已过时（原文已无此差异）：${decision.key}`),
      ].join('\n'),
    );
  }
  const seedOf = (from: Side) => (from === 'primary' ? primarySeed : secondarySeed);
  const named = resolution.entries.filter((entry) => entry.name);
  for (const entry of resolution.entries.filter((candidate) => !candidate.name)) {
    report.push(`${document}：${entry.department} ${entry.code} 在两份提取中都没有名称，未收录（${entry.from === 'primary' ? primarySeed.file : secondarySeed.file} 第${entry.index + 1}行）`);
  }
  return catalog(
    id,
    named.map(({ from, ...entry }) => toEntry(entry, document, seedOf(from))),
  );
}

function functionPartial(seeds: Map<SeedName, SeedFile>, report: string[]): Catalog {
  const entries: CatalogEntry[] = [];
  const byCode = new Map<string, CatalogEntry>();
  const [first] = DISCLOSURES;
  const firstSeed = seeds.get(first.file) as SeedFile;
  const classNames = parseSummaryClassNames(firstSeed);
  if (classNames.length !== EXPECTED_FUNCTION_CLASSES) throw new Error(`${first.file}：收支总表列出 ${classNames.length} 个类，预期 ${EXPECTED_FUNCTION_CLASSES}`);
  for (const { file, document } of DISCLOSURES) {
    const seed = seeds.get(file) as SeedFile;
    const names = parseSummaryClassNames(seed).map((row) => row.name);
    const missing = classNames.filter((row) => !names.includes(row.name)).map((row) => row.name);
    if (missing.length) report.push(`${file} 收支总表缺少类：${missing.join('、')}`);
    for (const row of parseFunctionRows(seed)) {
      const known = byCode.get(row.code);
      if (known && known.name !== row.name) throw new Error(`${row.code} 在 ${known.provenance.file} 为“${known.name}”，在 ${file} 为“${row.name}”`);
      if (known) continue;
      const level = 1 + (row.code.length - 3) / 2;
      const entry: CatalogEntry = { code: row.code, name: row.name, level, ...(level > 1 ? { parent: row.code.slice(0, -2) } : {}), provenance: provenance(document, seed, row.index) };
      byCode.set(row.code, entry);
    }
  }
  const coded = [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  for (const row of classNames) {
    const classEntry = coded.find((entry) => entry.level === 1 && entry.name === row.name);
    entries.push(classEntry ?? { code: '', name: row.name, level: 1, provenance: provenance(first.document, firstSeed, row.index) });
    if (classEntry) entries.push(...coded.filter((entry) => entry.level > 1 && entry.code.startsWith(classEntry.code)));
  }
  const placed = new Set(entries);
  const orphans = coded.filter((entry) => !placed.has(entry));
  if (orphans.length) throw new Error(`这些编码找不到收支总表中的类：${orphans.map((entry) => entry.code).join('、')}`);
  return catalog('function-partial', entries);
}

const DEPARTMENT_ECONOMIC = '部门预算支出经济分类';
const GOVERNMENT_ECONOMIC = '政府预算支出经济分类';

function economicPartial(seeds: Map<SeedName, SeedFile>): Catalog {
  const items = new Map<string, CatalogEntry>();
  const governments = new Map<string, CatalogEntry>();
  const pair = (entry: CatalogEntry, name: string) => {
    if (!entry.pairedWith?.includes(name)) entry.pairedWith = [...(entry.pairedWith ?? []), name];
  };
  for (const { file, document } of DISCLOSURES) {
    const seed = seeds.get(file) as SeedFile;
    let group: CatalogEntry | undefined;
    for (const row of parseEconomicRows(seed)) {
      const where = provenance(document, seed, row.index);
      if (!row.government) {
        group = items.get(row.name) ?? { code: '', name: row.name, level: 1, classification: DEPARTMENT_ECONOMIC, provenance: where };
        items.set(row.name, group);
        continue;
      }
      const item = items.get(row.name) ?? { code: '', name: row.name, level: 2, ...(group ? { parent: group.name } : {}), classification: DEPARTMENT_ECONOMIC, provenance: where };
      items.set(row.name, item);
      const government = governments.get(row.government) ?? { code: '', name: row.government, level: 2, classification: GOVERNMENT_ECONOMIC, provenance: where };
      governments.set(row.government, government);
      pair(item, row.government);
      pair(government, row.name);
    }
  }
  return catalog('economic-partial', [...items.values(), ...governments.values()]);
}

function levelCounts(catalog: Catalog): number[] {
  const counts: number[] = [];
  for (const entry of catalog.entries) counts[entry.level - 1] = (counts[entry.level - 1] ?? 0) + 1;
  return Array.from(counts, (count) => count ?? 0);
}

function levelSummary(catalog: Catalog): string {
  const departments = new Set(catalog.entries.map((entry) => entry.department).filter(Boolean)).size;
  return `${levelCounts(catalog).join('/')}${departments ? `，${departments} 个部门` : ''}`;
}

function checkCounts(catalog: Catalog): void {
  const expected = EXPECTED_LEVEL_COUNTS[catalog.id];
  if (expected && levelCounts(catalog).join('/') !== expected.join('/')) {
    throw new Error(`${catalog.id}：各级条目数 ${levelCounts(catalog).join('/')}，文件写明 ${expected.join('/')}`);
  }
  if (catalog.id === 'shanxi-dept-2023') {
    const departments = new Set(catalog.entries.map((entry) => entry.department)).size;
    if (departments !== EXPECTED_SHANXI_DEPARTMENTS) throw new Error(`${catalog.id}：${departments} 个部门，预期 ${EXPECTED_SHANXI_DEPARTMENTS}`);
  }
  for (const entry of catalog.entries) {
    if (!entry.name) throw new Error(`${catalog.id}：${entry.code} 没有名称（${entry.provenance.file} 第${entry.provenance.line}行）`);
  }
}
