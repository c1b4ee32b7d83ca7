// Two processes writing one SQLite file: the second writer's events reach this process's subscriptions without a
// restart, every stream keeps contiguous revisions and an unbroken hash chain, and no acknowledged event is lost or
// doubled. The second writer is a real child process (its own SQLite connection, its own group commits).
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import t, { type Test } from 'tap';
import { VersionConflict } from '../../src/store/errors.js';
import { GENESIS_HASH, type RecordedEvent } from '../../src/store/event-store.js';
import { computeEventHash } from '../../src/store/hash-chain.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { newEvent, tempDatabasePath } from './fixtures/store-fixtures.js';

const PROJECT_ROOT = join(import.meta.dirname, '..', '..');
const CHILD = join(import.meta.dirname, 'fixtures', 'append-shared-streams.ts');
const STREAMS = 4;
const APPENDS_PER_STREAM = 40;

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await sleep(5);
  }
}

function runSecondWriter(path: string): Promise<{ acknowledged: string[]; conflicts: number }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      import.meta.resolve('@tapjs/typescript/import'),
      CHILD,
      path,
      'second-writer',
      String(STREAMS),
      String(APPENDS_PER_STREAM),
    ],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NODE_OPTIONS: '', TS_NODE_TRANSPILE_ONLY: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`second writer exited ${String(code)}: ${stderr}`));
      else resolve(JSON.parse(stdout) as { acknowledged: string[]; conflicts: number });
    });
  });
}

/** The parent's own writer on the same streams: conditional appends, re-read after a conflict. */
async function writeHere(store: SqliteEventStore): Promise<string[]> {
  const acknowledged: string[] = [];
  await Promise.all(
    Array.from({ length: STREAMS }, async (_, stream) => {
      const streamId = `tiltak-shared-${stream}`;
      for (let index = 0; index < APPENDS_PER_STREAM; index += 1) {
        const event = newEvent({ data: { writer: 'server', index } });
        for (;;) {
          const head = (await store.readStream(streamId)).at(-1)?.revision ?? 'no_stream';
          try {
            await store.append(streamId, [event], head);
            break;
          } catch (error) {
            if (!(error instanceof VersionConflict)) throw error;
          }
        }
        acknowledged.push(event.eventId);
      }
    }),
  );
  return acknowledged;
}

function checkStream(t: Test, events: readonly RecordedEvent[]): void {
  let prevHash = GENESIS_HASH;
  const broken = events.filter((event, index) => {
    const ok =
      event.revision === BigInt(index) &&
      event.prevHash === prevHash &&
      event.hash === computeEventHash(event.prevHash, event);
    prevHash = event.hash;
    return !ok;
  });
  t.same(broken, [], `${events[0]?.streamId ?? '?'}: revisions 0..${events.length - 1}, hash chain unbroken`);
}

t.test('a second process writing the same streams: both seen, chains whole, nothing lost', async (t) => {
  const path = await tempDatabasePath(t);
  const store = SqliteEventStore.open({ path });
  t.teardown(() => store.close());
  const seen: RecordedEvent[] = [];
  let caughtUp = false;
  const subscription = store.subscribe({
    onEvent(event) {
      seen.push(event);
    },
    onCaughtUp() {
      caughtUp = true;
    },
  });
  await until(() => caughtUp, 'the subscription caught up');

  const [second, here] = await Promise.all([runSecondWriter(path), writeHere(store)]);
  const acknowledged = [...second.acknowledged, ...here];
  t.equal(second.acknowledged.length, STREAMS * APPENDS_PER_STREAM * 2, 'the second writer finished');
  t.comment(`second writer: ${second.conflicts} version conflicts met and retried`);

  // Nothing more is written here: only the poll of the file can bring the last of the second writer's events.
  await until(() => seen.length >= acknowledged.length, 'the subscription saw every event');
  await sleep(300);
  await subscription.stop();

  const all = (await store.readAll({ limit: 10_000 })).events;
  t.equal(all.length, acknowledged.length, 'the log holds exactly what was acknowledged');
  t.same(
    all.map((event) => event.position),
    all.map((_, index) => BigInt(index + 1)),
    'positions contiguous',
  );
  const ids = new Set(all.map((event) => event.eventId));
  t.ok(
    acknowledged.every((id) => ids.has(id)),
    'every acknowledged event is in the log',
  );
  t.same(
    seen.map((event) => event.eventId),
    all.map((event) => event.eventId),
    'the subscription saw every event once, in position order',
  );
  for (let stream = 0; stream < STREAMS; stream += 1) {
    checkStream(t, await store.readStream(`tiltak-shared-${stream}`));
  }
  const writers = new Set(all.map((event) => event.actor.id));
  t.ok(writers.has('second-writer') && writers.has('user-1'), 'both processes wrote');
});

t.test('a stream cached here is read again after another process appended to it', async (t) => {
  const path = await tempDatabasePath(t);
  const store = SqliteEventStore.open({ path });
  t.teardown(() => store.close());
  const other = SqliteEventStore.open({ path });
  t.teardown(() => other.close());
  const streamId = `tiltak-${randomUUID()}`;
  await store.append(streamId, [newEvent()], 'no_stream');
  t.equal((await store.readStream(streamId)).length, 1, 'cached with one event');

  await other.append(streamId, [newEvent()], 0n);
  t.equal((await store.readStream(streamId)).length, 2, 'the other connection’s append is read');
  await t.rejects(store.append(streamId, [newEvent()], 0n), VersionConflict, 'the check is against the file');
  const result = await store.append(streamId, [newEvent()], 1n);
  t.equal(result.revision, 2n, 'and continues the chain the other connection extended');
  checkStream(t, await other.readStream(streamId));
});

t.test('a subscription sees another connection’s appends by the poll alone', async (t) => {
  const path = await tempDatabasePath(t);
  const store = SqliteEventStore.open({ path, otherWriterPollMs: 20 });
  t.teardown(() => store.close());
  const other = SqliteEventStore.open({ path });
  t.teardown(() => other.close());
  const seen: bigint[] = [];
  store.subscribe({
    onEvent(event) {
      seen.push(event.position);
    },
  });
  for (let index = 0; index < 5; index += 1) {
    await other.append(`tiltak-${randomUUID()}`, [newEvent(), newEvent()], 'no_stream');
    await until(() => seen.length === (index + 1) * 2, `batch ${index} seen`);
  }
  t.same(seen, [1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n, 9n, 10n], 'every event once, in order');
  t.equal(await store.headPosition(), 10n);
});
