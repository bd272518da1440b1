/**
 * Checks files in worker processes — one file too — and outcomes come back in input order. Processes,
 * not threads: V8 may abort the whole process when a heap runs out, so a file too large to check must
 * only take its own process down, and end as a message against that file.
 */
import { freemem } from 'node:os';
import { fork } from 'node:child_process';
import { bundledEntry } from '../../host/node/bundled-entry';
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
  /** Told when a file is handed to a worker and when its outcome is in (index into the requests). */
  onStart?(index: number): void;
  onDone?(index: number): void;
}

/** Below this a worker cannot read an ordinary disclosure; above it one file gains nothing. */
const MIN_HEAP_MB = 256;
const MAX_HEAP_MB = 4096;
/** Share of the free memory the workers may take together; the rest is for the machine. */
const MEMORY_SHARE = 0.75;

/** Heap limit per worker: a share of the machine's free memory split between the workers, within bounds. */
export function workerHeapMb(freeBytes: number, workers: number): number {
  const share = Math.floor((freeBytes * MEMORY_SHARE) / Math.max(1, workers) / (1024 * 1024));
  return Math.max(MIN_HEAP_MB, Math.min(MAX_HEAP_MB, share));
}

export async function checkInWorkers(requests: CheckRequest[], options: PoolOptions): Promise<FileOutcome[]> {
  const workers = Math.max(1, Math.min(options.workers, requests.length));
  const heapMb = options.maxHeapMb ?? workerHeapMb(freemem(), workers);
  const outcomes: FileOutcome[] = new Array(requests.length);
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve) => {
      const worker = fork(workerEntry(), [], { execArgv: [`--max-old-space-size=${heapMb}`], serialization: 'advanced', stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
      let current: number | undefined;
      const feed = () => {
        if (next >= requests.length) {
          current = undefined;
          worker.disconnect();
          return;
        }
        current = next++;
        options.onStart?.(current);
        worker.send({ id: current, request: requests[current] } satisfies WorkerTask);
      };
      worker.on('message', (reply: WorkerReply) => {
        outcomes[reply.id] = reply.outcome;
        options.onDone?.(reply.id);
        feed();
      });
      // A worker that dies (out of memory, native crash) costs only the file it was checking;
      // a fresh worker takes the remaining files.
      const failed = (reason: string) => {
        if (current !== undefined) {
          outcomes[current] = { file: requests[current].file, error: `检查进程意外终止（${reason}），已跳过此文件。` };
          options.onDone?.(current);
        }
        current = undefined;
        resolve(next < requests.length ? runWorker() : undefined);
      };
      worker.on('error', (error) => failed(error.message));
      worker.on('exit', (code, signal) => {
        if (current === undefined) return resolve();
        failed(signal === 'SIGABRT' || code === 134 ? `内存不足：文件过大，超过每个检查进程 ${heapMb} MB 的上限` : `退出码 ${code ?? signal}`);
      });
      feed();
    });
  await Promise.all(Array.from({ length: workers }, runWorker));
  return outcomes;
}

function workerEntry(): string {
  return bundledEntry('batch-worker');
}
