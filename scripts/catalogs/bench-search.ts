/**
 * npx tsx scripts/catalogs/bench-search.ts — index build time and per-keystroke search latency
 * (p50/p99) over all bundled catalogs, typing a set of queries one character at a time.
 */
import { createSearchIndex, searchCatalogs } from '../../src/core/catalog/search';
import { spellPinyin } from '../../src/core/catalog/pinyin';
import { bundledCatalogs } from '../../src/data/bundled-sync';

const QUERIES = ['psfw', '评审服务', 'B0701', '2010601', 'xingzhengyunxing', '宣传服务', '033A0101', '072001D0401', '志愿服务', 'jcfw', '检验检疫'];
const ROUNDS = 20;

const catalogs = bundledCatalogs();
const started = performance.now();
const index = createSearchIndex(catalogs, spellPinyin);
const indexMs = performance.now() - started;
const times: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const query of QUERIES) {
    for (let length = 1; length <= query.length; length++) {
      const start = performance.now();
      searchCatalogs(index, query.slice(0, length));
      times.push(performance.now() - start);
    }
  }
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(times.length * q))].toFixed(2);
const entries = catalogs.reduce((sum, catalog) => sum + catalog.entries.length, 0);
process.stdout.write(`${catalogs.length} 个目录 ${entries} 条；建索引 ${indexMs.toFixed(0)} ms；${times.length} 次按键查询 p50 ${at(0.5)} ms，p99 ${at(0.99)} ms，最大 ${at(1)} ms\n`);
