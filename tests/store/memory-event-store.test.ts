import { randomUUID } from 'node:crypto';
import t from 'tap';
import { DuplicateEventId } from '../../src/store/errors.js';
import type { NewEvent } from '../../src/store/event-store.js';
import { MemoryEventStore } from '../../src/store/memory/index.js';

function note(eventId: string = randomUUID()): NewEvent {
  return {
    eventId,
    type: 'ProgressNoted',
    schemaVersion: 1,
    data: { note: 'Status gjennomgått' },
    actor: { id: 'user-1', name: 'Ola Nordmann', role: 'editor' },
    correlationId: randomUUID(),
    source: { kind: 'api' },
  };
}

void t.test(
  'a repeated eventId is refused with the port’s DuplicateEventId and stores nothing',
  async (t) => {
    const store = new MemoryEventStore();
    t.teardown(() => store.close());
    const first = note();
    await store.append('tiltak-a', [first], 'no_stream');

    await t.rejects(store.append('tiltak-b', [note(), note(first.eventId)], 'any'), DuplicateEventId);
    const twice = note();
    await t.rejects(store.append('tiltak-b', [twice, note(twice.eventId)], 'any'), DuplicateEventId);

    t.strictSame(await store.readStream('tiltak-b'), [], 'nothing of a refused append is kept');
    t.equal(await store.headPosition(), 1n);
  },
);

void t.test('recordedAt holds still while the clock is behind the last one', async (t) => {
  const times = ['2024-05-01T10:00:00.000Z', '2024-05-01T09:00:00.000Z', '2024-05-01T11:00:00.000Z'];
  const store = new MemoryEventStore({ clock: () => new Date(times.shift() ?? '2030-01-01T00:00:00.000Z') });
  t.teardown(() => store.close());
  for (let i = 0; i < 3; i += 1) await store.append('tiltak-a', [note()], 'any');
  t.strictSame(
    (await store.readStream('tiltak-a')).map((event) => event.recordedAt),
    ['2024-05-01T10:00:00.000Z', '2024-05-01T10:00:00.000Z', '2024-05-01T11:00:00.000Z'],
  );
});

void t.test('a closed store refuses reads and appends', async (t) => {
  const store = new MemoryEventStore();
  await store.close();
  await t.rejects(store.append('tiltak-a', [note()], 'any'), { code: 'STORE.UNAVAILABLE' });
  await t.rejects(store.readStream('tiltak-a'), { code: 'STORE.UNAVAILABLE' });
});
