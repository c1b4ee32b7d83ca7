// Timing helpers: repeated runs with median and spread, latency percentiles.
import { performance } from 'node:perf_hooks';

export interface Figure {
  name: string;
  unit: string;
  /** Median over the repetitions. */
  value: number | null;
  /** Lowest and highest of the repetitions. */
  spread: [number, number] | null;
  reference?: { name: string; value: number | null } | undefined;
  /** Our figure divided by the reference's (for rates), or the reference's by ours (for latencies). */
  ratio?: number | null | undefined;
  target?: string | undefined;
  met?: boolean | null | undefined;
  note?: string | undefined;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/** Runs `once` `repetitions` times; each returns a figure (a rate or a time). */
export async function repeated(
  repetitions: number,
  once: () => Promise<number> | number,
): Promise<{ value: number; spread: [number, number] }> {
  const values: number[] = [];
  for (let i = 0; i < repetitions; i++) values.push(await once());
  return { value: median(values), spread: [Math.min(...values), Math.max(...values)] };
}

/** Latencies in ms of `count` sequential calls. */
export function latencies(count: number, call: (i: number) => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    call(i);
    times.push(performance.now() - start);
  }
  return times;
}

export function now(): number {
  return performance.now();
}

/** CPU time (user + system) as a share of one core over `elapsedMs`. */
export function cpuShare(usage: NodeJS.CpuUsage, elapsedMs: number): number {
  return (usage.user + usage.system) / 1000 / elapsedMs;
}
