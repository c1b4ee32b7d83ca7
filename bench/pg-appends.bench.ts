// Durable appends through the port on PostgreSQL (one node, synchronous_commit=on), 50 callers, against a raw pg
// INSERT of the same row, one transaction per event, and against the SQLite adapter, all in this run.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { canonicalJson } from '../src/shared/canonical-json.js';
import { PgEventStore } from '../src/store/postgres/index.js';
import { SqliteEventStore } from '../src/store/sqlite/index.js';
import type { EventStore } from '../src/store/event-store.js';
import { findPostgresBin, NO_POSTGRES_REASON, startPgNode } from '../tests/support/pg-cluster.js';
import { CALLERS, callerLoops, callsFor, statusEvent } from './append-load.js';
import { BENCH_ACTOR } from './history-generator.js';
import { now, percentile, repeated, type Figure } from './measure.js';

/** 50 callers, each appending one event per call to its own stream, until `total` events are in. */
function appendsPerSecond(store: EventStore, run: number, total: number): Promise<number> {
  return callerLoops(total, (caller) =>
    store.append(`tiltak-bench-${run}-${caller}`, [statusEvent(`bench-${caller}`)], 'any'),
  );
}

/** The same row shape, 50 callers over 50 connections, each INSERT its own (autocommit) transaction. */
async function rawInserts(url: string, run: number, total: number): Promise<number> {
  const pool = new pg.Pool({ connectionString: url, max: CALLERS, application_name: 'bench-raw' });
  const table = `raw_events_${run}`;
  await pool.query(`CREATE TABLE ${table} (position bigserial PRIMARY KEY, event_id text NOT NULL UNIQUE,
    type text NOT NULL, schema_version integer NOT NULL, stream_id text NOT NULL, revision bigint NOT NULL,
    recorded_at text NOT NULL, effective_at text NOT NULL, actor text NOT NULL, reason text,
    correlation_id text NOT NULL, causation_id text, source text NOT NULL, data text NOT NULL,
    prev_hash text NOT NULL, hash text NOT NULL, UNIQUE (stream_id, revision))`);
  const actor = canonicalJson(BENCH_ACTOR);
  const source = canonicalJson({ kind: 'api' });
  const rate = await callerLoops(total, (caller, revision) =>
    pool.query(
      `INSERT INTO ${table} (event_id, type, schema_version, stream_id, revision, recorded_at, effective_at,
         actor, reason, correlation_id, causation_id, source, data, prev_hash, hash)
       VALUES ($1, 'TiltakStatusChanged', 1, $2, $3, $4, $4, $5, NULL, $6, NULL, $7, $8, $9, $9)`,
      [
        randomUUID(),
        `tiltak-bench-${caller}`,
        revision,
        new Date().toISOString(),
        actor,
        randomUUID(),
        source,
        canonicalJson({ tiltakId: `bench-${caller}`, status: 'IN_PROGRESS' }),
        '0'.repeat(64),
      ],
    ),
  );
  await pool.end();
  return rate;
}

/**
 * Catch-up lag under load: while 50 callers append through one store (one replica), a second store on its own
 * pool (another replica) follows the log by subscription. For each event, the time from its append being
 * acknowledged (just after COMMIT) to its delivery on the other replica; a delivery that came first counts as 0.
 * Returns the p99 in milliseconds.
 */
async function catchUpLagP99(url: string, run: number, total: number): Promise<number> {
  const writer = await PgEventStore.connect({ connectionString: url, applicationName: 'bench-writer' });
  const follower = await PgEventStore.connect({ connectionString: url, applicationName: 'bench-follower' });
  const acknowledged = new Map<string, number>();
  const delivered = new Map<string, number>();
  let expected = 0;
  let allDelivered: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    allDelivered = resolve;
  });
  const subscription = follower.subscribe(
    {
      onEvent(event) {
        if (!event.streamId.startsWith(`tiltak-lag-${run}-`)) return;
        delivered.set(event.eventId, now());
        if (delivered.size === expected) allDelivered();
      },
    },
    { after: await follower.headPosition() },
  );
  try {
    expected = callsFor(total);
    await callerLoops(total, async (caller) => {
      const event = statusEvent(`lag-${caller}`);
      await writer.append(`tiltak-lag-${run}-${caller}`, [event], 'any');
      acknowledged.set(event.eventId, now());
    });
    await done;
  } finally {
    await subscription.stop();
    await Promise.all([writer.close(), follower.close()]);
  }
  const lags = [...acknowledged].map(([eventId, at]) => Math.max(0, (delivered.get(eventId) ?? at) - at));
  return percentile(lags, 99);
}

export async function measurePostgres(directory: string, quick: boolean): Promise<Figure[]> {
  const name = 'PostgreSQL store appends, 50 callers, 1 event/call, synchronous_commit=on (one node)';
  if (findPostgresBin() === null) {
    process.stderr.write(`pg: skipped, ${NO_POSTGRES_REASON}\n`);
    return [{ name, unit: 'events/s', value: null, spread: null, note: `skipped: ${NO_POSTGRES_REASON}` }];
  }
  const total = quick ? 10_000 : 30_000;
  const repetitions = quick ? 3 : 5;
  const server = await startPgNode();
  try {
    let run = 0;
    const store = await PgEventStore.connect({
      connectionString: server.primary.url,
      applicationName: 'bench',
    });
    const ours = await repeated(repetitions, () => appendsPerSecond(store, run++, total)).finally(() =>
      store.close(),
    );
    const raw = await repeated(repetitions, () =>
      rawInserts(server.primary.url, run++, quick ? 3_000 : 8_000),
    );
    const lag = await repeated(repetitions, () =>
      catchUpLagP99(server.primary.url, run++, quick ? 3_000 : 10_000),
    );
    const sqlite = await repeated(repetitions, async () => {
      const local = SqliteEventStore.open({ path: join(directory, `pg-bench-sqlite-${run}.sqlite`) });
      try {
        return await appendsPerSecond(local, run++, total);
      } finally {
        await local.close();
      }
    });
    return [
      {
        name,
        unit: 'events/s',
        ...ours,
        reference: {
          name: 'raw pg INSERT of the same row, 1 transaction per event, 50 connections',
          value: raw.value,
        },
        ratio: ours.value / raw.value,
      },
      {
        name: 'PostgreSQL catch-up lag under that load: append acknowledged to delivery on another replica, p99',
        unit: 'ms',
        ...lag,
        note: 'the other replica is a second store with its own pool, woken by NOTIFY',
      },
      {
        name: 'the same appends through the SQLite adapter (durable)',
        unit: 'events/s',
        ...sqlite,
        reference: { name: 'PostgreSQL store appends', value: ours.value },
        ratio: sqlite.value / ours.value,
      },
    ];
  } finally {
    await server.stop();
  }
}
