/** CLI throughput: the bundled budget-check on a folder of generated workbooks (worker threads). */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { writeWorkbooks } from '../generators/write-workbooks';
import { round } from './stats';

const ROOT = path.resolve(__dirname, '..', '..');

export interface BatchFigures {
  batchFilesPerSecond: number | null;
  details?: { files: number; seconds: number; exitCode: number | null; workers: number; reportsWithError: number; unreadable: number };
  notes: string[];
}

export async function benchBatch(fileCount: number): Promise<BatchFigures> {
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) return { batchFilesPerSecond: null, notes: [`CLI 打包失败：${build.stderr.trim()}`] };
  const dir = mkdtempSync(path.join(tmpdir(), 'budget-bench-'));
  try {
    await writeWorkbooks(dir, fileCount);
    const start = performance.now();
    const { code, stdout } = await run(process.execPath, [path.join(ROOT, 'dist', 'cli', 'budget-check.cjs'), '--format', 'json', dir]);
    const seconds = (performance.now() - start) / 1000;
    const entries = JSON.parse(stdout) as Array<{ error?: string; summary?: { error: number } }>;
    const unreadable = entries.filter((entry) => entry.error !== undefined).length;
    const notes = entries.length === fileCount ? [] : [`CLI 只输出了 ${entries.length} 个结果（应为 ${fileCount}）。`];
    return {
      batchFilesPerSecond: round(fileCount / seconds, 1),
      details: {
        files: fileCount,
        seconds: round(seconds, 2),
        exitCode: code,
        workers: Math.min(availableParallelism(), fileCount),
        reportsWithError: entries.filter((entry) => (entry.summary?.error ?? 0) > 0).length,
        unreadable,
      },
      notes,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[]): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(chunks).toString('utf8') }));
  });
}
