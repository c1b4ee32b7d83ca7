import t from 'tap';
import type { Test } from 'tap';
import type { Actor, ExpectedRevision } from '../../src/store/event-store.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { freshStream, newEvent } from './fixtures/store-fixtures.js';

function openStore(t: Test): SqliteEventStore {
  const store = SqliteEventStore.open({ path: ':memory:' });
  t.teardown(() => store.close());
  return store;
}

t.test('text a UTF-8 column cannot hold is rejected before it could break the hash chain', async (t) => {
  const store = openStore(t);
  const lone = 'halvt tegn \ud83d';

  await t.rejects(store.append(freshStream(), [newEvent({ reason: lone })], 'no_stream'), TypeError);
  await t.rejects(store.append(`tiltak-${lone}`, [newEvent()], 'no_stream'), TypeError);
  await t.rejects(store.append(freshStream(), [newEvent({ type: lone })], 'no_stream'), TypeError);

  t.equal(await store.headPosition(), null);
});

t.test('a lone surrogate inside data or the actor name is kept, since JSON escapes it', async (t) => {
  const store = openStore(t);
  const streamId = freshStream();
  const odd = 'halvt tegn \ud83d';

  await store.append(
    streamId,
    [newEvent({ data: { odd }, actor: { id: 'u', name: odd, role: 'editor' } })],
    'no_stream',
  );
  const [event] = await store.readStream(streamId);

  t.equal((event?.data as { odd?: string } | undefined)?.odd, odd);
  t.equal(event?.actor.name, odd);
});

t.test('an event without the fields the store relies on is rejected', async (t) => {
  const store = openStore(t);
  const streamId = freshStream();
  const broken = [
    newEvent({ eventId: '' }),
    newEvent({ schemaVersion: 0 }),
    newEvent({ schemaVersion: 1.5 }),
    newEvent({ correlationId: '' }),
    newEvent({ actor: { id: 'u', name: '', role: 'editor' } }),
    newEvent({ source: { kind: 'import', document: 'plan.json', locator: '' } }),
    newEvent({ data: { amount: Number.NaN } }),
  ];

  for (const event of broken) await t.rejects(store.append(streamId, [event], 'any'), TypeError);

  t.strictSame(await store.readStream(streamId), []);
});

t.test('only the fields of Actor are stored', async (t) => {
  const store = openStore(t);
  const streamId = freshStream();
  const principal = { id: 'u-1', name: 'Kari', role: 'editor', tokenHash: 'secret' } as Actor;

  await store.append(streamId, [newEvent({ actor: principal })], 'no_stream');

  t.strictSame((await store.readStream(streamId))[0]?.actor, { id: 'u-1', name: 'Kari', role: 'editor' });
});

t.test('bigints and Dates in data are stored, returned and hashed as strings', async (t) => {
  const store = openStore(t);
  const streamId = freshStream();

  const { events } = await store.append(
    streamId,
    [
      newEvent({
        data: { amountNok: 250000n, decidedOn: new Date('2021-03-01T00:00:00Z'), skipped: undefined },
      }),
    ],
    'no_stream',
  );

  const expected = { amountNok: '250000', decidedOn: '2021-03-01T00:00:00.000Z' };
  t.strictSame(events[0]?.data, expected, 'the append returns what a read will');
  t.strictSame((await store.readStream(streamId))[0]?.data, expected);
});

t.test('an expected revision that is not no_stream, any or a bigint is rejected', async (t) => {
  const store = openStore(t);

  await t.rejects(store.append(freshStream(), [newEvent()], 0 as unknown as ExpectedRevision), TypeError);
  await t.rejects(store.append(freshStream(), [newEvent()], 'stream_exists' as ExpectedRevision), TypeError);
  await t.rejects(store.append('', [newEvent()], 'any'), TypeError);
});

t.test('a readAll page size outside 1..10000 is rejected', async (t) => {
  const store = openStore(t);

  await t.rejects(store.readAll({ limit: 0 }), RangeError);
  await t.rejects(store.readAll({ limit: 10_001 }), RangeError);
  await t.rejects(store.readAll({ limit: 2.5 }), RangeError);
  t.strictSame((await store.readAll({ limit: 10_000 })).events, []);
});

t.test('an empty append to a missing stream names revision -1 and position 0', async (t) => {
  const store = openStore(t);
  const streamId = freshStream();

  const result = await store.append(streamId, [], 'no_stream');

  t.equal(result.revision, -1n);
  t.equal(result.position, 0n);
  t.strictSame(await store.readStream(streamId), []);
});
