// The HTTP load generator, run in its own process (bench/http.bench.ts forks it), so that its work does not share
// the server's JavaScript thread: on a 2-core machine the server gets one core and the client the other. It takes
// one LoadRequest on its IPC channel, answers one LoadResult, and exits.
//
// It is undici (Node's own HTTP client, parsing with llhttp) with a pool of keep-alive connections, each running
// one request after another, bodies read and dropped as bytes. autocannon was used before: it appends every
// response body to a string, which for a 7 KB brotli plan cost the client more CPU than the server, so the client
// was what the figure measured.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';
import { seededRandom } from './history-generator.js';
import { cpuShare, percentile } from './measure.js';

export type LoadScenario =
  /** The same POST body every time: the bare route. */
  | { kind: 'fixed-post'; path: string; body: string }
  /** Each request flips one of `tiltak` tiltak between IN_PROGRESS and ON_HOLD, so every command is a change. */
  | { kind: 'status-changes'; tiltak: number; authorization: string }
  /** GETs of the plan on every day of 2020-2022 in random order, accepting compression as HTTP clients do. */
  | { kind: 'plan-reads'; planId: string; authorization: string };

export interface LoadRequest {
  url: string;
  seconds: number;
  connections: number;
  scenario: LoadScenario;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** The share of one core the load client itself used: near 1 means the client, not the server, was the limit. */
  clientCpu: number;
}

interface OneRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** The requests of a scenario, one after another: `next()` gives the next one to send. */
function requestsFor(scenario: LoadScenario): () => OneRequest {
  switch (scenario.kind) {
    case 'fixed-post': {
      const request: OneRequest = {
        method: 'POST',
        path: scenario.path,
        headers: { 'content-type': 'application/json' },
        body: scenario.body,
      };
      return () => request;
    }
    case 'status-changes': {
      const next = new Array<boolean>(scenario.tiltak).fill(false);
      let counter = 0;
      return () => {
        const i = counter++ % scenario.tiltak;
        next[i] = !next[i];
        return {
          method: 'POST',
          path: `/tiltak/t-${i}/status`,
          headers: {
            'content-type': 'application/json',
            authorization: scenario.authorization,
            'idempotency-key': randomUUID(),
          },
          body: JSON.stringify({ status: next[i] ? 'IN_PROGRESS' : 'ON_HOLD' }),
        };
      };
    }
    case 'plan-reads': {
      // Every day of 2020-2022 in a shuffled order, so the reads meet the plan's states as random dates would.
      const start = Date.parse('2020-01-01T00:00:00Z');
      const days = Array.from({ length: 1096 }, (_, day) =>
        new Date(start + day * 86_400_000).toISOString().slice(0, 10),
      );
      shuffle(days, seededRandom(2020));
      const headers = { authorization: scenario.authorization, 'accept-encoding': 'gzip, deflate, br' };
      let counter = 0;
      return () => ({
        method: 'GET',
        path: `/plans/${scenario.planId}?validAt=${days[counter++ % days.length] ?? ''}`,
        headers,
      });
    }
    default: {
      const unknown: never = scenario;
      throw new Error(`unknown scenario ${JSON.stringify(unknown)}`);
    }
  }
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
}

async function run(request: LoadRequest): Promise<LoadResult> {
  const next = requestsFor(request.scenario);
  const pool = new Pool(request.url, { connections: request.connections, pipelining: 1 });
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const cpuBefore = process.cpuUsage();
  const startedAt = performance.now();
  const deadline = startedAt + request.seconds * 1000;
  async function connection(): Promise<void> {
    while (performance.now() < deadline) {
      const { method, path, headers, body } = next();
      const sentAt = performance.now();
      try {
        const response = await pool.request({ method, path, headers, body });
        await response.body.dump({ limit: 16 * 1024 * 1024 });
        latencies.push(performance.now() - sentAt);
        if (response.statusCode < 200 || response.statusCode >= 300) non2xx += 1;
      } catch {
        errors += 1;
      }
    }
  }
  await Promise.all(Array.from({ length: request.connections }, connection));
  const elapsedMs = performance.now() - startedAt;
  const clientCpu = cpuShare(process.cpuUsage(cpuBefore), elapsedMs);
  await pool.close();
  return {
    requestsPerSecond: latencies.length / (elapsedMs / 1000),
    p50: latencies.length === 0 ? 0 : percentile(latencies, 50),
    p99: latencies.length === 0 ? 0 : percentile(latencies, 99),
    non2xx,
    errors,
    clientCpu,
  };
}

process.once('message', (message) => {
  run(message as LoadRequest).then(
    (result) => process.send?.({ ok: true, result }, () => process.exit(0)),
    (error: unknown) => process.send?.({ ok: false, error: String(error) }, () => process.exit(1)),
  );
});
