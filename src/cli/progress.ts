/**
 * "已检查 n/N，当前文件…" on one stderr line, redrawn in place, while a batch is checked. Only on a
 * terminal and for several files: redirected stderr and single-file runs stay as they were, and
 * stdout never carries it.
 */
import { displayWidth } from './batch/summary';
import type { CliIO } from './io';

export interface Progress {
  start(file: string): void;
  done(file: string): void;
  /** Clears the line, so what follows starts on a clean one. */
  finish(): void;
}

export function progressLine(done: number, total: number, current: string | undefined, columns: number): string {
  const head = `已检查 ${done}/${total}`;
  return fit(current ? `${head}，当前文件：${current}` : head, columns);
}

export function createProgress(io: CliIO, total: number): Progress | undefined {
  if (!io.stderrIsTTY || total < 2) return undefined;
  const running: string[] = [];
  let done = 0;
  const draw = () => io.stderr(`\r${progressLine(done, total, running[running.length - 1], io.columns || 80)}\x1b[K`);
  return {
    start(file) {
      running.push(file);
      draw();
    },
    done(file) {
      running.splice(running.lastIndexOf(file), 1);
      done += 1;
      draw();
    },
    finish() {
      io.stderr('\r\x1b[K');
    },
  };
}

/** At most `columns - 1` terminal columns (a full line wraps on some terminals); the file name's start gives way. */
function fit(text: string, columns: number): string {
  const room = Math.max(10, columns - 1);
  if (displayWidth(text) <= room) return text;
  const cut = text.indexOf('：') + 1;
  const head = text.slice(0, cut);
  const tail = [...text.slice(cut)];
  while (tail.length && displayWidth(`${head}…${tail.join('')}`) > room) tail.shift();
  return `${head}…${tail.join('')}`;
}
