/** CLI throughput: the bundled budget-check on a folder of generated workbooks (worker processes). */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { writeWorkbooks } from '../generators/write-workbooks';
import { round } from './stats';

const ROOT = path.resolve(__dirname, '..', '..');

export interface BatchFigures {
  batchFilesPerSecond: number | null;
  details?: {
    files: number;
    seconds: number;
    /** CPU seconds (user + system) the CLI used, worker processes included. */
    cpuSeconds: number | null;
    /** files ÷ (CPU seconds ÷ workers): the throughput the same work gives on otherwise idle cores. */
    idleEstimateFilesPerSecond: number | null;
    exitCode: number | null;
    workers: number;
    reportsWithError: number;
    unreadable: number;
  };
  notes: string[];
}

export async function benchBatch(fileCount: number): Promise<BatchFigures> {
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) return { batchFilesPerSecond: null, notes: [`CLI 打包失败：${build.stderr.trim()}`] };
  const dir = mkdtempSync(path.join(tmpdir(), 'budget-bench-'));
  try {
    await writeWorkbooks(dir, fileCount);
    const output = path.join(dir, 'reports.json');
    const start = performance.now();
    const { code, cpuSeconds } = await runMeasured(path.join(ROOT, 'dist', 'cli', 'budget-check.cjs'), dir, output);
    const seconds = (performance.now() - start) / 1000;
    const entries = JSON.parse(readFileSync(output, 'utf8')) as Array<{ error?: string; summary?: { error: number } }>;
    const workers = Math.min(availableParallelism(), fileCount);
    const unreadable = entries.filter((entry) => entry.error !== undefined).length;
    const notes = entries.length === fileCount ? [] : [`CLI 只输出了 ${entries.length} 个结果（应为 ${fileCount}）。`];
    return {
      batchFilesPerSecond: round(fileCount / seconds, 1),
      details: {
        files: fileCount,
        seconds: round(seconds, 2),
        cpuSeconds: cpuSeconds === null ? null : round(cpuSeconds, 2),
        idleEstimateFilesPerSecond: cpuSeconds ? round(fileCount / (cpuSeconds / workers), 1) : null,
        exitCode: code,
        workers,
        reportsWithError: entries.filter((entry) => (entry.summary?.error ?? 0) > 0).length,
        unreadable,
      },
      notes,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs the CLI under bash so `times` can report the CPU the child used (Node reports it only for
 * its own process); the JSON goes to a file so stdout carries nothing else.
 */
function runMeasured(cli: string, dir: string, output: string): Promise<{ code: number | null; cpuSeconds: number | null }> {
  const script = `"${process.execPath}" "${cli}" --format json "${dir}" > "${output}"; status=$?; times >&2; exit $status`;
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script], { cwd: ROOT, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, cpuSeconds: childCpuSeconds(stderr) }));
  });
}

/** The second line of bash `times`: children's user and system time, e.g. "0m12.340s 0m0.810s". */
function childCpuSeconds(timesOutput: string): number | null {
  const line = timesOutput.trim().split('\n').at(-1) ?? '';
  const parts = [...line.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return parts.length === 2 ? parts[0] + parts[1] : null;
}
