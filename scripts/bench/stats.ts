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

/** Runs the functions in turn, `runs` rounds after `warmup` rounds; one list of milliseconds per function. */
export async function timeAlternating(runs: number, fns: Array<() => unknown>, warmup = 3): Promise<number[][]> {
  const times = fns.map(() => [] as number[]);
  for (let round = 0; round < warmup + runs; round++) {
    for (const [i, fn] of fns.entries()) {
      const start = performance.now();
      await fn();
      if (round >= warmup) times[i].push(performance.now() - start);
    }
  }
  return times;
}
