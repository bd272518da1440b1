/** budget-check lookup <查询> [--catalog id] [--limit n] [--format json]: ranked catalog search. */
import { describeCodeElsewhere, catalogLabel } from '../../core/catalog/lookup';
import { createSearchIndex, searchCatalogs, type MatchKind, type SearchHit } from '../../core/catalog/search';
import { spellPinyin } from '../../core/catalog/pinyin';
import type { Catalog } from '../../core/catalog/types';
import { loadBundledCatalogs } from '../../data';
import { formatOption, parseArgs } from '../args';
import { EXIT_OK, UsageError, type CliIO } from '../io';

const DEFAULT_LIMIT = 10;
const MATCH_NAMES: Record<MatchKind, string> = {
  'code-exact': '编码',
  'code-prefix': '编码前缀',
  name: '名称',
  pinyin: '拼音',
  description: '说明',
};

export async function runLookup(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, { valued: ['format', 'catalog', 'limit'], flags: [] });
  const format = formatOption(args);
  const query = args.positionals.join(' ').trim();
  if (!query) throw new UsageError('请给出要查找的编码、名称或拼音。用法：budget-check lookup <查询> [--catalog id] [--format json]');
  const limit = readLimit(args.options.get('limit'));
  const catalogs = await loadBundledCatalogs();
  const selected = selectCatalogs(catalogs, args.repeated.get('catalog'));
  const hits = searchCatalogs(createSearchIndex(selected, spellPinyin), query, { limit });
  if (format === 'json') {
    io.stdout(`${JSON.stringify(hits.map(toJson), null, 2)}\n`);
    return EXIT_OK;
  }
  const byId = new Map(catalogs.map((catalog) => [catalog.id, catalog]));
  const lines = hits.map((hit, i) => formatHit(hit, i + 1, byId.get(hit.catalogId) as Catalog));
  const elsewhere = hits.some((hit) => hit.match === 'code-exact') ? undefined : describeCodeElsewhere(query, selected, catalogs);
  if (!hits.length) lines.push(`未找到与“${query}”相符的条目。`);
  if (elsewhere && /\d/.test(query) && selected.length < catalogs.length) lines.push(elsewhere);
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT_OK;
}

function readLimit(text: string | undefined): number {
  if (text === undefined) return DEFAULT_LIMIT;
  const limit = Number(text);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit 需要正整数，收到“${text}”。`);
  return limit;
}

function selectCatalogs(catalogs: Catalog[], ids: string[] | undefined): Catalog[] {
  if (!ids?.length) return catalogs;
  const unknown = ids.filter((id) => !catalogs.some((catalog) => catalog.id === id));
  if (unknown.length) {
    throw new UsageError(`未知目录 ${unknown.join('、')}。可用目录：${catalogs.map((catalog) => catalog.id).join('、')}（budget-check catalogs 查看详情）`);
  }
  return catalogs.filter((catalog) => ids.includes(catalog.id));
}

function toJson(hit: SearchHit) {
  const { entry } = hit;
  return {
    catalogId: hit.catalogId,
    code: entry.code,
    name: entry.name,
    level: entry.level,
    path: hit.path,
    match: hit.match,
    score: hit.score,
    ...(entry.printedCode ? { printedCode: entry.printedCode } : {}),
    ...(entry.department ? { department: entry.department } : {}),
    ...(entry.description ? { description: entry.description } : {}),
    provenance: entry.provenance,
  };
}

function formatHit(hit: SearchHit, rank: number, catalog: Catalog): string {
  const { entry } = hit;
  const code = entry.printedCode ?? entry.code;
  const partial = catalog.complete ? '' : '，部分目录';
  const department = entry.department ? `，${entry.department}` : '';
  const lines = [`${rank}. ${code ? `${code} ` : ''}${entry.name}  [${catalogLabel(catalog)}${department}${partial}；按${MATCH_NAMES[hit.match]}匹配]`, `   ${hit.path.join(' › ')}`];
  if (entry.description) lines.push(`   说明：${entry.description}`);
  return lines.join('\n');
}
