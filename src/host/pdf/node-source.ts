/**
 * Pages in Node, read by pdf.js on a worker thread of its own. Two reasons: pdf.js's legacy build
 * installs polyfills as it loads (on Node 20 it replaces Array.prototype.push, JSON.parse and
 * JSON.stringify), which must stay out of the process that checks and reports; and a reading that runs
 * away — a loop in a damaged file, a heap that fills — is stopped by ending the thread, which no timer
 * inside a busy thread could do. The thread is kept for the next PDF and never holds the process open.
 */
import { getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { bundledEntry } from '../node/bundled-entry';
import type { PageProgress, PdfSource } from './engine';
import { MESSAGES, UnreadablePdfError } from './errors';
import type { PageContent } from './layout/geometry';

/** A PDF that needs more heap than this is not a budget disclosure. */
const HEAP_LIMIT_MB = 2048;

/**
 * The thread's heap: never more than the process's own, which the CLI sizes from free memory and the
 * number of checking processes (cli/batch/pool.ts), so many processes reading PDFs stay within it.
 */
export function threadHeapMb(processHeapBytes = getHeapStatistics().heap_size_limit): number {
  return Math.min(HEAP_LIMIT_MB, Math.floor(processHeapBytes / (1024 * 1024)));
}

export interface ThreadRequest {
  id: number;
  bytes: Uint8Array;
}

export type ThreadReply =
  { id: number; kind: 'progress'; progress: PageProgress } | { id: number; kind: 'pages'; pages: PageContent[] } | { id: number; kind: 'error'; message: string; unreadable: boolean };

interface Pending {
  resolve(pages: PageContent[]): void;
  reject(error: Error): void;
  onProgress?(progress: PageProgress): void;
}

let thread: PdfThread | undefined;

export function nodePdfSource(): PdfSource {
  return {
    readPages: (bytes, { signal, onProgress }) => {
      thread ??= new PdfThread();
      return thread.read(bytes, signal, onProgress);
    },
  };
}

class PdfThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private next = 0;

  constructor() {
    this.worker = new Worker(bundledEntry('pdf-thread'), { resourceLimits: { maxOldGenerationSizeMb: threadHeapMb() } });
    this.worker.unref();
    this.worker.on('message', (reply: ThreadReply) => this.receive(reply));
    this.worker.on('error', (error: Error & { code?: string }) =>
      this.end(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new UnreadablePdfError(MESSAGES.outOfMemory) : new Error(`PDF 读取线程出错：${error.message}`)),
    );
    this.worker.on('exit', () => this.end(new UnreadablePdfError(MESSAGES.cancelled)));
  }

  read(bytes: Uint8Array, signal: AbortSignal, onProgress?: (progress: PageProgress) => void): Promise<PageContent[]> {
    return new Promise((resolve, reject) => {
      const id = this.next++;
      this.pending.set(id, { resolve, reject, onProgress });
      this.worker.ref();
      signal.addEventListener('abort', () => this.end(new UnreadablePdfError(MESSAGES.cancelled)), { once: true });
      // A copy of its own (Buffer.slice would share memory) is handed over to the thread.
      const copy = new Uint8Array(bytes);
      this.worker.postMessage({ id, bytes: copy } satisfies ThreadRequest, [copy.buffer]);
    });
  }

  private receive(reply: ThreadReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    if (reply.kind === 'progress') return pending.onProgress?.(reply.progress);
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker.unref();
    if (reply.kind === 'pages') pending.resolve(reply.pages);
    else pending.reject(reply.unreadable ? new UnreadablePdfError(reply.message) : new Error(reply.message));
  }

  /** Stops the thread; what it was reading fails with `error`, and the next PDF gets a new thread. */
  private end(error: Error): void {
    if (thread === this) thread = undefined;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
    void this.worker.terminate();
  }
}
