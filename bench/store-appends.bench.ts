// Durable appends through the port against raw better-sqlite3 doing the same inserts with synchronous=FULL.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { canonicalJson } from '../src/shared/canonical-json.js';
import { SqliteEventStore } from '../src/store/sqlite/index.js';
import { CALLERS, callerLoops, statusEvent } from './append-load.js';
import { BENCH_ACTOR } from './history-generator.js';
import { latencies, median, now, repeated, type Figure } from './measure.js';

/** 50 callers, each appending one event per call to its own stream, until `total` events are in. */
async function portAppends(directory: string, run: number, total: number): Promise<number> {
  const store = SqliteEventStore.open({ path: join(directory, `port-${run}.sqlite`) });
  const rate = await callerLoops(total, (caller) =>
    store.append(`tiltak-bench-${caller}`, [statusEvent(`bench-${caller}`)], 'any'),
  );
  await store.close();
  return rate;
}

/** The same row shape inserted with raw better-sqlite3, `perTransaction` rows to a transaction. */
function rawInserts(directory: string, name: string, total: number, perTransaction: number): number {
  const db = new Database(join(directory, `${name}.sqlite`));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE events (position INTEGER PRIMARY KEY, event_id TEXT NOT NULL UNIQUE, type TEXT NOT NULL,
    schema_version INTEGER NOT NULL, stream_id TEXT NOT NULL, revision INTEGER NOT NULL, recorded_at TEXT NOT NULL,
    effective_at TEXT NOT NULL, actor TEXT NOT NULL, reason TEXT, correlation_id TEXT NOT NULL, causation_id TEXT,
    source TEXT NOT NULL, data TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL,
    UNIQUE (stream_id, revision)) STRICT`);
  const insert = db.prepare(
    'INSERT INTO events VALUES (NULL, ?, ?, 1, ?, ?, ?, ?, ?, NULL, ?, NULL, ?, ?, ?, ?)',
  );
  const actor = canonicalJson(BENCH_ACTOR);
  const source = canonicalJson({ kind: 'api' });
  const revisions = new Array<number>(CALLERS).fill(0);
  const insertMany = db.transaction((from: number, count: number) => {
    for (let i = from; i < from + count; i++) {
      const caller = i % CALLERS;
      const at = new Date().toISOString();
      insert.run(
        randomUUID(),
        'TiltakStatusChanged',
        `tiltak-bench-${caller}`,
        revisions[caller]!++,
        at,
        at,
        actor,
        randomUUID(),
        source,
        canonicalJson({ tiltakId: `bench-${caller}`, status: 'IN_PROGRESS' }),
        '0'.repeat(64),
        '0'.repeat(64),
      );
    }
  });
  const start = now();
  for (let i = 0; i < total; i += perTransaction) insertMany(i, Math.min(perTransaction, total - i));
  const seconds = (now() - start) / 1000;
  db.close();
  return total / seconds;
}

async function readStreamMicros(directory: string): Promise<number> {
  const store = SqliteEventStore.open({ path: join(directory, 'read.sqlite') });
  for (let i = 0; i < 50; i++) await store.append('tiltak-read', [statusEvent('read')], 'any');
  const times: number[] = [];
  for (let round = 0; round < 2000; round++) {
    const start = now();
    await store.readStream('tiltak-read');
    times.push((now() - start) * 1000);
  }
  await store.close();
  void latencies;
  return median(times.slice(200));
}

/** First reads of 50-event streams (nothing cached), beside the same rows selected with raw better-sqlite3. */
async function coldReadMicros(directory: string): Promise<{ port: number; raw: number }> {
  const path = join(directory, `cold-${randomUUID()}.sqlite`);
  const store = SqliteEventStore.open({ path });
  const streams = 200;
  for (let s = 0; s < streams; s++) {
    await Promise.all(
      Array.from({ length: 50 }, () => store.append(`tiltak-cold-${s}`, [statusEvent(`cold-${s}`)], 'any')),
    );
  }
  const port: number[] = [];
  for (let s = 0; s < streams; s++) {
    const start = now();
    await store.readStream(`tiltak-cold-${s}`);
    port.push((now() - start) * 1000);
  }
  await store.close();
  const db = new Database(path, { readonly: true });
  db.defaultSafeIntegers(true);
  const select = db.prepare('SELECT * FROM events WHERE stream_id = ? ORDER BY revision').raw();
  const raw: number[] = [];
  for (let s = 0; s < streams; s++) {
    const start = now();
    select.all(`tiltak-cold-${s}`);
    raw.push((now() - start) * 1000);
  }
  db.close();
  return { port: median(port), raw: median(raw) };
}

export async function measureStore(directory: string, quick: boolean): Promise<Figure[]> {
  const total = quick ? 20_000 : 60_000;
  const repetitions = quick ? 3 : 5;
  let run = 0;
  const ours = await repeated(repetitions, () => portAppends(directory, run++, total));
  const rawTotal = quick ? 3_000 : 8_000;
  const perEvent = await repeated(repetitions, () =>
    rawInserts(directory, `raw-single-${run++}`, rawTotal, 1),
  );
  const batched = await repeated(repetitions, () =>
    rawInserts(directory, `raw-batch-${run++}`, total, CALLERS),
  );
  const readMicros = await repeated(3, () => readStreamMicros(directory));
  const cold = await coldReadMicros(directory);
  return [
    {
      name: 'store appends, 50 callers, 1 event/call, durable (log synced before each acknowledgement)',
      unit: 'events/s',
      ...ours,
      reference: { name: 'raw better-sqlite3, 1 transaction per event, FULL', value: perEvent.value },
      ratio: ours.value / perEvent.value,
      target: '>= 10,000 events/s',
      met: ours.value >= 10_000,
    },
    {
      name: 'raw better-sqlite3, 50 rows per transaction, FULL (ceiling)',
      unit: 'events/s',
      ...batched,
      reference: { name: 'store appends through the port', value: ours.value },
      ratio: batched.value / ours.value,
    },
    {
      name: 'read a 50-event stream',
      unit: 'µs',
      ...readMicros,
      note: 'the stream is cached after its first read; only new rows are read from the file',
      target: '< 200 µs',
      met: readMicros.value < 200,
    },
    {
      name: 'first read of a 50-event stream (not cached)',
      unit: 'µs',
      value: cold.port,
      spread: null,
      reference: { name: 'raw better-sqlite3 select of the same 50 rows', value: cold.raw },
      ratio: cold.raw / cold.port,
      target: '< 200 µs',
      met: cold.port < 200,
    },
  ];
}
