import t from 'tap';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { freshStream, newEvent, tempDatabasePath } from './fixtures/store-fixtures.js';

/** A clock the test sets by hand. */
function manualClock(start: string): { now: () => Date; set(iso: string): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set(iso) {
      current = new Date(iso);
    },
  };
}

function recordingLogger(): { warnings: object[]; warn(obj: object, msg: string): void } {
  const warnings: object[] = [];
  return {
    warnings,
    warn(obj) {
      warnings.push(obj);
    },
  };
}

t.test('recordedAt is the clock time, in ISO 8601 UTC with milliseconds', async (t) => {
  const clock = manualClock('2021-03-04T05:06:07.089Z');
  const store = SqliteEventStore.open({ path: ':memory:', clock: clock.now });
  t.teardown(() => store.close());

  const { events } = await store.append(freshStream(), [newEvent()], 'no_stream');

  t.equal(events[0]?.recordedAt, '2021-03-04T05:06:07.089Z');
});

t.test('recordedAt does not go back when the clock steps back', async (t) => {
  const clock = manualClock('2021-06-30T12:00:00.500Z');
  const logger = recordingLogger();
  const store = SqliteEventStore.open({ path: ':memory:', clock: clock.now, logger });
  t.teardown(() => store.close());

  await store.append(freshStream(), [newEvent()], 'no_stream');
  clock.set('2021-06-30T11:59:00.000Z');
  const behind = await store.append(freshStream(), [newEvent()], 'no_stream');
  await store.append(freshStream(), [newEvent()], 'no_stream');
  clock.set('2021-06-30T12:00:01.000Z');
  const caughtUp = await store.append(freshStream(), [newEvent()], 'no_stream');

  t.equal(behind.events[0]?.recordedAt, '2021-06-30T12:00:00.500Z', 'held at the last recordedAt');
  t.equal(
    caughtUp.events[0]?.recordedAt,
    '2021-06-30T12:00:01.000Z',
    'follows the clock again once it is ahead',
  );
  const { events } = await store.readAll({ limit: 10 });
  t.strictSame(
    events.map((event) => event.recordedAt),
    [
      '2021-06-30T12:00:00.500Z',
      '2021-06-30T12:00:00.500Z',
      '2021-06-30T12:00:00.500Z',
      '2021-06-30T12:00:01.000Z',
    ],
  );
  t.equal(logger.warnings.length, 1, 'the step back is logged once, not once per append');
});

t.test('recordedAt does not go back across a restart with a clock behind the log', async (t) => {
  const path = await tempDatabasePath(t);
  const first = SqliteEventStore.open({ path, clock: () => new Date('2022-01-01T00:00:00.000Z') });
  await first.append(freshStream(), [newEvent()], 'no_stream');
  await first.close();

  const second = SqliteEventStore.open({ path, clock: () => new Date('2021-01-01T00:00:00.000Z') });
  t.teardown(() => second.close());
  const { events } = await second.append(freshStream(), [newEvent()], 'no_stream');

  t.equal(events[0]?.recordedAt, '2022-01-01T00:00:00.000Z');
});

t.test('effectiveAt defaults to recordedAt, and a given effectiveAt in the past is kept', async (t) => {
  const store = SqliteEventStore.open({
    path: ':memory:',
    clock: () => new Date('2022-05-05T10:00:00.000Z'),
  });
  t.teardown(() => store.close());

  const { events } = await store.append(
    freshStream(),
    [newEvent(), newEvent({ effectiveAt: '2020-01-15T00:00:00.000Z' })],
    'no_stream',
  );

  t.equal(events[0]?.effectiveAt, '2022-05-05T10:00:00.000Z');
  t.equal(events[1]?.effectiveAt, '2020-01-15T00:00:00.000Z');
});

t.test('a clock that gives an invalid date fails the batch and stores nothing', async (t) => {
  const store = SqliteEventStore.open({ path: ':memory:', clock: () => new Date(Number.NaN) });
  t.teardown(() => store.close());

  await t.rejects(store.append(freshStream(), [newEvent()], 'no_stream'));

  t.equal(await store.headPosition(), null);
});
