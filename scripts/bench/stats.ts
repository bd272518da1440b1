/** Timing helpers for the benchmark: medians and percentiles over repeated runs. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export function median(values: number[]): number {
  return percentile(values, 50);
}

export function round(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export interface Timings {
  /** Wall-clock milliseconds per run. */
  wall: number[];
  /** CPU milliseconds per run (this process: user + system), unaffected by waiting for a busy CPU. */
  cpu: number[];
}

/** Runs the functions in turn, `runs` rounds after `warmup` rounds; timings per function. */
export async function timeAlternating(runs: number, fns: Array<() => unknown>, warmup = 3): Promise<Timings[]> {
  const timings = fns.map((): Timings => ({ wall: [], cpu: [] }));
  for (let round = 0; round < warmup + runs; round++) {
    for (const [i, fn] of fns.entries()) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      await fn();
      const wall = performance.now() - start;
      const cpu = process.cpuUsage(cpuStart);
      if (round >= warmup) {
        timings[i].wall.push(wall);
        timings[i].cpu.push((cpu.user + cpu.system) / 1000);
      }
    }
  }
  return timings;
}
