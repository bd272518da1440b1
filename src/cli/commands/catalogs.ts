/** budget-check catalogs [--format json]: the bundled catalogs with their entry counts per level. */
import type { Catalog } from '../../core/catalog/types';
import { loadBundledCatalogs } from '../../data';
import { formatOption, parseArgs } from '../args';
import { EXIT_OK, UsageError, type CliIO } from '../io';

export interface CatalogSummary {
  id: string;
  title: string;
  document: string;
  issued?: string;
  kind: Catalog['kind'];
  entries: number;
  levels: Record<string, number>;
  complete: boolean;
}

export function summarizeCatalog(catalog: Catalog): CatalogSummary {
  const levels: Record<string, number> = {};
  for (const entry of catalog.entries) levels[String(entry.level)] = (levels[String(entry.level)] ?? 0) + 1;
  return {
    id: catalog.id,
    title: catalog.title,
    document: catalog.document,
    ...(catalog.issued ? { issued: catalog.issued } : {}),
    kind: catalog.kind,
    entries: catalog.entries.length,
    levels,
    complete: catalog.complete,
  };
}

const KIND_NAMES: Record<Catalog['kind'], string> = { gps: '政府购买服务', function: '支出功能分类', economic: '支出经济分类' };

function formatText(summaries: CatalogSummary[]): string {
  return summaries
    .map((summary) => {
      const levels = Object.entries(summary.levels)
        .map(([level, count]) => `${level}级 ${count}`)
        .join('，');
      const status = summary.complete ? '完整' : '部分（仅含来源文件中出现的条目，可导入完整目录）';
      const issued = summary.issued ? `，${summary.issued}` : '';
      return `${summary.id}\n  ${summary.title}（${summary.document}${issued}）\n  ${KIND_NAMES[summary.kind]}；${summary.entries} 条（${levels}）；${status}\n`;
    })
    .join('\n');
}

export async function runCatalogs(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, { valued: ['format'], flags: [] });
  const format = formatOption(args);
  if (args.positionals.length) throw new UsageError(`catalogs 不接受参数“${args.positionals.join(' ')}”。用法：budget-check catalogs [--format json]`);
  const summaries = (await loadBundledCatalogs()).map(summarizeCatalog);
  io.stdout(format === 'json' ? `${JSON.stringify(summaries, null, 2)}\n` : formatText(summaries));
  return EXIT_OK;
}
