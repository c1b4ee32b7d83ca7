import { existsSync, statSync } from 'node:fs';
import t from 'tap';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { SAFETY_NET_AUTOCHECKPOINT_PAGES } from '../../src/store/sqlite/wal-checkpointer.js';
import { freshStream, newEvent, tempDatabasePath } from './fixtures/store-fixtures.js';

/*
 * WalCheckpointer: once the write-ahead log has grown past 2 MB, a worker thread checkpoints it, and the store's
 * own connection (whose commits would otherwise stop the event loop for the copy and the fsync) checkpoints only
 * as a safety net. What an append acknowledged stays readable throughout and after a reopen.
 */

const NOTE = 'x'.repeat(2000);
const STREAMS = 40;
const EVENTS_PER_APPEND = 10;

/** Appends rounds of events spread over STREAMS streams, one append per stream per round, in parallel. */
async function writeRounds(store: SqliteEventStore, streams: string[], rounds: number): Promise<number> {
  let appended = 0;
  for (let round = 0; round < rounds; round++) {
    await Promise.all(
      streams.map((streamId) =>
        store.append(
          streamId,
          Array.from({ length: EVENTS_PER_APPEND }, () => newEvent({ data: { note: NOTE } })),
          round === 0 ? 'no_stream' : BigInt(round * EVENTS_PER_APPEND - 1),
        ),
      ),
    );
    appended += streams.length * EVENTS_PER_APPEND;
  }
  return appended;
}

/** Every event of the log, page by page. */
async function countAll(store: SqliteEventStore): Promise<number> {
  let count = 0;
  let after: bigint | null = null;
  for (;;) {
    const page = await store.readAll({ after, limit: 10_000 });
    count += page.events.length;
    after = page.lastPosition;
    if (page.isEnd) return count;
  }
}

t.test('a store that writes little never starts the thread', async (t) => {
  const store = SqliteEventStore.open({ path: await tempDatabasePath(t) });
  t.teardown(() => store.close());
  await writeRounds(store, [freshStream()], 3);
  const diagnostics = store.diagnostics();
  t.equal(diagnostics.checkpointThread, false);
  t.equal(diagnostics.walAutocheckpoint, 1000, "SQLite's own checkpoints, as before");
});

t.test('past 2 MB of log a thread checkpoints, and every acknowledged append stays', async (t) => {
  const path = await tempDatabasePath(t);
  const store = SqliteEventStore.open({ path });
  const streams = Array.from({ length: STREAMS }, freshStream);
  // 40 streams x 10 events x ~2.3 KB: about 1 MB of log per round.
  let appended = await writeRounds(store, streams, 3);
  t.equal(store.diagnostics().checkpointThread, true, 'the thread has started');
  t.equal(
    store.diagnostics().walAutocheckpoint,
    SAFETY_NET_AUTOCHECKPOINT_PAGES,
    'the connection steps back',
  );
  // A thread starts slowly on a loaded machine (it loads its module first); writing on meanwhile would grow the
  // log past the safety net before the thread could act, which measures the machine, not the store. So the first
  // checkpoint, requested by the commit that started the thread, is waited for (bounded) before writing on.
  const started = performance.now();
  while (store.diagnostics().threadCheckpoints < 1 && performance.now() - started < 60_000) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  // Rounds of writes spaced beyond the thread's interval, so it checkpoints between them; up to 100 rounds.
  for (let round = 0; round < 100 && (round < 12 || store.diagnostics().threadCheckpoints < 2); round++) {
    await new Promise((resolve) => setTimeout(resolve, 120));
    appended += await writeRounds(store, streams.map(freshStream), 1);
  }
  t.ok(store.diagnostics().threadCheckpoints >= 2, 'the thread checkpointed');
  t.ok(
    statSync(`${path}-wal`).size < SAFETY_NET_AUTOCHECKPOINT_PAGES * 4096,
    'the log was reset before the safety net had to act',
  );
  t.equal(await countAll(store), appended, 'every appended event is read back');
  await store.close();
  t.notOk(existsSync(`${path}-wal`), 'closing checkpoints the rest and removes the log');

  const reopened = SqliteEventStore.open({ path });
  t.teardown(() => reopened.close());
  t.equal(await countAll(reopened), appended, 'and after a reopen');
});
