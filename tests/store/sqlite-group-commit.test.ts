import t from 'tap';
import type { Test } from 'tap';
import { VersionConflict } from '../../src/store/errors.js';
import { DuplicateEventId, MAX_APPENDS_PER_BATCH, SqliteEventStore } from '../../src/store/sqlite/index.js';
import { freshStream, newEvent, tempDatabasePath } from './fixtures/store-fixtures.js';

async function openStore(t: Test): Promise<SqliteEventStore> {
  const store = SqliteEventStore.open({ path: await tempDatabasePath(t) });
  t.teardown(() => store.close());
  return store;
}

t.test(
  '50 concurrent appends share one transaction, each with its own result and its own conflict',
  async (t) => {
    const store = await openStore(t);
    const contested = freshStream();
    await store.append(contested, [newEvent()], 'no_stream');
    const before = store.diagnostics().batchesCommitted;

    const outcomes = await Promise.allSettled([
      ...Array.from({ length: 25 }, () => store.append(freshStream(), [newEvent()], 'no_stream')),
      ...Array.from({ length: 25 }, () => store.append(contested, [newEvent()], 0n)),
    ]);

    t.equal(store.diagnostics().batchesCommitted - before, 1, 'one transaction for the 50 appends');
    const fulfilled = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
    const rejected = outcomes.flatMap((outcome) =>
      outcome.status === 'rejected' ? [outcome.reason as unknown] : [],
    );
    t.equal(fulfilled.length, 26, 'the 25 new streams and one of the contested appends succeed');
    t.equal(
      new Set(fulfilled.map((result) => result.position)).size,
      26,
      'each success has its own position',
    );
    t.equal(rejected.length, 24);
    t.ok(
      rejected.every(
        (error) => error instanceof VersionConflict && error.streamId === contested && error.actual === 1n,
      ),
      'each loser gets its own conflict',
    );
    t.equal((await store.readStream(contested)).length, 2);
  },
);

t.test('appends to one stream in one batch see each other', async (t) => {
  const store = await openStore(t);
  const streamId = freshStream();
  const before = store.diagnostics().batchesCommitted;

  const [first, second, third] = await Promise.all([
    store.append(streamId, [newEvent(), newEvent()], 'no_stream'),
    store.append(streamId, [newEvent()], 1n),
    store.append(streamId, [newEvent()], 'any'),
  ]);

  t.equal(store.diagnostics().batchesCommitted - before, 1);
  t.equal(first.revision, 1n);
  t.equal(second.revision, 2n);
  t.equal(third.revision, 3n);
  const events = await store.readStream(streamId);
  t.equal(events[2]?.prevHash, events[1]?.hash, 'the hash chain runs across appends of one batch');
});

t.test('a failing append in a batch rejects only itself', async (t) => {
  const store = await openStore(t);
  const existing = newEvent();
  await store.append(freshStream(), [existing], 'no_stream');
  const streamId = freshStream();

  const [ok, duplicate, alsoOk] = await Promise.allSettled([
    store.append(streamId, [newEvent()], 'no_stream'),
    store.append(freshStream(), [newEvent(), { ...existing }], 'no_stream'),
    store.append(streamId, [newEvent()], 0n),
  ]);

  t.equal(ok.status, 'fulfilled');
  t.equal(alsoOk.status, 'fulfilled');
  t.equal(duplicate.status, 'rejected');
  t.type(duplicate.status === 'rejected' ? duplicate.reason : undefined, DuplicateEventId);
  t.equal((await store.readStream(streamId)).length, 2);
  const page = await store.readAll({ limit: 100 });
  t.equal(page.events.length, 3, 'nothing of the failed append was stored, not even its first event');
});

t.test('an append that fails its checks rejects at once and never reaches the batch', async (t) => {
  const store = await openStore(t);
  const streamId = freshStream();

  const bad = store.append(streamId, [newEvent({ effectiveAt: 'not a date' })], 'no_stream');
  const good = store.append(streamId, [newEvent()], 'no_stream');

  await t.rejects(bad, TypeError);
  t.equal((await good).revision, 0n);
});

t.test('a batch holds at most MAX_APPENDS_PER_BATCH appends', async (t) => {
  const store = await openStore(t);
  const count = MAX_APPENDS_PER_BATCH * 2 + 500;
  const before = store.diagnostics().batchesCommitted;

  const results = await Promise.all(
    Array.from({ length: count }, () => store.append(freshStream(), [newEvent()], 'no_stream')),
  );

  t.equal(results.length, count);
  t.equal(store.diagnostics().batchesCommitted - before, 3);
});

t.test('appends arriving in separate turns of the event loop are still committed', async (t) => {
  const store = await openStore(t);
  const streamId = freshStream();
  let expected: 'no_stream' | bigint = 'no_stream';

  for (let index = 0; index < 5; index += 1) {
    expected = (await store.append(streamId, [newEvent()], expected)).revision;
  }

  t.equal(expected, 4n);
  t.equal(store.diagnostics().appendsCommitted, 5);
});
