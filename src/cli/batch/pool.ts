/**
 * Checks many files in worker processes; outcomes come back in input order. Processes, not threads:
 * V8 may abort the whole process when a heap runs out, so a file too large to check must only take
 * its own process down.
 */
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
}

const DEFAULT_MAX_HEAP_MB = 4096;

export async function checkInWorkers(requests: CheckRequest[], options: PoolOptions): Promise<FileOutcome[]> {
  const heapMb = options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB;
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
        worker.send({ id: current, request: requests[current] } satisfies WorkerTask);
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
      worker.on('error', (error) => failed(error.message));
      worker.on('exit', (code, signal) => {
        if (current === undefined) return resolve();
        failed(signal === 'SIGABRT' || code === 134 ? `内存不足：文件过大，超过每个检查进程 ${heapMb} MB 的上限` : `退出码 ${code ?? signal}`);
      });
      feed();
    });
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.workers, requests.length)) }, runWorker));
  return outcomes;
}

function workerEntry(): string {
  return bundledEntry('batch-worker');
}
