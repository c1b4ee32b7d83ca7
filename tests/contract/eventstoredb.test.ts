import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { Readable } from 'node:stream';
import { setImmediate as tick, setTimeout as sleep } from 'node:timers/promises';
import {
  ANY,
  BACKWARDS,
  END,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import type {
  AllStreamResolvedEvent,
  AppendExpectedRevision,
  AppendResult as EsdbAppendResult,
  EventData,
  EventStoreDBClient,
  Filter,
  ReadPosition,
  ReadRevision,
  ResolvedEvent,
} from '@eventstore/db-client';
import fc from 'fast-check';
import t from 'tap';
import type { Test } from 'tap';
import { StoreSchemaMismatch, StoreUnavailable, VersionConflict } from '../../src/store/errors.js';
import { GENESIS_HASH } from '../../src/store/event-store.js';
import type { NewEvent, RecordedEvent } from '../../src/store/event-store.js';
import { computeEventHash } from '../../src/store/hash-chain.js';
import { withDeadline } from '../../src/store/eventstoredb/deadline.js';
import { planAppend, toEsdbExpectedRevision } from '../../src/store/eventstoredb/eventstoredb-append-plan.js';
import {
  fromEsdbRecordedEvent,
  toEsdbEventId,
  toEventData,
  toStoredFields,
} from '../../src/store/eventstoredb/eventstoredb-envelope.js';
import {
  describeConnectionString,
  scrubSecrets,
  toClientConnectionString,
} from '../../src/store/eventstoredb/eventstoredb-connection-string.js';
import { toStoreUnavailable, toVersionConflict } from '../../src/store/eventstoredb/eventstoredb-errors.js';
import { EventStoreDbEventStore } from '../../src/store/eventstoredb/eventstoredb-event-store.js';
import type { EventStoreDbOptions } from '../../src/store/eventstoredb/eventstoredb-event-store.js';
import {
  compareEsdbPositions,
  fromEsdbPosition,
  toEsdbPosition,
} from '../../src/store/eventstoredb/eventstoredb-position.js';
import { createStreamScope } from '../../src/store/eventstoredb/eventstoredb-streams.js';
import { createRecordedAtClock } from '../../src/store/eventstoredb/recorded-at-clock.js';
import { createSerialQueue } from '../../src/store/eventstoredb/serial-queue.js';
import { prepareNewEvent } from '../../src/store/new-event-input.js';
import { runEventStoreContract } from './event-store.contract.js';

// ---------------------------------------------------------------------------------------------------------------
// The shared contract suite against a real EventStoreDB / KurrentDB server, when there is one.
// ---------------------------------------------------------------------------------------------------------------

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;
const SKIP_REASON = 'EVENTSTORE_CONNECTION_STRING not set; no EventStoreDB server can run on this machine';

if (connectionString) {
  // No stream prefix: the suite runs in the configuration production uses (every non-system stream is ours).
  runEventStoreContract(t, 'eventstoredb', async () => {
    const store = await EventStoreDbEventStore.connect({ connectionString });
    return { store, cleanup: () => store.close() };
  });
} else {
  t.comment(`EventStoreDB contract suite skipped: ${SKIP_REASON}`);
  void t.test('EventStoreDB contract suite', { skip: SKIP_REASON }, () => undefined);
}

// ---------------------------------------------------------------------------------------------------------------
// An in-memory stand-in for the part of the client the adapter calls. It behaves as the server does in the ways
// the adapter relies on (0-based revisions, commit = prepare = a non-contiguous log position per event, forward
// `$all` reads inclusive of their start, backward reads and subscriptions exclusive, WrongExpectedVersion and
// StreamNotFound as the client raises them, system events in `$all`), so the adapter's own logic (paging,
// filtering, hash chain, retries, catch-up) runs here. It proves nothing about a real server: that is the
// contract run above.
// ---------------------------------------------------------------------------------------------------------------

interface LoggedEvent {
  streamId: string;
  id: string;
  type: string;
  revision: bigint;
  position: bigint;
  data: string;
  metadata: string | undefined;
  created: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type ReadStreamOptions = { fromRevision?: ReadRevision; direction?: string; maxCount?: number | bigint };
type ReadAllOptions = { fromPosition?: ReadPosition; direction?: string; maxCount?: number | bigint };

class InMemoryEventStoreDb {
  readonly log: LoggedEvent[] = [];
  #nextPosition = 4_096n;
  readonly #live = new Set<(event: LoggedEvent) => void>();
  readonly #subscriptions = new Set<Readable>();

  constructor() {
    this.writeSystemEvent('$epoch-information', '$epoch-information');
  }

  writeSystemEvent(streamName = '$stats-127.0.0.1:2113', type = '$statsCollected'): void {
    this.write(streamName, [{ id: randomUUID(), type, data: { system: true }, metadata: undefined }]);
  }

  /** Writes as another program would, without our envelope. */
  write(streamName: string, events: { id: string; type: string; data: unknown; metadata: unknown }[]): void {
    let revision = this.#lastRevision(streamName) ?? -1n;
    for (const event of events) {
      revision += 1n;
      const data = JSON.stringify(event.data);
      const metadata = event.metadata === undefined ? undefined : JSON.stringify(event.metadata);
      const logged: LoggedEvent = {
        streamId: streamName,
        id: event.id.toLowerCase(),
        type: event.type,
        revision,
        position: this.#nextPosition,
        data,
        metadata,
        created: new Date(),
      };
      // Log positions advance by the record's size, so positions are not contiguous.
      this.#nextPosition += BigInt(120 + data.length + (metadata?.length ?? 0));
      this.log.push(logged);
      for (const deliver of this.#live) deliver(logged);
    }
  }

  /** The connection drops under every open subscription. */
  dropSubscriptions(): void {
    for (const subscription of this.#subscriptions) {
      subscription.destroy(new UnavailableError(undefined, 'connection lost'));
    }
  }

  client(): EventStoreDBClient {
    const client = {
      appendToStream: (
        streamName: string,
        events: EventData[],
        options: { expectedRevision?: AppendExpectedRevision } = {},
      ) => this.#append(streamName, events, options.expectedRevision ?? ANY),
      readStream: (streamName: string, options: ReadStreamOptions = {}) =>
        this.#readStream(streamName, options),
      readAll: (options: ReadAllOptions = {}) => this.#readAll(options),
      subscribeToAll: (options: { fromPosition?: ReadPosition; filter?: Filter } = {}) =>
        this.#subscribeToAll(options),
      dispose: async () => {
        for (const subscription of this.#subscriptions) subscription.destroy();
        await tick();
      },
    };
    return client as unknown as EventStoreDBClient;
  }

  #lastRevision(streamName: string): bigint | undefined {
    return this.log.findLast((event) => event.streamId === streamName)?.revision;
  }

  async #append(
    streamName: string,
    events: EventData[],
    expected: AppendExpectedRevision,
  ): Promise<EsdbAppendResult> {
    await tick();
    const current = this.#lastRevision(streamName);
    const holds =
      expected === ANY ||
      (expected === NO_STREAM && current === undefined) ||
      (expected === STREAM_EXISTS && current !== undefined) ||
      (typeof expected === 'bigint' && current === expected);
    if (!holds) {
      throw new WrongExpectedVersionError(undefined, {
        streamName,
        expected,
        current: current ?? 'no_stream',
      });
    }
    if (events.some((event) => !UUID.test(event.id))) throw new Error('an event id is not a uuid');
    this.write(
      streamName,
      events.map((event) => ({ id: event.id, type: event.type, data: event.data, metadata: event.metadata })),
    );
    const last = this.log.at(-1);
    return {
      success: true,
      nextExpectedRevision: last?.revision ?? -1n,
      position: last && { commit: last.position, prepare: last.position },
    };
  }

  #readStream(streamName: string, options: ReadStreamOptions): Readable {
    return this.#later(() => {
      const events = this.log.filter((event) => event.streamId === streamName);
      if (events.length === 0) throw new StreamNotFoundError(undefined, streamName);
      const from = options.fromRevision ?? START;
      const selected =
        options.direction === BACKWARDS
          ? events.filter((event) => from === END || (from !== START && event.revision <= from)).reverse()
          : events.filter((event) => from === START || (from !== END && event.revision >= from));
      return selected.slice(0, Number(options.maxCount ?? Number.MAX_SAFE_INTEGER)).map(toResolved);
    });
  }

  #readAll(options: ReadAllOptions): Readable {
    return this.#later(() => {
      const from = options.fromPosition ?? START;
      const selected =
        options.direction === BACKWARDS
          ? this.log
              .filter((event) => from === END || (from !== START && event.position < from.commit))
              .reverse()
          : this.log.filter((event) => from === START || (from !== END && event.position >= from.commit));
      return selected.slice(0, Number(options.maxCount ?? Number.MAX_SAFE_INTEGER)).map(toResolved);
    });
  }

  #subscribeToAll(options: { fromPosition?: ReadPosition; filter?: Filter }): Readable {
    const readable = new Readable({ objectMode: true, read: () => undefined });
    const from = options.fromPosition ?? START;
    let last = from === START ? -1n : from === END ? (this.log.at(-1)?.position ?? -1n) : from.commit;
    const filter = options.filter;
    const passes = (event: LoggedEvent): boolean => {
      if (filter === undefined) return true;
      const subject = filter.filterOn === 'streamName' ? event.streamId : event.type;
      return 'prefixes' in filter
        ? filter.prefixes.some((prefix) => subject.startsWith(prefix))
        : new RegExp(filter.regex).test(subject);
    };
    const deliver = (event: LoggedEvent): void => {
      if (event.position <= last || !passes(event)) return;
      last = event.position;
      readable.push(toResolved(event));
    };
    setImmediate(() => {
      if (readable.destroyed) return;
      for (const event of this.log) deliver(event);
      this.#live.add(deliver);
    });
    readable.on('close', () => {
      this.#live.delete(deliver);
      this.#subscriptions.delete(readable);
    });
    this.#subscriptions.add(readable);
    return Object.assign(readable, {
      unsubscribe: async () => {
        this.#live.delete(deliver);
        await tick();
      },
    });
  }

  /** A read stream that answers on a later turn of the event loop, as a network read does. */
  #later(produce: () => ResolvedEvent[]): Readable {
    const readable = new Readable({ objectMode: true, read: () => undefined });
    setImmediate(() => {
      try {
        for (const item of produce()) readable.push(item);
        readable.push(null);
      } catch (error) {
        readable.destroy(error as Error);
      }
    });
    return Object.assign(readable, {
      cancel: async () => {
        readable.destroy();
        await tick();
      },
    });
  }
}

function toResolved(event: LoggedEvent): AllStreamResolvedEvent & ResolvedEvent {
  const position = { commit: event.position, prepare: event.position };
  return {
    event: {
      streamId: event.streamId,
      id: event.id,
      isJson: true,
      revision: event.revision,
      type: event.type,
      created: event.created,
      data: JSON.parse(event.data) as Record<string, unknown>,
      metadata:
        event.metadata === undefined ? undefined : (JSON.parse(event.metadata) as Record<string, unknown>),
      position,
    },
    commitPosition: event.position,
  };
}

const STAND_IN = 'esdb://in-memory:2113?tls=false';

async function openOver(
  server: InMemoryEventStoreDb,
  options: Partial<EventStoreDbOptions> = {},
): Promise<EventStoreDbEventStore> {
  return EventStoreDbEventStore.open(server.client(), { connectionString: STAND_IN, ...options });
}

runEventStoreContract(t, 'eventstoredb adapter over an in-memory client stand-in', async () => {
  const server = new InMemoryEventStoreDb();
  const store = await openOver(server);
  return { store, cleanup: () => store.close() };
});

function newEvent(overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'ProgressNoted',
    schemaVersion: 1,
    data: { note: 'Status gjennomgått' },
    actor: { id: 'user-1', name: 'Ola Nordmann', role: 'editor', organization: 'Ahus' },
    correlationId: randomUUID(),
    source: { kind: 'api' },
    ...overrides,
  };
}

async function waitUntil(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

function assertChain(t: Test, events: RecordedEvent[]): void {
  events.forEach((event, index) => {
    t.equal(event.revision, BigInt(index), 'revisions are contiguous from 0');
    t.equal(event.prevHash, index === 0 ? GENESIS_HASH : events[index - 1]?.hash, 'the chain links');
    t.equal(computeEventHash(event.prevHash, event), event.hash, 'the hash recomputes');
  });
}

void t.test('the adapter over the in-memory stand-in', async (t) => {
  t.test(
    'system streams and system event types never reach readAll, headPosition or a subscription',
    async (t) => {
      const server = new InMemoryEventStoreDb();
      const store = await openOver(server);
      t.teardown(() => store.close());
      await store.append('plan-1', [newEvent(), newEvent()], 'no_stream');
      server.writeSystemEvent();
      server.write('$$plan-1', [
        { id: randomUUID(), type: '$metadata', data: { $maxAge: 10 }, metadata: undefined },
      ]);
      const { position: last } = await store.append('tiltak-1', [newEvent()], 'no_stream');
      server.writeSystemEvent();

      const page = await store.readAll({ limit: 100 });
      const head = await store.headPosition();
      const seen: RecordedEvent[] = [];
      let caughtUp = false;
      const subscription = store.subscribe({
        onEvent: (event) => void seen.push(event),
        onCaughtUp: () => (caughtUp = true),
      });
      await waitUntil(() => caughtUp, 'catching up');
      await subscription.stop();

      t.strictSame(
        page.events.map((event) => event.streamId),
        ['plan-1', 'plan-1', 'tiltak-1'],
      );
      t.equal(page.isEnd, true);
      t.equal(head, last, 'the head is our last event, not the system event after it');
      t.strictSame(
        seen.map((event) => event.position),
        page.events.map((event) => event.position),
      );
    },
  );

  t.test('readAll pages through a log where system events lie between ours', async (t) => {
    const server = new InMemoryEventStoreDb();
    const store = await openOver(server);
    t.teardown(() => store.close());
    const appended: bigint[] = [];
    for (let index = 0; index < 40; index += 1) {
      for (let system = 0; system < 20; system += 1) server.writeSystemEvent();
      appended.push((await store.append(`tiltak-${index}`, [newEvent()], 'no_stream')).position);
    }

    const positions: bigint[] = [];
    let after: bigint | null = null;
    for (;;) {
      const page = await store.readAll({ after, limit: 7 });
      positions.push(...page.events.map((event) => event.position));
      if (page.isEnd) break;
      after = page.lastPosition;
    }

    t.strictSame(positions, appended);
  });

  t.test(
    "two processes appending with 'any' to one stream both succeed and the chain does not fork",
    async (t) => {
      const server = new InMemoryEventStoreDb();
      const [first, second] = await Promise.all([openOver(server), openOver(server)]);
      t.teardown(() => Promise.all([first.close(), second.close()]));

      await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          (index % 2 === 0 ? first : second).append('plan-7', [newEvent()], 'any'),
        ),
      );

      const events = await first.readStream('plan-7');
      t.equal(events.length, 20);
      assertChain(t, events);
    },
  );

  t.test('a writer holding a stale revision loses to another process with a VersionConflict', async (t) => {
    const server = new InMemoryEventStoreDb();
    const [first, second] = await Promise.all([openOver(server), openOver(server)]);
    t.teardown(() => Promise.all([first.close(), second.close()]));
    await first.append('plan-2', [newEvent()], 'no_stream');

    const outcomes = await Promise.allSettled([
      first.append('plan-2', [newEvent()], 0n),
      second.append('plan-2', [newEvent()], 0n),
    ]);

    const conflicts = outcomes.flatMap((outcome): unknown[] =>
      outcome.status === 'rejected' ? [outcome.reason] : [],
    );
    t.equal(conflicts.length, 1, 'exactly one of them wins');
    t.type(conflicts[0], VersionConflict);
    t.equal((conflicts[0] as VersionConflict).actual, 1n);
    assertChain(t, await first.readStream('plan-2'));
  });

  t.test("recordedAt in a stream does not go back when another replica's clock is behind", async (t) => {
    const server = new InMemoryEventStoreDb();
    const ahead = await openOver(server, { clock: () => new Date('2022-05-01T12:00:00.000Z') });
    const behind = await openOver(server, { clock: () => new Date('2022-05-01T11:59:58.500Z') });
    t.teardown(() => Promise.all([ahead.close(), behind.close()]));

    await ahead.append('tiltak-9', [newEvent()], 'no_stream');
    await behind.append('tiltak-9', [newEvent()], 0n);

    const [first, second] = await behind.readStream('tiltak-9');
    t.equal(first?.recordedAt, '2022-05-01T12:00:00.000Z');
    t.equal(
      second?.recordedAt,
      '2022-05-01T12:00:00.000Z',
      'the slower clock is held at the head it continues',
    );
  });

  t.test('an event id that is not a uuid is kept as it was given', async (t) => {
    const server = new InMemoryEventStoreDb();
    const store = await openOver(server);
    t.teardown(() => store.close());

    await store.append('plan-3', [newEvent({ eventId: 'import:handlingsplan-2020:tiltak-7' })], 'no_stream');

    const [read] = await store.readStream('plan-3');
    t.equal(read?.eventId, 'import:handlingsplan-2020:tiltak-7');
    t.match(server.log.at(-1)?.id, UUID, 'the server was given a uuid');
  });

  t.test('an event without our envelope in one of our streams is a StoreSchemaMismatch', async (t) => {
    const server = new InMemoryEventStoreDb();
    const store = await openOver(server);
    t.teardown(() => store.close());
    server.write('tiltak-foreign', [
      { id: randomUUID(), type: 'Something', data: { a: 1 }, metadata: { by: 'x' } },
    ]);

    await t.rejects(store.readStream('tiltak-foreign'), StoreSchemaMismatch);
  });

  t.test('a stream prefix confines a store to its own streams', async (t) => {
    const server = new InMemoryEventStoreDb();
    const [one, two] = await Promise.all([
      openOver(server, { streamPrefix: 'one.' }),
      openOver(server, { streamPrefix: 'two.' }),
    ]);
    t.teardown(() => Promise.all([one.close(), two.close()]));

    await one.append('plan-1', [newEvent()], 'no_stream');
    await two.append('plan-1', [newEvent(), newEvent()], 'no_stream');

    t.equal((await one.readStream('plan-1')).length, 1);
    t.equal((await two.readStream('plan-1')).length, 2);
    t.strictSame(
      (await one.readAll({ limit: 10 })).events.map((event) => event.streamId),
      ['plan-1'],
    );
    t.ok(
      server.log.some((event) => event.streamId === 'two.plan-1'),
      'the prefix is part of the ESDB name',
    );
  });

  t.test('a lost connection stops the subscription and reports StoreUnavailable', async (t) => {
    const server = new InMemoryEventStoreDb();
    const store = await openOver(server);
    t.teardown(() => store.close());
    await store.append('plan-4', [newEvent()], 'no_stream');
    const errors: Error[] = [];
    let caughtUp = false;
    const subscription = store.subscribe({
      onEvent: () => undefined,
      onCaughtUp: () => (caughtUp = true),
      onError: (error) => void errors.push(error),
    });
    await waitUntil(() => caughtUp, 'catching up');

    server.dropSubscriptions();
    await waitUntil(() => errors.length > 0, 'the error');
    await subscription.stop();

    t.equal(errors.length, 1);
    t.type(errors[0], StoreUnavailable);
  });

  t.test('after close, every operation rejects with StoreUnavailable', async (t) => {
    const server = new InMemoryEventStoreDb();
    const store = await openOver(server);
    await store.close();

    await t.rejects(store.append('plan-5', [newEvent()], 'any'), StoreUnavailable);
    await t.rejects(store.readStream('plan-5'), StoreUnavailable);
    await t.rejects(store.readAll({ limit: 1 }), StoreUnavailable);
    await t.rejects(store.headPosition(), StoreUnavailable);
    t.throws(() => store.subscribe({ onEvent: () => undefined }), StoreUnavailable);
  });

  t.test('a stream id that names a system stream is refused before anything is written', async (t) => {
    const server = new InMemoryEventStoreDb();
    const store = await openOver(server);
    t.teardown(() => store.close());
    const before = server.log.length;

    await t.rejects(store.append('$settings', [newEvent()], 'any'), TypeError);
    t.equal(server.log.length, before);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The pure mappings.
// ---------------------------------------------------------------------------------------------------------------

void t.test('mapping to and from EventStoreDB', async (t) => {
  t.test('expected revisions map one to one; revisions are 0-based on both sides', async (t) => {
    t.equal(toEsdbExpectedRevision('no_stream'), NO_STREAM);
    t.equal(toEsdbExpectedRevision('any'), ANY);
    t.equal(toEsdbExpectedRevision(0n), 0n);
    t.equal(toEsdbExpectedRevision(41n), 41n);
  });

  t.test('an append continues the chain from the head it read, at exactly that revision', async (t) => {
    const head = {
      revision: 4n,
      position: 9_000n,
      hash: 'a'.repeat(64),
      recordedAt: '2021-01-01T00:00:00.000Z',
    };

    t.strictSame(planAppend('s', 'any', head), { esdbExpected: 4n, firstRevision: 5n, prevHash: head.hash });
    t.strictSame(planAppend('s', 4n, head), { esdbExpected: 4n, firstRevision: 5n, prevHash: head.hash });
    t.strictSame(planAppend('s', 'any', null), {
      esdbExpected: NO_STREAM,
      firstRevision: 0n,
      prevHash: GENESIS_HASH,
    });
    t.strictSame(planAppend('s', 'no_stream', null), {
      esdbExpected: NO_STREAM,
      firstRevision: 0n,
      prevHash: GENESIS_HASH,
    });
  });

  t.test('an expected revision that does not match the head is refused before the write', async (t) => {
    const head = {
      revision: 4n,
      position: 9_000n,
      hash: 'a'.repeat(64),
      recordedAt: '2021-01-01T00:00:00.000Z',
    };

    const stale = t.throws(() => planAppend('plan-1', 3n, head)) as VersionConflict;
    const missing = t.throws(() => planAppend('plan-1', 0n, null)) as VersionConflict;
    const exists = t.throws(() => planAppend('plan-1', 'no_stream', head)) as VersionConflict;

    t.type(stale, VersionConflict);
    t.same([stale.expected, stale.actual], [3n, 4n]);
    t.same([missing.expected, missing.actual], [0n, 'no_stream']);
    t.same([exists.expected, exists.actual], ['no_stream', 4n]);
  });

  t.test("WrongExpectedVersion becomes a VersionConflict with the server's actual revision", async (t) => {
    const behind = new WrongExpectedVersionError(undefined, {
      streamName: 'plan-1',
      expected: 2n,
      current: 5n,
    });
    const missing = new WrongExpectedVersionError(undefined, {
      streamName: 'plan-1',
      expected: 2n,
      current: 'no_stream',
    });
    const minusOne = new WrongExpectedVersionError(undefined, {
      streamName: 'plan-1',
      expected: 0n,
      current: -1n,
    });

    const conflict = toVersionConflict('plan-1', 2n, behind);

    t.type(conflict, VersionConflict);
    t.equal(conflict.streamId, 'plan-1');
    t.equal(conflict.expected, 2n);
    t.equal(conflict.actual, 5n);
    t.equal(toVersionConflict('plan-1', 2n, missing).actual, 'no_stream');
    t.equal(toVersionConflict('plan-1', 0n, minusOne).actual, 'no_stream', 'revision -1 is no stream');
    t.equal(
      toVersionConflict('plan-1', 'any', behind).expected,
      'any',
      'the caller keeps its own expectation',
    );
  });

  t.test('the whole envelope survives the trip through event data and metadata', async (t) => {
    const event = prepareNewEvent(
      newEvent({
        type: 'TiltakCreated',
        schemaVersion: 3,
        effectiveAt: '2020-03-01T01:00:00+01:00',
        actor: { id: 'u-1', name: 'Åse Ødegård', role: 'editor' },
        reason: 'Importert',
        causationId: randomUUID(),
        source: { kind: 'import', document: 'plan.json', locator: 'tiltak[2]' },
        data: { title: 'Felles rutine', responsible: ['AU', 'LSF'], amount: null, share: 0.5 },
      }),
    );
    const fields = toStoredFields(event, {
      streamId: 'tiltak-1',
      revision: 3n,
      recordedAt: '2022-01-02T03:04:05.006Z',
    });
    const prevHash = 'b'.repeat(64);
    const hash = computeEventHash(prevHash, fields);
    const proposed = toEventData(fields, prevHash, hash);
    // What the server stores: JSON text.
    const stored = {
      streamId: 'tiltak-1',
      id: proposed.id,
      type: proposed.type,
      revision: 3n,
      isJson: true,
      data: JSON.parse(JSON.stringify(proposed.data)) as unknown,
      metadata: JSON.parse(JSON.stringify(proposed.metadata)) as unknown,
    };

    const read = fromEsdbRecordedEvent(stored, 'tiltak-1', 77_000n);

    t.strictSame(read, { ...fields, position: 77_000n, prevHash, hash });
    t.equal(read.effectiveAt, '2020-03-01T00:00:00.000Z', 'effectiveAt is stored as UTC');
    t.equal(computeEventHash(read.prevHash, read), read.hash, 'the hash recomputes from what was read');
    t.equal(proposed.type, 'TiltakCreated');
    t.equal(proposed.id, event.eventId, 'a uuid eventId is the ESDB event id');
    t.match(proposed.metadata, { $correlationId: event.correlationId, $causationId: event.causationId });
  });

  t.test(
    'effectiveAt defaults to recordedAt, and an event without causation has no $causationId',
    async (t) => {
      const event = prepareNewEvent(newEvent());
      const fields = toStoredFields(event, {
        streamId: 'plan-1',
        revision: 0n,
        recordedAt: '2022-01-02T03:04:05.006Z',
      });
      const proposed = toEventData(fields, GENESIS_HASH, computeEventHash(GENESIS_HASH, fields));

      t.equal(fields.effectiveAt, '2022-01-02T03:04:05.006Z');
      t.equal(fields.causationId, null);
      t.notOk('$causationId' in (proposed.metadata as object));
    },
  );

  t.test('an event that is not JSON or has no envelope is a StoreSchemaMismatch', async (t) => {
    const base = { streamId: 'plan-1', id: randomUUID(), type: 'X', revision: 0n, data: {} };

    t.throws(
      () => fromEsdbRecordedEvent({ ...base, isJson: false, metadata: undefined }, 'plan-1', 1n),
      StoreSchemaMismatch,
    );
    t.throws(
      () => fromEsdbRecordedEvent({ ...base, isJson: true, metadata: { by: 'x' } }, 'plan-1', 1n),
      StoreSchemaMismatch,
    );
  });

  t.test('an eventId that is not a uuid maps to a stable uuid of its own', async (t) => {
    const uuid = randomUUID();

    t.equal(toEsdbEventId(uuid.toUpperCase()), uuid, 'a uuid is used as it is, in lower case');
    t.match(toEsdbEventId('import-1'), UUID);
    t.equal(toEsdbEventId('import-1'), toEsdbEventId('import-1'));
    t.not(toEsdbEventId('import-1'), toEsdbEventId('import-2'));
  });

  t.test(
    'a position survives the trip to an ESDB position and back, and orders as the server does',
    async (t) => {
      fc.assert(
        fc.property(fc.bigInt({ min: 0n, max: 2n ** 62n }), (position) => {
          const esdb = toEsdbPosition(position);
          return fromEsdbPosition(esdb) === position && esdb.commit === esdb.prepare;
        }),
      );
      fc.assert(
        fc.property(
          fc.bigInt({ min: 0n, max: 2n ** 62n }),
          fc.bigInt({ min: 0n, max: 2n ** 62n }),
          (a, b) => {
            const order = compareEsdbPositions(toEsdbPosition(a), toEsdbPosition(b));
            return Math.sign(order) === (a < b ? -1 : a > b ? 1 : 0);
          },
        ),
      );
      t.throws(() => toEsdbPosition(-1n), RangeError);
    },
  );

  t.test('only non-system streams are ours without a prefix; only prefixed ones with one', async (t) => {
    const open = createStreamScope();
    const scoped = createStreamScope('test-1.');

    t.equal(open.toEsdbStreamName('plan-1'), 'plan-1');
    t.ok(open.isOurs('plan-1', 'PlanCreated'));
    t.notOk(open.isOurs('$stats-127.0.0.1:2113', 'PlanCreated'), 'system streams are not ours');
    t.notOk(open.isOurs('$$plan-1', '$metadata'));
    t.notOk(open.isOurs('plan-1', '$streamDeleted'), 'system event types are not ours');
    t.throws(() => open.toEsdbStreamName('$all'), TypeError);
    t.equal(scoped.toEsdbStreamName('plan-1'), 'test-1.plan-1');
    t.equal(scoped.fromEsdbStreamName('test-1.plan-1'), 'plan-1');
    t.equal(scoped.fromEsdbStreamName('plan-1'), null);
    t.notOk(scoped.isOurs('test-2.plan-1', 'PlanCreated'));
    t.match(open.subscriptionFilter(), { filterOn: 'streamName', regex: '^[^$]' });
    t.match(scoped.subscriptionFilter(), { filterOn: 'streamName', prefixes: ['test-1.'] });
    t.throws(() => createStreamScope('$x'), RangeError);
  });

  t.test('recordedAt never goes back, whatever the wall clock does', async (t) => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4_102_444_800_000 }), { minLength: 1 }), (walls) => {
        let index = 0;
        const clock = createRecordedAtClock(() => new Date(walls[index++] ?? 0));
        const given = walls.map(() => clock.now());
        return given.every((value, at) => at === 0 || value >= (given[at - 1] ?? ''));
      }),
    );
    const clock = createRecordedAtClock(() => new Date('2021-01-01T00:00:00Z'));
    clock.observe('2021-06-01T00:00:00.000Z');
    t.equal(clock.now(), '2021-06-01T00:00:00.000Z', 'a later recordedAt seen in the store raises the floor');
    t.match(createRecordedAtClock(() => new Date(0)).now(), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  t.test('queued appends run one at a time in order, and a failure does not block the next', async (t) => {
    const queue = createSerialQueue();
    const order: string[] = [];
    let running = 0;
    const task =
      (name: string, fail = false) =>
      async () => {
        running += 1;
        t.equal(running, 1, `${name} runs alone`);
        await sleep(2);
        order.push(name);
        running -= 1;
        if (fail) throw new Error(name);
        return name;
      };

    const results = await Promise.allSettled([
      queue.run(task('a')),
      queue.run(task('b', true)),
      queue.run(task('c')),
    ]);

    t.strictSame(order, ['a', 'b', 'c']);
    t.strictSame(
      results.map((result) => result.status),
      ['fulfilled', 'rejected', 'fulfilled'],
    );
  });

  t.test('messages name the hosts and never the credentials of the connection string', async (t) => {
    const secret = 'esdb://admin:Hemmelig-Passord@node1:2113,node2:2113?tls=true&tlsCAFile=/certs/ca/ca.crt';

    const described = describeConnectionString(secret);
    const unavailable = toStoreUnavailable(
      new Error('14 UNAVAILABLE: bad auth for admin:Hemmelig-Passord\nretry later'),
      secret,
      'connect',
    );

    t.notMatch(described, 'Hemmelig');
    t.match(described, 'node1:2113,node2:2113');
    t.notMatch(scrubSecrets('user admin:Hemmelig-Passord, password Hemmelig-Passord', secret), 'Hemmelig');
    t.type(unavailable, StoreUnavailable);
    t.notMatch(unavailable.message, 'Hemmelig');
    t.notMatch(unavailable.message, '\n', 'one line');
  });

  t.test("KurrentDB's scheme names are read as the client's", async (t) => {
    t.equal(toClientConnectionString('kurrentdb://node1:2113?tls=false'), 'esdb://node1:2113?tls=false');
    t.equal(toClientConnectionString('kdb+discover://cluster:2113'), 'esdb+discover://cluster:2113');
    t.equal(toClientConnectionString(' esdb://node1:2113 '), 'esdb://node1:2113');
  });

  t.test('a call that does not settle in time is given up', async (t) => {
    let cancelled = false;
    const never = new Promise<never>(() => undefined);

    await t.rejects(
      withDeadline(never, 20, 'a read', () => (cancelled = true)),
      { name: 'DeadlineExceeded' },
    );
    t.ok(cancelled, 'the call is cancelled');
    t.equal(await withDeadline(Promise.resolve(7), 1_000, 'a read'), 7);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Connecting to something that is not a working server.
// ---------------------------------------------------------------------------------------------------------------

async function unusedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function timed<T>(
  work: Promise<T>,
): Promise<{ outcome: PromiseSettledResult<T>; milliseconds: number }> {
  const start = Date.now();
  const [outcome] = await Promise.allSettled([work]);
  return { outcome: outcome as PromiseSettledResult<T>, milliseconds: Date.now() - start };
}

function rejection<T>(outcome: PromiseSettledResult<T>): unknown {
  return outcome.status === 'rejected' ? outcome.reason : undefined;
}

void t.test('connecting', async (t) => {
  t.test('a closed port rejects with StoreUnavailable within seconds instead of hanging', async (t) => {
    const port = await unusedPort();

    const { outcome, milliseconds } = await timed(
      EventStoreDbEventStore.connect({
        connectionString: `esdb://admin:changeit@127.0.0.1:${port}?tls=false`,
      }),
    );

    t.type(rejection(outcome), StoreUnavailable);
    t.ok(milliseconds < 5_000, `gave up after ${milliseconds} ms`);
    t.notMatch((rejection(outcome) as Error).message, 'changeit', 'the password stays out of the message');
  });

  t.test('a server that accepts the connection but never answers is given up at the deadline', async (t) => {
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => void sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    t.teardown(() => {
      for (const socket of sockets) socket.destroy();
      silent.close();
    });
    const { port } = silent.address() as net.AddressInfo;

    const { outcome, milliseconds } = await timed(
      EventStoreDbEventStore.connect({
        connectionString: `esdb://127.0.0.1:${port}?tls=false`,
        connectTimeoutMs: 500,
      }),
    );

    t.type(rejection(outcome), StoreUnavailable);
    t.ok(milliseconds < 3_000, `gave up after ${milliseconds} ms`);
  });

  t.test('a cluster none of whose nodes answer rejects with StoreUnavailable', async (t) => {
    const ports = [await unusedPort(), await unusedPort(), await unusedPort()];

    const { outcome, milliseconds } = await timed(
      EventStoreDbEventStore.connect({
        connectionString: `esdb://${ports.map((port) => `127.0.0.1:${port}`).join(',')}?tls=false`,
      }),
    );

    t.type(rejection(outcome), StoreUnavailable);
    t.ok(milliseconds < 10_000, `gave up after ${milliseconds} ms`);
  });

  t.test(
    'a connection string that is not one rejects with StoreUnavailable, credentials left out',
    async (t) => {
      for (const bad of ['http://admin:Hemmelig@host:2113', 'esdb://admin:Hemmelig@host:notaport', '']) {
        const { outcome } = await timed(EventStoreDbEventStore.connect({ connectionString: bad }));
        t.type(rejection(outcome), StoreUnavailable, JSON.stringify(bad));
        t.notMatch((rejection(outcome) as Error).message, 'Hemmelig');
      }
    },
  );

  t.test('a tlsCAFile that does not exist rejects with StoreUnavailable', async (t) => {
    const { outcome } = await timed(
      EventStoreDbEventStore.connect({
        connectionString: 'esdb://node1:2113?tls=true&tlsCAFile=/nonexistent/samhandlingsplan/ca.crt',
      }),
    );

    t.type(rejection(outcome), StoreUnavailable);
  });
});
