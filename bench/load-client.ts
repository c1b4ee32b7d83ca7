// The HTTP load generator, run in its own process (bench/http.bench.ts forks it), so that its work does not share
// the server's JavaScript thread: on a 2-core machine the server gets one core and the client the other. It takes
// one LoadRequest on its IPC channel, answers one LoadResult, and exits.
//
// It is undici (Node's own HTTP client, parsing with llhttp) with a pool of keep-alive connections, each running
// one request after another, bodies read and dropped as bytes. autocannon was used before: it appends every
// response body to a string, which for a 7 KB brotli plan cost the client more CPU than the server, so the client
// was what the figure measured.
import { randomUUID } from 'node:crypto';
import { Pool } from 'undici';
import { seededRandom, statusFlips } from './history-generator.js';
import { closedLoop } from './measure.js';

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
      const flip = statusFlips(scenario.tiltak);
      return () => {
        const { tiltakId, status } = flip();
        return {
          method: 'POST',
          path: `/tiltak/${tiltakId}/status`,
          headers: {
            'content-type': 'application/json',
            authorization: scenario.authorization,
            'idempotency-key': randomUUID(),
          },
          body: JSON.stringify({ status }),
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
  const figures = await closedLoop(request.connections, request.seconds, async () => {
    const { method, path, headers, body } = next();
    const response = await pool.request({ method, path, headers, body });
    await response.body.dump({ limit: 16 * 1024 * 1024 });
    return response.statusCode >= 200 && response.statusCode < 300;
  });
  await pool.close();
  const { requestsPerSecond, p50, p99, refused, errors, cpu } = figures;
  return { requestsPerSecond, p50, p99, non2xx: refused, errors, clientCpu: cpu };
}

process.once('message', (message) => {
  run(message as LoadRequest).then(
    (result) => process.send?.({ ok: true, result }, () => process.exit(0)),
    (error: unknown) => process.send?.({ ok: false, error: String(error) }, () => process.exit(1)),
  );
});
