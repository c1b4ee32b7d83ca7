import { setTimeout as sleep } from 'node:timers/promises';
import t from 'tap';
import type { RecordedEvent } from '../../src/store/event-store.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { MAX_BUFFERED_EVENTS } from '../../src/store/sqlite/catch-up-subscription.js';
import { freshStream, newEvent } from './fixtures/store-fixtures.js';

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(2);
  }
}

t.test(
  'a subscription from the start of an empty log catches up at null and then sees appends',
  async (t) => {
    const store = SqliteEventStore.open({ path: ':memory:' });
    t.teardown(() => store.close());
    const caughtUp: (bigint | null)[] = [];
    const seen: bigint[] = [];

    const subscription = store.subscribe({
      onEvent(event) {
        seen.push(event.position);
      },
      onCaughtUp(position) {
        caughtUp.push(position);
      },
    });
    await until(() => caughtUp.length === 1);
    await store.append(freshStream(), [newEvent(), newEvent()], 'no_stream');
    await until(() => seen.length === 2);
    await subscription.stop();

    t.strictSame(caughtUp, [null]);
    t.strictSame(seen, [1n, 2n]);
  },
);

t.test('a subscriber far behind reads the log again instead of buffering without bound', async (t) => {
  const store = SqliteEventStore.open({ path: ':memory:' });
  t.teardown(() => store.close());
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const seen: RecordedEvent[] = [];
  let caughtUp = false;
  const subscription = store.subscribe({
    async onEvent(event) {
      // The first live event holds the handler while the log grows past the buffer limit.
      if (seen.length === 0) await gate;
      seen.push(event);
    },
    onCaughtUp() {
      caughtUp = true;
    },
  });
  await until(() => caughtUp);

  const total = MAX_BUFFERED_EVENTS + 2_000;
  for (let offset = 0; offset < total; offset += 500) {
    await Promise.all(
      Array.from({ length: 500 }, () => store.append(freshStream(), [newEvent()], 'no_stream')),
    );
  }
  release();
  await until(() => seen.length >= total);
  await sleep(20);
  await subscription.stop();

  t.equal(seen.length, total, 'every event once');
  t.ok(
    seen.every((event, index) => event.position === BigInt(index + 1)),
    'in position order, with no gap and no repeat',
  );
});

t.test('stop waits for the running handler and no handler runs after it', async (t) => {
  const store = SqliteEventStore.open({ path: ':memory:' });
  t.teardown(() => store.close());
  await store.append(freshStream(), [newEvent(), newEvent(), newEvent()], 'no_stream');
  let started = 0;
  let finished = 0;
  const subscription = store.subscribe({
    async onEvent() {
      started += 1;
      await sleep(30);
      finished += 1;
    },
  });
  await until(() => started === 1);

  await subscription.stop();
  const startedAtStop = started;
  await sleep(80);

  t.equal(finished, started, 'the handler that was running had finished when stop resolved');
  t.equal(started, startedAtStop, 'no handler started after stop');
  t.equal(started, 1);
});

t.test('a throwing onCaughtUp stops the subscription and is reported', async (t) => {
  const store = SqliteEventStore.open({ path: ':memory:' });
  t.teardown(() => store.close());
  const failure = new Error('projection could not mark itself ready');
  const errors: Error[] = [];

  store.subscribe({
    onEvent() {},
    onCaughtUp() {
      throw failure;
    },
    onError(error) {
      errors.push(error);
    },
  });
  await until(() => errors.length === 1);

  t.equal(errors[0], failure);
});
