import { statSync } from 'node:fs';
import t, { type Test } from 'tap';
import { StoreUnavailable } from '../../src/store/errors.js';
import type { RecordedEvent } from '../../src/store/event-store.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { WalSync, type LogSync } from '../../src/store/sqlite/wal-sync.js';
import { freshStream, newEvent, tempDatabasePath } from './fixtures/store-fixtures.js';

/** A log sync the test finishes by hand: each sync() waits until `release` or `fail` is called. */
class HeldLogSync implements LogSync {
  readonly waiting: { resolve(): void; reject(error: Error): void }[] = [];
  closed = false;

  sync(): Promise<void> {
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  release(): void {
    for (const sync of this.waiting.splice(0)) sync.resolve();
  }

  fail(error: Error): void {
    for (const sync of this.waiting.splice(0)) sync.reject(error);
  }

  close(): void {
    this.closed = true;
  }
}

/** Lets the store's timers and I/O callbacks of this turn run. */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

async function heldStore(t: Test) {
  const held = new HeldLogSync();
  const store = SqliteEventStore.open({ path: await tempDatabasePath(t), openLogSync: () => held });
  t.teardown(async () => {
    held.release();
    await store.close();
  });
  return { held, store };
}

t.test('an append is acknowledged only once the log is synced after its commit', async (t) => {
  const { held, store } = await heldStore(t);
  const seen: RecordedEvent[] = [];
  store.subscribe({ onEvent: (event) => void seen.push(event) });
  await nextTurn();
  const streamId = freshStream();
  let acknowledged = false;
  const append = store.append(streamId, [newEvent()], 'no_stream').then((result) => {
    acknowledged = true;
    return result;
  });
  await nextTurn();
  await nextTurn();
  t.equal(store.diagnostics().batchesCommitted, 1, 'the transaction is committed');
  t.equal(held.waiting.length, 1, 'and a sync of the log is under way');
  t.notOk(acknowledged, 'the append is not acknowledged before the sync ends');
  t.same((await store.readAll({ limit: 10 })).events, [], 'log readers do not see it yet');
  t.equal(await store.headPosition(), null);
  t.same(seen, [], 'nor do subscribers');
  t.equal((await store.readStream(streamId)).length, 1, 'the stream itself has it: the next command sees it');

  held.release();
  const result = await append;
  t.equal(store.diagnostics().logSyncs, 1);
  t.same(
    (await store.readAll({ limit: 10 })).events.map((event) => event.eventId),
    result.events.map((event) => event.eventId),
  );
  await nextTurn();
  t.same(
    seen.map((event) => event.eventId),
    result.events.map((event) => event.eventId),
  );
});

t.test(
  'appends arriving while a sync runs are committed together when it ends, and the next sync serves them',
  async (t) => {
    const { held, store } = await heldStore(t);
    const first = store.append(freshStream(), [newEvent()], 'no_stream');
    await nextTurn();
    t.equal(held.waiting.length, 1);
    const later: Promise<unknown>[] = [];
    for (let turn = 0; turn < 3; turn++) {
      later.push(store.append(freshStream(), [newEvent()], 'no_stream'));
      await nextTurn();
    }
    t.equal(held.waiting.length, 1, 'one sync at a time');
    t.equal(store.diagnostics().batchesCommitted, 1, 'the appends of three turns wait for the sync to end');
    held.release();
    await first;
    await nextTurn();
    t.equal(store.diagnostics().batchesCommitted, 2, 'then all three are one transaction');
    t.equal(held.waiting.length, 1, 'which gets a sync of its own');
    held.release();
    await Promise.all(later);
    t.equal(store.diagnostics().logSyncs, 2);
    t.equal((await store.readAll({ limit: 10 })).events.length, 4);
  },
);

t.test(
  'appends waiting for a sync that fails are failed with it, and nothing of them is stored',
  async (t) => {
    const { held, store } = await heldStore(t);
    const first = store.append(freshStream(), [newEvent()], 'no_stream');
    await nextTurn();
    const waiting = store.append(freshStream(), [newEvent()], 'no_stream');
    await nextTurn();
    held.fail(Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' }));
    await t.rejects(first, StoreUnavailable);
    await t.rejects(waiting, StoreUnavailable);
    t.equal(store.diagnostics().batchesCommitted, 1, 'the waiting append was never committed');
  },
);

t.test('a failed sync rejects its appends and every append after it', async (t) => {
  const { held, store } = await heldStore(t);
  const append = store.append(freshStream(), [newEvent()], 'no_stream');
  await nextTurn();
  held.fail(Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' }));
  await t.rejects(append, StoreUnavailable);
  await t.rejects(store.append(freshStream(), [newEvent()], 'no_stream'), StoreUnavailable);
  t.equal(store.diagnostics().appendsCommitted, 0);
});

t.test('closing waits for the last sync, then closes the log', async (t) => {
  const held = new HeldLogSync();
  const store = SqliteEventStore.open({ path: await tempDatabasePath(t), openLogSync: () => held });
  const append = store.append(freshStream(), [newEvent()], 'no_stream');
  await nextTurn();
  let closed = false;
  const closing = store.close().then(() => {
    closed = true;
  });
  await nextTurn();
  t.notOk(closed, 'close waits for the sync under way');
  held.release();
  await closing;
  await append;
  t.ok(held.closed);
});

t.test('the real log sync syncs the write-ahead log of the file', async (t) => {
  const path = await tempDatabasePath(t);
  const store = SqliteEventStore.open({ path });
  await store.append(freshStream(), [newEvent()], 'no_stream');
  t.equal(store.diagnostics().logSyncs, 1);
  t.ok(statSync(`${path}-wal`).size > 0, 'the commit went to the write-ahead log');
  await store.close();
  t.throws(() => WalSync.open(`${path}-missing`), /no write-ahead log/);
});
