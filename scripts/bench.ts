/**
 * npm run bench [-- --json] [--quick] [--no-build]: performance figures of issues 9 and 15 against their targets.
 * --json prints one JSON object on stdout (progress goes to stderr); --quick uses fewer runs and
 * files (for a smoke run, not for reported figures); --no-build never runs webpack.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { benchBatch } from './bench/batch-bench';
import { benchBundle } from './bench/bundle-bench';
import { benchEngine } from './bench/engine-bench';
import { benchPdf } from './bench/pdf-bench';
import { benchSearch } from './bench/search-bench';
import { displayWidth } from '../src/cli/batch/summary';
import { round } from './bench/stats';

interface Target {
  key: string;
  label: string;
  limit: number;
  /** true: the figure must be at most the limit; false: at least. */
  atMost: boolean;
}

const TARGETS: Target[] = [
  { key: 'engineToLoadRatio', label: '引擎耗时 / 加载耗时', limit: 0.1, atMost: true },
  { key: 'scaleRatio', label: '规模比（100× / 100×1×）', limit: 1.3, atMost: true },
  { key: 'searchP99Ms', label: '目录搜索 p99（毫秒）', limit: 5, atMost: true },
  { key: 'taskpaneGzipKB', label: '任务窗格主包 gzip（KB）', limit: 350, atMost: true },
  { key: 'batchFilesPerSecond', label: '批量检查（文件/秒）', limit: 20, atMost: false },
  { key: 'pdfPagesPerSecond', label: '读取 PDF（页/秒，单进程）', limit: 30, atMost: false },
];

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const json = argv.includes('--json');
  const quick = argv.includes('--quick');
  const progress = (text: string) => process.stderr.write(`${text}\n`);
  const startLoad = round(loadavg()[0], 2);
  progress('测量引擎与加载耗时…');
  const engine = await benchEngine(quick ? 5 : 21);
  progress('测量目录搜索…');
  const search = await benchSearch(quick ? 200 : 2000);
  progress('测量 PDF 读取…');
  const pdf = await benchPdf(quick ? 2 : 7);
  progress(`测量批量检查（${quick ? 20 : 200} 个文件）…`);
  const batch = await benchBatch(quick ? 20 : 200);
  // Last: a production build may run here and would load the machine during the other measurements.
  progress('测量任务窗格包大小…');
  const bundle = benchBundle(!argv.includes('--no-build'));
  const figures = {
    engineMs: engine.engineMs,
    loadMs: engine.loadMs,
    engineToLoadRatio: engine.engineToLoadRatio,
    scaleRatio: engine.scaleRatio,
    searchP50Ms: search.searchP50Ms,
    searchP99Ms: search.searchP99Ms,
    taskpaneGzipKB: bundle.taskpaneGzipKB,
    batchFilesPerSecond: batch.batchFilesPerSecond,
    pdfPagesPerSecond: pdf.pdfPagesPerSecond,
  };
  const targets = Object.fromEntries(TARGETS.map((t) => [t.key, { limit: t.limit, atMost: t.atMost, met: isMet(t, figures[t.key as keyof typeof figures]) }]));
  const result = {
    ...figures,
    targets,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      platform: process.platform,
      // Other processes on the machine skew every figure: the 1-minute load average at the start and the end.
      loadAverage: [startLoad, round(loadavg()[0], 2)],
    },
    details: { engine: engine.details, search: search.details, bundle: bundle.details, batch: batch.details, pdf: pdf.details },
    notes: [...engine.notes, ...search.notes, ...bundle.notes, ...batch.notes, ...pdf.notes],
    quick,
    measuredAt: new Date().toISOString(),
  };
  process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : formatTable(result, figures));
}

function isMet(target: Target, value: number | null): boolean | null {
  if (value === null) return null;
  return target.atMost ? value <= target.limit : value >= target.limit;
}

function formatTable(result: { machine: object; notes: string[] }, figures: Record<string, number | null>): string {
  const rows = [
    ['指标', '数值', '目标', '结果'],
    ['engineMs（泽州示例，中位数）', show(figures.engineMs), '', ''],
    ['loadMs（泽州示例，中位数）', show(figures.loadMs), '', ''],
    ...TARGETS.map((t) => {
      const met = isMet(t, figures[t.key]);
      return [`${t.key}（${t.label}）`, show(figures[t.key]), `${t.atMost ? '≤' : '≥'} ${t.limit}`, met === null ? '未测' : met ? '达标' : '未达标'];
    }),
    ['searchP50Ms', show(figures.searchP50Ms), '', ''],
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => displayWidth(row[c]))));
  const lines = rows.map((row) =>
    row
      .map((cell, c) => cell + ' '.repeat(widths[c] - displayWidth(cell)))
      .join('  ')
      .trimEnd(),
  );
  return [...lines, '', `机器：${JSON.stringify(result.machine)}`, ...result.notes.map((note) => `说明：${note}`), ''].join('\n');
}

function show(value: number | null): string {
  return value === null ? '—' : String(value);
}

main().catch((error: unknown) => {
  process.stderr.write(`基准测试失败：${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
