/**
 * npm run build:catalogs — parses ../shared/seeds into src/data/catalogs/<id>.json and prints the
 * counts and the reconciliation report of the two 晋财综〔2023〕43号 extractions.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCatalogs, type OverridesFile } from './catalogs/build';
import { catalogJson, CATALOG_DIR, OVERRIDES_FILE, SEEDS_DIR } from './catalogs/paths';

const overrides = JSON.parse(readFileSync(OVERRIDES_FILE, 'utf8')) as OverridesFile;
try {
  const { catalogs, report } = buildCatalogs((file) => readFileSync(path.join(SEEDS_DIR, file), 'utf8'), overrides);
  mkdirSync(CATALOG_DIR, { recursive: true });
  for (const catalog of catalogs) writeFileSync(path.join(CATALOG_DIR, `${catalog.id}.json`), catalogJson(catalog));
  process.stdout.write(`${report.join('\n')}\n已写入 ${catalogs.length} 个目录到 ${path.relative(process.cwd(), CATALOG_DIR)}\n`);
} catch (error) {
  process.stderr.write(`构建目录失败：${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
