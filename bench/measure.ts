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

/** What a closed-loop load did: its rate and latencies, and the share of a core this process used meanwhile. */
export interface LoopFigures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Calls answered, but not with a success (a non-2xx status, a refused command). */
  refused: number;
  /** Calls that threw. */
  errors: number;
  cpu: number;
}

/**
 * `callers` concurrent loops for `seconds`, each calling `once` again as soon as the last call answered (as a
 * keep-alive connection does): the HTTP load client and the command handler alone are measured alike.
 * `once` resolves true for a success and false for a refusal.
 */
export async function closedLoop(
  callers: number,
  seconds: number,
  once: () => Promise<boolean>,
): Promise<LoopFigures> {
  const latencies: number[] = [];
  let refused = 0;
  let errors = 0;
  const cpuBefore = process.cpuUsage();
  const startedAt = performance.now();
  const deadline = startedAt + seconds * 1000;
  async function caller(): Promise<void> {
    while (performance.now() < deadline) {
      const sentAt = performance.now();
      try {
        const succeeded = await once();
        latencies.push(performance.now() - sentAt);
        if (!succeeded) refused += 1;
      } catch {
        errors += 1;
      }
    }
  }
  await Promise.all(Array.from({ length: callers }, caller));
  const elapsedMs = performance.now() - startedAt;
  return {
    requestsPerSecond: latencies.length / (elapsedMs / 1000),
    p50: latencies.length === 0 ? 0 : percentile(latencies, 50),
    p99: latencies.length === 0 ? 0 : percentile(latencies, 99),
    refused,
    errors,
    cpu: cpuShare(process.cpuUsage(cpuBefore), elapsedMs),
  };
}
