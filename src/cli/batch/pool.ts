/** Checks many files on worker threads; outcomes come back in input order. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckRequest, FileOutcome } from './check-file';

export interface WorkerTask {
  id: number;
  request: CheckRequest;
}

export interface WorkerReply {
  id: number;
  outcome: FileOutcome;
}

export interface PoolOptions {
  workers: number;
  /** Heap limit per worker: a file that exhausts it costs that worker, not the whole run. */
  maxHeapMb?: number;
}

const DEFAULT_MAX_HEAP_MB = 4096;

export async function checkInWorkers(requests: CheckRequest[], options: PoolOptions): Promise<FileOutcome[]> {
  const resourceLimits = { maxOldGenerationSizeMb: options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB };
  const outcomes: FileOutcome[] = new Array(requests.length);
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve) => {
      const worker = new Worker(workerEntry(), { resourceLimits });
      let current: number | undefined;
      const feed = () => {
        if (next >= requests.length) {
          current = undefined;
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ id: current, request: requests[current] } satisfies WorkerTask);
      };
      worker.on('message', (reply: WorkerReply) => {
        outcomes[reply.id] = reply.outcome;
        feed();
      });
      // A worker that dies (out of memory, native crash) costs only the file it was checking;
      // a fresh worker takes the remaining files.
      const failed = (reason: string) => {
        if (current !== undefined) outcomes[current] = { file: requests[current].file, error: `检查进程意外终止（${reason}），已跳过此文件。` };
        current = undefined;
        resolve(next < requests.length ? runWorker() : undefined);
      };
      worker.on('error', (error: NodeJS.ErrnoException) =>
        failed(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `内存不足：文件过大，超过每个检查进程 ${resourceLimits.maxOldGenerationSizeMb} MB 的上限` : error.message),
      );
      worker.on('exit', (code) => (current === undefined ? resolve() : failed(`退出码 ${code}`)));
      feed();
    });
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.workers, requests.length)) }, runWorker));
  return outcomes;
}

let developmentWorker: string | undefined;

/**
 * The bundled CLI ships the worker as dist/cli/batch-worker.cjs next to itself. Run from TypeScript
 * source (tsx, jest), the worker is bundled once per process the same way, because tsx's loader
 * hooks do not reach into worker threads on Node 20.
 */
function workerEntry(): string {
  const bundled = path.join(__dirname, 'batch-worker.cjs');
  if (existsSync(bundled)) return bundled;
  developmentWorker ??= bundleWorker();
  return developmentWorker;
}

function bundleWorker(): string {
  const { buildSync } = require('esbuild') as typeof import('esbuild');
  const dir = mkdtempSync(path.join(tmpdir(), 'budget-check-worker-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const outfile = path.join(dir, 'batch-worker.cjs');
  buildSync({
    entryPoints: [path.join(__dirname, 'worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    loader: { '.json': 'json' },
    logLevel: 'warning',
  });
  return outfile;
}
