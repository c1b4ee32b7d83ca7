// Status changes and plan reads over real HTTP (50 connections, bench/load-client.ts) against a bare fastify route that
// validates the same body: the HTTP ceiling of this machine.
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import pino from 'pino';
import { z } from 'zod';
import { openApiDatabase } from '../src/auth/api-database.js';
import { TokenStore } from '../src/auth/token-store.js';
import { loadConfig } from '../src/config/config.js';
import { ChangeTiltakStatusSchema } from '../src/domain/index.js';
import { createService } from '../src/service.js';
import { BENCH_ACTOR, createBenchPlan, seededRandom, statusFlips } from './history-generator.js';
import type { LoadRequest, LoadResult, LoadScenario } from './load-client.js';
import { closedLoop, cpuShare, type Figure } from './measure.js';

const CONNECTIONS = 50;
const TILTAK = 100;
/** Status changes spread over the plan period before the reads: 5 per tiltak. */
const HISTORY_CHANGES = 500;

/** A load's figures with the share of a core the server's process used meanwhile. */
interface Load extends LoadResult {
  serverCpu: number;
}

const CLIENT = fileURLToPath(new URL('./load-client.js', import.meta.url));

/** Runs one load in the client process (bench/load-client.ts) and waits for its figures. */
function load(url: string, seconds: number, scenario: LoadScenario): Promise<Load> {
  const request: LoadRequest = { url, seconds, connections: CONNECTIONS, scenario };
  const cpuBefore = process.cpuUsage();
  const startedAt = performance.now();
  return new Promise<LoadResult>((resolve, reject) => {
    const client = fork(CLIENT, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    client.once('message', (message) => {
      const answer = message as { ok: true; result: LoadResult } | { ok: false; error: string };
      if (answer.ok) resolve(answer.result);
      else reject(new Error(`load client: ${answer.error}`));
    });
    client.once('error', reject);
    client.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load client exited with ${String(code)}`));
    });
    client.send(request);
  }).then((result) => ({
    ...result,
    serverCpu: cpuShare(process.cpuUsage(cpuBefore), performance.now() - startedAt),
  }));
}

async function bareRoute(seconds: number): Promise<Load> {
  const app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const body = ChangeTiltakStatusSchema.omit({ tiltakId: true });
  app.post('/tiltak/:id/status', { schema: { body, params: z.object({ id: z.string() }) } }, () => ({
    ok: true,
  }));
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    return await load(address, seconds, {
      kind: 'fixed-post',
      path: '/tiltak/x/status',
      body: JSON.stringify({ status: 'IN_PROGRESS' }),
    });
  } finally {
    await app.close();
  }
}

export async function measureHttp(directory: string, quick: boolean): Promise<Figure[]> {
  const seconds = quick ? 5 : 15;
  const config = loadConfig({
    DATA_DIR: directory,
    SEED: 'false',
    RATE_LIMIT_PER_MINUTE: '0',
    LOG_LEVEL: 'silent',
  });
  const tokens = new TokenStore(openApiDatabase(directory));
  const { token } = tokens.create({ name: 'Benchmark', role: 'admin' });
  const service = await createService(config, pino({ level: 'silent' }));
  const context = { actor: BENCH_ACTOR };
  await seedBenchPlan(service.commands, context);
  await backDatedHistory(service.commands, context);
  const address = await service.app.listen({ port: 0, host: '127.0.0.1' });
  const authorization = `Bearer ${token}`;
  try {
    const commands = await load(address, seconds, { kind: 'status-changes', tiltak: TILTAK, authorization });
    const reads = await load(address, seconds, { kind: 'plan-reads', planId: 'bench', authorization });
    await service.close();
    // The same reads with the plan cache off: every answer built and serialized (the cost of a state not kept).
    const uncached = await createService({ ...config, PLAN_CACHE_MB: 0 }, pino({ level: 'silent' }));
    const uncachedAddress = await uncached.app.listen({ port: 0, host: '127.0.0.1' });
    const built = await load(uncachedAddress, seconds, {
      kind: 'plan-reads',
      planId: 'bench',
      authorization,
    }).finally(() => uncached.close());
    const ceiling = await bareRoute(seconds);
    const bare = { name: 'bare fastify route', value: ceiling.requestsPerSecond };
    const alone = await handlerAlone(join(directory, 'handler-alone'), seconds);
    return [
      loadFigure(
        'HTTP status changes (auth, validation, decide, durable append, projection), 50 connections',
        'commands/s',
        commands,
        { ...bare, name: 'bare fastify route validating the same body' },
        {
          target: '>= 10,000/s, p99 < 20 ms',
          met: commands.requestsPerSecond >= 10_000 && commands.p99 < 20,
          note: '409 TILTAK.NO_CHANGE when two flips of one tiltak overtake each other',
        },
      ),
      loadFigure(
        'the same status changes through the command handler alone (no HTTP), 50 callers',
        'commands/s',
        alone,
        { name: 'over HTTP', value: commands.requestsPerSecond },
        { note: `${Math.round((alone.serverCpu * 1e6) / alone.requestsPerSecond)} µs of CPU per command` },
      ),
      loadFigure(
        `HTTP plan (100 tiltak, ${HISTORY_CHANGES} back-dated changes over 2020-2022) at a random date, 50 connections, br/gzip accepted`,
        'requests/s',
        reads,
        bare,
        {
          target: '>= 5,000/s',
          met: reads.requestsPerSecond >= 5_000,
          note: 'starts with no state kept (the writes before changed the plan)',
        },
      ),
      loadFigure(
        'bare fastify route validating the same body, 50 connections: the ceiling of server and client here',
        'requests/s',
        ceiling,
        { name: 'status changes over HTTP', value: commands.requestsPerSecond },
      ),
      loadFigure(
        'HTTP plan at a random date as above, plan cache off (PLAN_CACHE_MB=0): every answer built',
        'requests/s',
        built,
        { name: 'with the plan cache', value: reads.requestsPerSecond },
      ),
    ];
  } finally {
    await service.close();
  }
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A load run as a figure: its rate beside a reference rate, latencies and non-2xx answers in the note. */
function loadFigure(
  name: string,
  unit: string,
  run: Load,
  reference: { name: string; value: number },
  goal: { target?: string; met?: boolean; note?: string } = {},
): Figure {
  return {
    name,
    unit,
    value: run.requestsPerSecond,
    spread: null,
    reference,
    ratio: run.requestsPerSecond / reference.value,
    target: goal.target,
    met: goal.met,
    note: `p50 ${run.p50.toFixed(1)} ms, p99 ${run.p99.toFixed(1)} ms, non-2xx ${run.non2xx}, CPU server ${percent(run.serverCpu)} client ${percent(run.clientCpu)}${goal.note === undefined ? '' : `; ${goal.note}`}`,
  };
}

type Commands = Awaited<ReturnType<typeof createService>>['commands'];

/** The bench plan: one satsningsområde and tiltaksområde with TILTAK tiltak, all created on 2020-01-01. */
async function seedBenchPlan(commands: Commands, context: { actor: typeof BENCH_ACTOR }): Promise<void> {
  await createBenchPlan(commands, 'bench', ['t']);
  for (let i = 0; i < TILTAK; i++) {
    await commands.handle(
      {
        type: 'CreateTiltak',
        data: {
          tiltakId: `t-${i}`,
          planId: 'bench',
          tiltaksomradeId: 't',
          title: `Tiltak ${i}`,
          status: 'PLANNED',
          effectiveAt: '2020-01-01T00:00:00Z',
        },
      },
      context,
    );
  }
}

/**
 * The status changes of the HTTP load through the command handler alone, as executeCommand runs them (decide,
 * durable append, wait for the projections), with no HTTP: what the write path costs below the HTTP layer.
 */
async function handlerAlone(directory: string, seconds: number): Promise<Load> {
  const config = loadConfig({ DATA_DIR: directory, SEED: 'false', LOG_LEVEL: 'silent' });
  const service = await createService(config, pino({ level: 'silent' }));
  const context = { actor: BENCH_ACTOR };
  try {
    await seedBenchPlan(service.commands, context);
    const flip = statusFlips(TILTAK);
    const figures = await closedLoop(CONNECTIONS, seconds, async () => {
      const result = await service.commands.handle(
        { type: 'ChangeTiltakStatus', data: flip() },
        { ...context, eventIdSeed: randomUUID() },
      );
      return service.projections.waitForPosition(result.position, 5000);
    });
    const { requestsPerSecond, p50, p99, refused, errors, cpu } = figures;
    // A refused command throws (counted as an error): non-2xx stands for it here, as it does over HTTP.
    return { requestsPerSecond, p50, p99, non2xx: refused + errors, errors: 0, clientCpu: 0, serverCpu: cpu };
  } finally {
    await service.close();
  }
}

/**
 * A plan's life over its period: each tiltak changes status on a few days of 2020-2022 (recorded now, back-dated),
 * so a read at a random day meets one of several hundred states, not the same one.
 */
async function backDatedHistory(commands: Commands, context: { actor: typeof BENCH_ACTOR }): Promise<void> {
  const random = seededRandom(20_200_101);
  const statuses = ['IN_PROGRESS', 'ON_HOLD'] as const;
  for (let i = 0; i < TILTAK; i++) {
    const days = Array.from({ length: HISTORY_CHANGES / TILTAK }, () => 1 + Math.floor(random() * 1095)).sort(
      (a, b) => a - b,
    );
    for (const [n, day] of [...new Set(days)].entries()) {
      await commands.handle(
        {
          type: 'ChangeTiltakStatus',
          data: {
            tiltakId: `t-${i}`,
            status: statuses[n % 2] as (typeof statuses)[number],
            effectiveAt: new Date(Date.parse('2020-01-01T00:00:00Z') + day * 86_400_000).toISOString(),
          },
        },
        context,
      );
    }
  }
}
