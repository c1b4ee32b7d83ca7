// The handler's state cache: a command folds only the events recorded since the fold it kept, on any adapter, and
// reads neither a long stream whole nor scans it for its Idempotency-Key.
import t from 'tap';
import { CommandHandler } from '../../src/application/index.js';
import { StateCache } from '../../src/application/state-cache.js';
import {
  commandHandling,
  foldStream,
  TiltakError,
  type CommandHandlingPort,
  type CommandInput,
} from '../../src/domain/index.js';
import type { EventStore } from '../../src/store/event-store.js';
import { ACTOR, InterleavingStore, TILTAK_ID, createPlan, createTiltak, setup } from './handler-fixtures.js';

const TILTAK_STREAM = `tiltak-${TILTAK_ID}`;

const note = (text: string): CommandInput => ({ type: 'NoteProgress', data: { tiltakId: TILTAK_ID, text } });
const status = (value: string): CommandInput => ({
  type: 'ChangeTiltakStatus',
  data: { tiltakId: TILTAK_ID, status: value },
});

interface StreamRead {
  streamId: string;
  fromRevision: bigint;
  returned: number;
}

/** The store, with every stream read and every lookup by id written down. */
class RecordingStore extends InterleavingStore {
  reads: StreamRead[] = [];
  lookups = 0;

  override readStream: EventStore['readStream'] = async (streamId, options) => {
    const events = await this.inner.readStream(streamId, options);
    this.reads.push({ streamId, fromRevision: options?.fromRevision ?? 0n, returned: events.length });
    return events;
  };

  findEvent = async (eventId: string) => {
    this.lookups += 1;
    return (await this.inner.findEvent?.(eventId)) ?? null;
  };

  tiltakReads(): StreamRead[] {
    return this.reads.filter((read) => read.streamId === TILTAK_STREAM);
  }
}

/** The real domain, with the events each fold is handed counted per stream. */
function countingDomain(): {
  domain: CommandHandlingPort;
  folded: Map<string, number>;
  whole: Map<string, number>;
} {
  const folded = new Map<string, number>();
  const whole = new Map<string, number>();
  const add = (counts: Map<string, number>, streamId: string, n: number) =>
    counts.set(streamId, (counts.get(streamId) ?? 0) + n);
  return {
    folded,
    whole,
    domain: {
      ...commandHandling,
      foldStream(streamId, events) {
        add(whole, streamId, events.length);
        return commandHandling.foldStream(streamId, events);
      },
      foldForward(fold, events) {
        add(folded, fold.streamId, events.length);
        return commandHandling.foldForward(fold, events);
      },
    },
  };
}

t.test("the handler's state cache folds only the events recorded after its fold", async (t) => {
  const { store, handler: writer, clock } = setup();
  t.teardown(() => store.close());
  await createPlan(writer);
  await createTiltak(writer);
  const recording = new RecordingStore(store);
  const counting = countingDomain();
  const handler = new CommandHandler({ store: recording, clock: clock.now, domain: counting.domain });
  for (let n = 0; n < 20; n++) {
    clock.advance(1000);
    await handler.handle(note(`notat ${n}`), { actor: ACTOR });
  }
  t.equal(
    counting.whole.get(TILTAK_STREAM),
    1,
    'the tiltak stream was folded whole once, on the first command',
  );
  t.equal(counting.folded.get(TILTAK_STREAM), 20, 'then only each command’s own appended event was folded');

  // Another writer (its own handler, its own cache) appends three events behind this handler's back.
  for (const text of ['a', 'b', 'c']) {
    clock.advance(1000);
    await writer.handle(note(text), { actor: ACTOR });
  }
  recording.reads = [];
  clock.advance(1000);
  await handler.handle(note('etter'), { actor: ACTOR });
  const [read] = recording.tiltakReads();
  t.same(
    read,
    { streamId: TILTAK_STREAM, fromRevision: 21n, returned: 3 },
    'read from its fold’s revision on',
  );
  t.equal(counting.whole.get(TILTAK_STREAM), 1, 'no second fold of the whole stream');
  t.equal(counting.folded.get(TILTAK_STREAM), 20 + 3 + 1, 'the other writer’s three events, then its own');
  const events = await store.readStream(TILTAK_STREAM);
  t.equal(events.at(-1)?.revision, 24n);
});

t.test('a fold behind another writer decides on what that writer appended', async (t) => {
  const { store, handler: writer, clock } = setup();
  t.teardown(() => store.close());
  await createPlan(writer);
  await createTiltak(writer);
  const handler = new CommandHandler({ store, clock: clock.now });
  clock.advance(1000);
  await handler.handle(status('IN_PROGRESS'), { actor: ACTOR });
  clock.advance(1000);
  await writer.handle(status('ON_HOLD'), { actor: ACTOR });
  clock.advance(1000);
  const refused = await handler.handle(status('ON_HOLD'), { actor: ACTOR }).catch((error: unknown) => error);
  t.ok(refused instanceof TiltakError, 'the status the other writer set is known');
  t.equal((refused as TiltakError).code, 'TILTAK.NO_CHANGE');
  const result = await handler.handle(status('IN_PROGRESS'), { actor: ACTOR });
  t.equal(result.revision, 3n);
  // With If-Match at a revision its fold once had, the store's check refuses it.
  await t.rejects(handler.handle(status('ON_HOLD'), { actor: ACTOR, expectedRevision: 1n }), {
    code: 'STORE.VERSION_CONFLICT',
  });
});

t.test('a command on a long stream does not read the whole stream', async (t) => {
  const { store, handler: writer, clock } = setup();
  t.teardown(() => store.close());
  await createPlan(writer);
  await createTiltak(writer);
  const LENGTH = 1500;
  for (let n = 0; n < LENGTH; n++) {
    clock.advance(1000);
    await writer.handle(note(`notat ${n}`), { actor: ACTOR });
  }
  const recording = new RecordingStore(store);
  const handler = new CommandHandler({ store: recording, clock: clock.now });
  clock.advance(1000);
  await handler.handle(note('første'), { actor: ACTOR });
  t.same(
    recording.tiltakReads().map((read) => read.returned),
    [LENGTH + 1],
    'a cold cache reads the stream once',
  );
  recording.reads = [];
  for (let n = 0; n < 5; n++) {
    clock.advance(1000);
    await handler.handle(n % 2 === 0 ? status('IN_PROGRESS') : status('ON_HOLD'), { actor: ACTOR });
    await handler.handle(note(`mer ${n}`), { actor: ACTOR, eventIdSeed: `user-1:key-${n}` });
  }
  const reads = recording.tiltakReads();
  t.equal(reads.length, 10, 'one read of the tiltak stream per command');
  t.ok(
    reads.every((read) => read.returned === 0 && read.fromRevision > BigInt(LENGTH)),
    'each from the end of its fold, finding nothing new',
  );
  t.equal(recording.lookups, 5, 'each Idempotency-Key was looked up by event id');

  // A retry with a key finds its earlier append without reading the stream from the start.
  recording.reads = [];
  const replay = await handler.handle(note('mer 0'), { actor: ACTOR, eventIdSeed: 'user-1:key-0' });
  t.equal(replay.replayed, true);
  t.ok(
    recording.tiltakReads().every((read) => read.fromRevision > BigInt(LENGTH)),
    'the replay read the stream from its earlier append on',
  );
  t.same(
    (await store.readStream(TILTAK_STREAM)).length,
    LENGTH + 2 + 10,
    'nothing was appended by the replay',
  );
});

t.test('a back-dated command is decided on the whole history', async (t) => {
  const { store, handler: writer, clock } = setup();
  t.teardown(() => store.close());
  await createPlan(writer);
  await createTiltak(writer);
  clock.advance(1000);
  await writer.handle(status('COMPLETED'), { actor: ACTOR });
  const recording = new RecordingStore(store);
  const handler = new CommandHandler({ store: recording, clock: clock.now });
  await handler.handle(note('i dag'), { actor: ACTOR });
  recording.reads = [];
  // Back-dated to before COMPLETED: the tiltak was PLANNED then, so IN_PROGRESS is a step forward, and COMPLETED
  // after it still is. Checked against the latest state (COMPLETED) it would be a reopening without a reason.
  const result = await handler.handle(
    {
      type: 'ChangeTiltakStatus',
      data: { tiltakId: TILTAK_ID, status: 'IN_PROGRESS', effectiveAt: '2021-01-01T00:00:00Z' },
    },
    { actor: ACTOR },
  );
  t.equal(result.revision, 3n);
  t.ok(
    recording.tiltakReads().some((read) => read.fromRevision === 0n && read.returned === 3),
    'the stream was read whole for it',
  );
  clock.advance(1000);
  await handler.handle(note('etterpå'), { actor: ACTOR });
  t.equal((await store.readStream(TILTAK_STREAM)).length, 5, 'the fold goes on after the back-dated event');
});

t.test('the state cache keeps at most its size, dropping the least recently used', async (t) => {
  const cache = new StateCache(2);
  const fold = (id: string) => foldStream(`tiltak-${id}`, []);
  cache.set(fold('a'));
  cache.set(fold('b'));
  t.ok(cache.get('tiltak-a'), 'a used, so b is now the least recently used');
  cache.set(fold('c'));
  t.equal(cache.size, 2);
  t.ok(cache.get('tiltak-a'));
  t.equal(cache.get('tiltak-b'), undefined, 'b went first');
  t.ok(cache.get('tiltak-c'));
  t.throws(() => new StateCache(-1), RangeError);
  const none = new StateCache(0);
  none.set(fold('a'));
  t.equal(none.size, 0, 'size 0 keeps nothing');
});
