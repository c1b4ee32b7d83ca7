// Status changes, progress notes and plan reads over real HTTP, driven by wrk (bench/wrk.ts, 50 connections), beside a
// bare fastify route that validates the same body (the HTTP ceiling of this machine) and a naive durable route.
import { mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import pino from 'pino';
import { z } from 'zod';
import { openApiDatabase } from '../src/auth/api-database.js';
import { TokenStore } from '../src/auth/token-store.js';
import { loadConfig } from '../src/config/config.js';
import { ChangeTiltakStatusSchema } from '../src/domain/index.js';
import { timeOrderedUuid } from '../src/application/time-ordered-id.js';
import { createService } from '../src/service.js';
import { SqliteEventStore } from '../src/store/sqlite/index.js';
import { BENCH_ACTOR, createBenchPlan, seededRandom, statusFlips } from './history-generator.js';
import { formatSummary, startCpuProfile } from './cpu-profile.js';
import { closedLoop, type Figure } from './measure.js';
import { runWrk, WRK_MISSING, wrkAvailable, type WrkRun } from './wrk.js';

const CONNECTIONS = 50;
const TILTAK = 100;
/** The command rows spread over this many tiltak (plan `commands`), well above the connections. */
const COMMAND_TILTAK = 1000;
/**
 * The growth rows: tiltak of these many events at the start (progress notes written through the store port), as
 * many tiltak in each row (at least one per connection): commands on one stream queue behind each other's sync, so
 * fewer tiltak would measure that queue, not the length of the streams.
 */
const GROWTH = [
  { events: 10, tiltak: 50 },
  { events: 1_000, tiltak: 50 },
  { events: 10_000, tiltak: 50 },
] as const;
/** The load before the command rows, so that they measure a server that has run a while. */
const WARM_UP_SECONDS = 5;
/** Status changes spread over the plan period before the reads: 5 per tiltak. */
const HISTORY_CHANGES = 500;

/** The command handler's load: its figures with the share of a core this process used meanwhile. */
interface Load {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  serverCpu: number;
}

/**
 * The references' route: POST /tiltak/:id/status on a bare fastify 5 app, its params and body validated as the
 * service validates a status change, answered by `answer`; the wrk status load is run on it.
 */
async function wrkOnStatusRoute(
  seconds: number,
  answer: (tiltakId: string, status: string) => object | Promise<object>,
): Promise<WrkRun> {
  const app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const body = ChangeTiltakStatusSchema.omit({ tiltakId: true });
  app.post('/tiltak/:id/status', { schema: { body, params: z.object({ id: z.string() }) } }, (request) =>
    answer(request.params.id, request.body.status),
  );
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    return await runWrk({
      url: address,
      seconds,
      connections: CONNECTIONS,
      kind: 'status',
      tiltak: COMMAND_TILTAK,
      prefix: 'c-',
    });
  } finally {
    await app.close();
  }
}

/** The HTTP ceiling: a fastify 5 route that validates the same body and answers, nothing else. */
function bareRoute(seconds: number): Promise<WrkRun> {
  return wrkOnStatusRoute(seconds, () => ({ ok: true }));
}

/**
 * The durable append alone behind the bare route: the same validation, then this project's SQLite store appends one
 * status event (its envelope, hash chain, group commit and log sync, acknowledged once synced) and the route answers
 * with its revision. No auth, no decide, no projection, no audit log: what HTTP and the durable append cost on this
 * machine before the service does anything else, so the command rows show what the rest of the command path costs.
 */
async function durableAppendRoute(directory: string, seconds: number): Promise<WrkRun> {
  mkdirSync(directory, { recursive: true });
  const store = SqliteEventStore.open({ path: join(directory, 'events.sqlite') });
  try {
    return await wrkOnStatusRoute(seconds, async (tiltakId, status) => {
      const event = {
        eventId: timeOrderedUuid(),
        type: 'TiltakStatusChanged',
        schemaVersion: 1,
        data: { status },
        actor: BENCH_ACTOR,
        correlationId: timeOrderedUuid(),
        source: { kind: 'api' } as const,
      };
      const { revision } = await store.append(`tiltak-${tiltakId}`, [event], 'any');
      return { revision: String(revision) };
    });
  } finally {
    await store.close();
  }
}

/**
 * The naive durable write: the same validation, then one better-sqlite3 INSERT per request in WAL mode with
 * synchronous=FULL, so every request waits for its own sync of the log. No auth, no rules, no projection.
 */
async function naiveRoute(directory: string, seconds: number): Promise<WrkRun> {
  mkdirSync(directory, { recursive: true });
  const db = new Database(join(directory, 'naive.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(
    'CREATE TABLE events (id INTEGER PRIMARY KEY, tiltak TEXT NOT NULL, status TEXT NOT NULL, at TEXT NOT NULL)',
  );
  const insert = db.prepare<[string, string, string]>(
    'INSERT INTO events (tiltak, status, at) VALUES (?, ?, ?)',
  );
  try {
    return await wrkOnStatusRoute(seconds, (tiltakId, status) => {
      insert.run(tiltakId, status, new Date().toISOString());
      return { ok: true };
    });
  } finally {
    db.close();
  }
}

export interface HttpBenchOptions {
  /** Profile the server during the status and notes rows, writing the profiles here (`--cpu-prof`). */
  cpuProfiles?: { directory: string; stamp: string };
}

export async function measureHttp(
  directory: string,
  quick: boolean,
  options: HttpBenchOptions = {},
): Promise<Figure[]> {
  const seconds = quick ? 5 : 15;
  const wrkSeconds = quick ? 5 : 10;
  const haveWrk = wrkAvailable();
  if (!haveWrk) process.stderr.write(`${WRK_MISSING}\n`);
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
  if (haveWrk) {
    await seedCommandPlan(service.commands, context);
    await seedGrowth(service, context);
  }
  const address = await service.app.listen({ port: 0, host: '127.0.0.1' });
  const authorization = `Bearer ${token}`;
  const figures: Figure[] = [];
  try {
    const wrk = (kind: 'status' | 'notes', prefix: string, tiltak: number, seconds = wrkSeconds) =>
      runWrk({
        url: address,
        seconds,
        connections: CONNECTIONS,
        kind,
        tiltak,
        prefix,
        authorization,
      });
    const profiled = async (kind: 'status' | 'notes') => {
      if (options.cpuProfiles === undefined) return wrk(kind, 'c-', COMMAND_TILTAK);
      const stop = await startCpuProfile();
      const run = await wrk(kind, 'c-', COMMAND_TILTAK);
      const { directory: into, stamp } = options.cpuProfiles;
      const file = join(into, `${stamp}-${kind}.cpuprofile`);
      const summary = await stop(file, Math.round(run.requestsPerSecond * wrkSeconds));
      process.stderr.write(`${formatSummary(`POST /tiltak/{id}/${kind}`, summary)}\n`);
      return run;
    };
    // A server that has run a while: the first seconds of load after start are V8 compiling the command path and
    // the first read of each of the 1,000 streams (p99 134 → 63 → 34 ms over three 5 s runs in a row), which the
    // rows would otherwise measure. Notes, so that the status row still starts from PLANNED everywhere.
    if (haveWrk) await wrk('notes', 'c-', COMMAND_TILTAK, WARM_UP_SECONDS);
    const commands = haveWrk ? await profiled('status') : null;
    const notes = haveWrk ? await profiled('notes') : null;
    const planReads = (url: string) =>
      runWrk({
        url,
        seconds: wrkSeconds,
        connections: CONNECTIONS,
        kind: 'plan-reads',
        planId: 'bench',
        authorization,
      });
    // Before the growth rows: their load on half a million seeded notes would make the reads measure the read side.
    const reads = haveWrk ? await planReads(address) : null;
    const growth: { events: number; run: WrkRun; firstMs: number }[] = [];
    if (haveWrk) {
      for (const { events, tiltak } of GROWTH) {
        // The first command on a stream after start folds it whole (nothing is cached yet): timed apart, so the
        // row measures what every later command costs.
        const firstMs = await firstCommands(service.commands, context, `g${events}-`, tiltak);
        growth.push({ events, run: await wrk('notes', `g${events}-`, tiltak), firstMs });
      }
    }
    await service.close();
    // The same reads with the plan cache off: every answer built and serialized (the cost of a state not kept).
    const uncached = await createService({ ...config, PLAN_CACHE_MB: 0 }, pino({ level: 'silent' }));
    const uncachedAddress = await uncached.app.listen({ port: 0, host: '127.0.0.1' });
    const built = haveWrk ? await planReads(uncachedAddress).finally(() => uncached.close()) : null;
    if (!haveWrk) await uncached.close();
    const ceiling = haveWrk ? await bareRoute(wrkSeconds) : null;
    const naive = haveWrk ? await naiveRoute(join(directory, 'naive'), wrkSeconds) : null;
    const durable = haveWrk ? await durableAppendRoute(join(directory, 'durable-append'), wrkSeconds) : null;
    const alone = await handlerAlone(join(directory, 'handler-alone'), seconds);
    const bare = {
      name: 'bare fastify route validating the same body',
      value: ceiling?.requestsPerSecond ?? null,
    };
    const naiveReference = {
      name: 'naive fastify + better-sqlite3 INSERT, synchronous=FULL',
      value: naive?.requestsPerSecond ?? null,
    };
    const durableReference = {
      name: 'the durable append alone behind the bare route',
      value: durable?.requestsPerSecond ?? null,
    };
    // Every HTTP row names its ratio to the references of the same run.
    const references = [bare, naiveReference, durableReference];
    const commandTarget = (run: WrkRun | null) => ({
      target: '>= 10,000/s, p99 < 20 ms, >= 2× naive',
      met:
        run === null || naive === null
          ? null
          : run.requestsPerSecond >= 10_000 &&
            run.p99 < 20 &&
            run.requestsPerSecond >= 2 * naive.requestsPerSecond,
    });
    figures.push(
      wrkFigure(
        `HTTP status changes over ${COMMAND_TILTAK} tiltak (auth, validation, decide, durable append, projection), wrk, 50 connections`,
        'commands/s',
        commands,
        naiveReference,
        references,
        commandTarget(commands),
      ),
      wrkFigure(
        `HTTP progress notes over ${COMMAND_TILTAK} tiltak, the same path, wrk, 50 connections`,
        'commands/s',
        notes,
        naiveReference,
        references,
        commandTarget(notes),
      ),
    );
    const shortest = growth[0]?.run ?? null;
    for (const [index, { events, run, firstMs }] of growth.entries()) {
      const { tiltak } = GROWTH[index] as (typeof GROWTH)[number];
      const added = run.requestsPerSecond * wrkSeconds;
      figures.push(
        wrkFigure(
          `growth: HTTP progress notes on tiltak of ${events.toLocaleString('en')} events (${tiltak} tiltak, about ${Math.round(events + added / tiltak).toLocaleString('en')} at the end)`,
          'commands/s',
          run,
          { name: `tiltak of ${GROWTH[0]?.events ?? 0} events`, value: shortest?.requestsPerSecond ?? null },
          references,
          index === 0
            ? {}
            : {
                target: 'within 1.2× of the shortest streams',
                met: shortest === null ? null : run.requestsPerSecond * 1.2 >= shortest.requestsPerSecond,
              },
        ),
        {
          name: `growth: the first command on each of those tiltak after start (it folds the stream whole), before the row`,
          unit: 'ms',
          value: firstMs,
          spread: null,
        },
      );
    }
    figures.push(
      loadFigure(
        'the same status changes through the command handler alone (no HTTP), 50 callers',
        'commands/s',
        alone,
        { name: 'over HTTP', value: commands?.requestsPerSecond ?? 0 },
        { note: `${Math.round((alone.serverCpu * 1e6) / alone.requestsPerSecond)} µs of CPU per command` },
      ),
      wrkFigure(
        `HTTP plan (100 tiltak, ${HISTORY_CHANGES} back-dated changes over 2020-2022) at every day in a shuffled order, wrk, 50 connections, br/gzip accepted`,
        'requests/s',
        reads,
        bare,
        references,
        {
          target: '>= 5,000/s',
          met: reads === null ? null : reads.requestsPerSecond >= 5_000,
          note: 'starts with no state kept',
        },
      ),
      wrkFigure(
        'HTTP plan as above, plan cache off (PLAN_CACHE_MB=0): every answer built',
        'requests/s',
        built,
        { name: 'with the plan cache', value: reads?.requestsPerSecond ?? null },
        references,
      ),
    );
    if (ceiling !== null && naive !== null) {
      figures.push(
        wrkFigure(
          'bare fastify route validating the same body, wrk, 50 connections: the ceiling of server and client here',
          'requests/s',
          ceiling,
          { name: 'status changes over HTTP', value: commands?.requestsPerSecond ?? null },
          [naiveReference],
        ),
        wrkFigure(
          'naive fastify route: validate, one better-sqlite3 INSERT (WAL, synchronous=FULL: a sync per request), wrk, 50 connections',
          'requests/s',
          naive,
          { name: 'status changes over HTTP', value: commands?.requestsPerSecond ?? null },
          [bare],
        ),
      );
    }
    if (durable !== null) {
      figures.push(
        wrkFigure(
          "the durable append alone behind the bare route: validate, the project's SQLite store appends one event (group commit, log sync), wrk, 50 connections",
          'requests/s',
          durable,
          { name: 'status changes over HTTP', value: commands?.requestsPerSecond ?? null },
          [bare, naiveReference],
          {
            note: 'what HTTP and a durable append cost here before auth, rules, projections and the audit log',
          },
        ),
      );
    }
    if (!haveWrk) {
      for (const name of [
        'HTTP status changes',
        'HTTP progress notes',
        'growth rows',
        'HTTP plan reads, with and without the plan cache',
        'bare, naive and durable-append routes',
      ]) {
        figures.push({ name, unit: '', value: null, spread: null, note: WRK_MISSING });
      }
    }
    return figures;
  } finally {
    await service.close();
  }
}

/**
 * A wrk run as a figure: its rate as a ratio to the reference, and to each of `others` in the note, with its
 * latencies and the CPU of the server's process and of wrk.
 */
function wrkFigure(
  name: string,
  unit: string,
  run: WrkRun | null,
  reference: { name: string; value: number | null },
  others: readonly { name: string; value: number | null }[],
  goal: { target?: string; met?: boolean | null; note?: string } = {},
): Figure {
  const value = run?.requestsPerSecond ?? null;
  const ratio = (other: number | null) => (value === null || other === null ? null : value / other);
  const notes = [
    run === null
      ? WRK_MISSING
      : `p50 ${run.p50.toFixed(1)} ms, p99 ${run.p99.toFixed(1)} ms, non-2xx ${run.non2xx}, socket errors ${run.socketErrors}, CPU server ${percent(run.serverCpu)} client ${run.clientCpu === null ? 'not measured (no GNU time)' : percent(run.clientCpu)}`,
    ...others.map((other) => {
      const otherRatio = ratio(other.value);
      return otherRatio === null ? null : `${otherRatio.toFixed(3)}× the ${other.name}`;
    }),
    goal.note ?? null,
  ].filter((part) => part !== null);
  return {
    name,
    unit,
    value,
    spread: null,
    reference,
    ratio: ratio(reference.value),
    target: goal.target,
    met: goal.met,
    note: notes.join('; '),
  };
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** The handler's load as a figure: its rate beside a reference rate, latencies and refusals in the note. */
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
    note: `p50 ${run.p50.toFixed(1)} ms, p99 ${run.p99.toFixed(1)} ms, non-2xx ${run.non2xx}, CPU of this process ${percent(run.serverCpu)}${goal.note === undefined ? '' : `; ${goal.note}`}`,
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

/** The plan the command rows write to: COMMAND_TILTAK tiltak `c-0` ..., all PLANNED. */
export async function seedCommandPlan(
  commands: Commands,
  context: { actor: typeof BENCH_ACTOR },
): Promise<void> {
  await createBenchPlan(commands, 'commands', ['c']);
  for (let i = 0; i < COMMAND_TILTAK; i++) await createTiltakIn(commands, context, 'commands', 'c', `c-${i}`);
}

/**
 * The tiltak of the growth rows, `g<events>-<n>`, each with its events: a creation, then progress notes appended
 * through the store port in batches (what a long life of notes leaves), then the projections caught up.
 */
async function seedGrowth(
  service: Awaited<ReturnType<typeof createService>>,
  context: { actor: typeof BENCH_ACTOR },
): Promise<void> {
  await createBenchPlan(service.commands, 'growth', ['g']);
  let position = 0n;
  for (const { events, tiltak } of GROWTH) {
    for (let n = 0; n < tiltak; n++) {
      const tiltakId = `g${events}-${n}`;
      await createTiltakIn(service.commands, context, 'growth', 'g', tiltakId);
      let revision = 0n;
      for (let written = 1; written < events;) {
        const batch = Array.from({ length: Math.min(1000, events - written) }, (_, k) => ({
          eventId: randomUUID(),
          type: 'ProgressNoted',
          schemaVersion: 1,
          data: { tiltakId, text: `Notat ${written + k}` },
          actor: BENCH_ACTOR,
          correlationId: randomUUID(),
          source: { kind: 'system' as const },
        }));
        const result = await service.store.append(`tiltak-${tiltakId}`, batch, revision);
        ({ revision, position } = result);
        written += batch.length;
      }
    }
  }
  await service.projections.waitForPosition(position, 120_000);
}

/** One progress note on each tiltak `<prefix>0` .. `<prefix>(tiltak - 1)`, one after another; ms per command. */
async function firstCommands(
  commands: Commands,
  context: { actor: typeof BENCH_ACTOR },
  prefix: string,
  tiltak: number,
): Promise<number> {
  const start = performance.now();
  for (let n = 0; n < tiltak; n++) {
    await commands.handle(
      { type: 'NoteProgress', data: { tiltakId: `${prefix}${n}`, text: 'Første notat etter start' } },
      context,
    );
  }
  return (performance.now() - start) / tiltak;
}

async function createTiltakIn(
  commands: Commands,
  context: { actor: typeof BENCH_ACTOR },
  planId: string,
  tiltaksomradeId: string,
  tiltakId: string,
): Promise<void> {
  await commands.handle(
    {
      type: 'CreateTiltak',
      data: {
        tiltakId,
        planId,
        tiltaksomradeId,
        title: `Tiltak ${tiltakId}`,
        status: 'PLANNED',
        effectiveAt: '2020-01-01T00:00:00Z',
      },
    },
    context,
  );
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
    return { requestsPerSecond, p50, p99, non2xx: refused + errors, serverCpu: cpu };
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
