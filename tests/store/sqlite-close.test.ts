import t from 'tap';
import { StoreUnavailable } from '../../src/store/errors.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { freshStream, newEvent, tempDatabasePath } from './fixtures/store-fixtures.js';

t.test('close commits the appends already accepted before it closes the file', async (t) => {
  const path = await tempDatabasePath(t);
  const store = SqliteEventStore.open({ path });
  const streamId = freshStream();

  const pending = Array.from({ length: 20 }, (_, index) =>
    store.append(streamId, [newEvent()], index === 0 ? 'no_stream' : BigInt(index - 1)),
  );
  await store.close();

  const results = await Promise.all(pending);
  t.strictSame(
    results.map((result) => result.revision),
    Array.from({ length: 20 }, (_, index) => BigInt(index)),
  );
  const reopened = SqliteEventStore.open({ path });
  t.teardown(() => reopened.close());
  t.equal((await reopened.readStream(streamId)).length, 20);
});

t.test('appends and reads after close are rejected with StoreUnavailable', async (t) => {
  const store = SqliteEventStore.open({ path: ':memory:' });
  await store.close();

  await t.rejects(store.append(freshStream(), [newEvent()], 'no_stream'), StoreUnavailable);
  await t.rejects(store.readStream(freshStream()), StoreUnavailable);
  await t.rejects(store.readAll({ limit: 10 }), StoreUnavailable);
  await t.rejects(store.headPosition(), StoreUnavailable);
});

t.test('close can be called more than once', async (t) => {
  const store = SqliteEventStore.open({ path: ':memory:' });

  await Promise.all([store.close(), store.close()]);
  await store.close();

  t.pass('no error');
});

t.test('close stops the subscriptions, without reporting an error', async (t) => {
  const store = SqliteEventStore.open({ path: ':memory:' });
  const errors: Error[] = [];
  let caughtUp = false;
  store.subscribe({
    onEvent() {},
    onCaughtUp() {
      caughtUp = true;
    },
    onError(error) {
      errors.push(error);
    },
  });
  while (!caughtUp) await new Promise((resolve) => setImmediate(resolve));

  await store.close();

  t.strictSame(errors, []);
});

t.test('a subscription on a closed store reports StoreUnavailable', async (t) => {
  const store = SqliteEventStore.open({ path: ':memory:' });
  await store.close();

  const error = await new Promise<Error>((resolve) => {
    store.subscribe({ onEvent() {}, onError: resolve });
  });

  t.type(error, StoreUnavailable);
});
