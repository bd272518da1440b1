import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalog } from '../../src/core/catalog/types';
import { buildCatalogs } from './build';
import { CATALOG_DIR, catalogJson } from './paths';
import { readOverrides, readSeedText } from './test-support';

const built = buildCatalogs(readSeedText, readOverrides());

function levels(catalog: Catalog): number[] {
  const counts: number[] = [];
  for (const entry of catalog.entries) counts[entry.level - 1] = (counts[entry.level - 1] ?? 0) + 1;
  return counts;
}

function byId(id: string): Catalog {
  const catalog = built.catalogs.find((candidate) => candidate.id === id);
  if (!catalog) throw new Error(`missing ${id}`);
  return catalog;
}

describe('bundled catalogs build', () => {
  it('the committed JSON is exactly what the build produces from the seeds', () => {
    for (const catalog of built.catalogs) {
      const committed = readFileSync(path.join(CATALOG_DIR, `${catalog.id}.json`), 'utf8');
      expect({ id: catalog.id, same: committed === catalogJson(catalog) }).toEqual({ id: catalog.id, same: true });
    }
  });

  it('leaves no stale JSON next to the built catalogs', () => {
    expect(readdirSync(CATALOG_DIR).sort()).toEqual(built.catalogs.map((catalog) => `${catalog.id}.json`).sort());
  });

  it('produces the seven catalog ids of DESIGN.md §3', () => {
    expect(built.catalogs.map((catalog) => catalog.id)).toEqual([
      'jiaozuo-2023',
      'liaocheng-general-2020',
      'zhengzhou-civil-affairs-2020',
      'shanxi-dept-2023',
      'shanxi-b-2023',
      'function-partial',
      'economic-partial',
    ]);
  });

  it('matches the counts the documents state', () => {
    expect(levels(byId('jiaozuo-2023'))).toEqual([2, 30, 162]);
    expect(levels(byId('liaocheng-general-2020'))).toEqual([2, 22, 63]);
    expect(levels(byId('zhengzhou-civil-affairs-2020'))).toEqual([3, 13, 72]);
    expect(levels(byId('shanxi-b-2023'))).toEqual([1, 12, 44]);
    const departments = new Set(byId('shanxi-dept-2023').entries.map((entry) => entry.department));
    expect(departments.size).toBe(49);
    expect(new Set(byId('shanxi-dept-2023').entries.map((entry) => entry.level))).toEqual(new Set([1, 2, 3, 4]));
    expect(levels(byId('function-partial'))[0]).toBe(30);
  });

  it('marks only the two classification lists as partial', () => {
    expect(built.catalogs.filter((catalog) => !catalog.complete).map((catalog) => catalog.id)).toEqual(['function-partial', 'economic-partial']);
    expect(byId('function-partial').note).toContain('不是完整');
  });

  it('ships the 聊城 附件1 unit list with the general catalog', () => {
    const units = byId('liaocheng-general-2020').units ?? [];
    expect(units).toHaveLength(65);
    expect(units.find((unit) => unit.code === '072001')?.name).toBe('聊城市人民政府办公室');
  });

  it('reports counts and every 43号 difference with its decision', () => {
    expect(built.report[0]).toBe('jiaozuo-2023：194 条（2/30/162）');
    expect(built.report).toContain('晋财综〔2023〕43号 两份提取（002_8135ea1cfbb7bbbc.txt / 004_d36ff57df6df67c4.txt）差异 54 处：');
    const lines = built.report.filter((line) => line.startsWith('  '));
    expect(lines).toHaveLength(54);
    expect(lines.every((line) => !line.includes('未裁定'))).toBe(true);
  });

  it('fails, naming the difference, when a decision is missing', () => {
    const overrides = readOverrides();
    const decisions = overrides.decisions.filter((decision) => decision.key !== '共青团|A020917|1');
    expect(() => buildCatalogs(readSeedText, { ...overrides, decisions })).toThrow('未裁定：共青团|A020917|1');
  });

  it('fails when a decision no longer matches a difference', () => {
    const overrides = readOverrides();
    const decisions = [...overrides.decisions, { key: '共青团|A999999|1', seen: { primary: null, secondary: null }, choose: 'primary' as const, reason: '测试' }];
    expect(() => buildCatalogs(readSeedText, { ...overrides, decisions })).toThrow('已过时（原文已无此差异）：共青团|A999999|1');
  });
});

describe('provenance', () => {
  const seeds = new Map<string, string[]>();
  const lineOf = (file: string, line: number) => {
    if (!seeds.has(file)) seeds.set(file, readSeedText(file).split('\n'));
    return (seeds.get(file) as string[])[line - 1] ?? '';
  };

  it('every bundled entry names a document, a seed file and a line that holds its code or name', () => {
    const missing: string[] = [];
    for (const catalog of built.catalogs) {
      for (const entry of catalog.entries) {
        const { document, file, line } = entry.provenance ?? {};
        const text = document && file && line > 0 ? lineOf(file, line) : '';
        const key = entry.printedCode ?? entry.code;
        const found = key ? text.includes(key) || text.includes(key.slice(1)) : text.includes(entry.name);
        if (!found) missing.push(`${catalog.id} ${entry.code} ${entry.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every 聊城 unit has provenance on its own line', () => {
    for (const unit of byId('liaocheng-general-2020').units ?? []) {
      expect(lineOf(unit.provenance.file, unit.provenance.line)).toContain(unit.code);
    }
  });
});
