import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Test } from 'tap';
import { VersionConflict } from '../../src/store/errors.js';
import { GENESIS_HASH } from '../../src/store/event-store.js';
import type { EventStore, NewEvent, RecordedEvent } from '../../src/store/event-store.js';
import { computeEventHash } from '../../src/store/hash-chain.js';

export interface ContractSubject {
  store: EventStore;
  cleanup(): Promise<void>;
}

/**
 * The behaviour every EventStore adapter must have. Each case opens its own store from the factory and writes only
 * to fresh, uniquely named streams, so the suite also runs against a shared server that already holds data: cases
 * look at the log after a position taken before their own appends and at their own streams only.
 */
export function runEventStoreContract(
  t: Test,
  adapterName: string,
  factory: () => Promise<ContractSubject>,
): void {
  function contractCase(name: string, body: (t: Test, store: EventStore) => Promise<void>): void {
    void t.test(`${adapterName}: ${name}`, async (t) => {
      const { store, cleanup } = await factory();
      t.teardown(cleanup);
      await body(t, store);
    });
  }

  contractCase('an appended event reads back with its whole envelope', async (t, store) => {
    const streamId = freshStream();
    const imported = newEvent({
      type: 'TiltakCreated',
      schemaVersion: 2,
      effectiveAt: '2020-03-01T00:00:00.000Z',
      actor: { id: 'user-17', name: 'Kari Nordmann', role: 'editor', organization: 'Ahus' },
      reason: 'Importert fra handlingsplanen',
      causationId: randomUUID(),
      source: {
        kind: 'import',
        document: 'handlingsplan-2020-2022.json',
        locator: 'satsningsomrader[0].tiltak[2]',
      },
      data: {
        title: 'Felles rutine for utskrivning',
        status: 'PLANNED',
        tiltaksomrade: { id: 'to-1', number: 2 },
        responsible: [
          { kind: 'fagrad', name: 'Fagråd for somatikk' },
          { kind: 'kommune', name: 'Lillestrøm' },
        ],
        funding: { year: 2021, amountNok: 250000, decision: null },
        flags: [true, false],
        share: 0.25,
        nested: { deeper: { matrix: [[1, 2], [3]], empty: {} } },
      },
    });
    const plain = newEvent({ type: 'ProgressNoted', data: { note: 'Arbeidsgruppen er etablert' } });
    const before = Date.now();

    const result = await store.append(streamId, [imported, plain], 'no_stream');
    const after = Date.now();

    t.equal(result.streamId, streamId);
    t.equal(result.revision, 1n, 'the result names the last revision appended');
    t.equal(result.events.length, 2);
    t.equal(result.position, result.events[1]?.position, 'the result names the last position appended');
    const read = await store.readStream(streamId);
    t.strictSame(read, result.events, 'a read returns what the append returned');

    const [first, second] = read;
    if (first === undefined || second === undefined) throw new Error('two events were appended');
    t.equal(first.eventId, imported.eventId);
    t.equal(first.type, 'TiltakCreated');
    t.equal(first.schemaVersion, 2);
    t.equal(first.streamId, streamId);
    t.equal(first.revision, 0n);
    t.equal(typeof first.position, 'bigint');
    t.equal(first.effectiveAt, '2020-03-01T00:00:00.000Z');
    t.strictSame(first.actor, imported.actor);
    t.equal(first.reason, imported.reason);
    t.equal(first.correlationId, imported.correlationId);
    t.equal(first.causationId, imported.causationId);
    t.strictSame(first.source, imported.source);
    t.strictSame(first.data, imported.data);
    t.match(first.prevHash, /^[0-9a-f]{64}$/);
    t.match(first.hash, /^[0-9a-f]{64}$/);

    t.match(first.recordedAt, ISO_UTC_MILLIS, 'recordedAt is ISO 8601 UTC with milliseconds');
    const recordedAt = Date.parse(first.recordedAt);
    t.ok(
      recordedAt >= before - CLOCK_TOLERANCE_MS && recordedAt <= after + CLOCK_TOLERANCE_MS,
      'recordedAt is now',
    );
    t.equal(second.reason, null, 'a missing reason reads as null');
    t.equal(second.causationId, null, 'a missing causationId reads as null');
    t.equal(second.effectiveAt, second.recordedAt, 'effectiveAt defaults to recordedAt');
    t.strictSame(second.source, { kind: 'api' });
  });

  contractCase(
    'no_stream on an existing stream is a VersionConflict and appends nothing',
    async (t, store) => {
      const streamId = freshStream();
      await store.append(streamId, [newEvent()], 'no_stream');

      const conflict = await conflictOf(t, store.append(streamId, [newEvent()], 'no_stream'));

      t.equal(conflict.streamId, streamId);
      t.equal(conflict.expected, 'no_stream');
      t.equal(conflict.actual, 0n);
      t.equal((await store.readStream(streamId)).length, 1);
    },
  );

  contractCase(
    'a stale expected revision is a VersionConflict naming both revisions and appends nothing',
    async (t, store) => {
      const streamId = freshStream();
      await store.append(streamId, [newEvent(), newEvent(), newEvent()], 'no_stream');

      const conflict = await conflictOf(t, store.append(streamId, [newEvent(), newEvent()], 1n));

      t.equal(conflict.expected, 1n);
      t.equal(conflict.actual, 2n);
      t.equal((await store.readStream(streamId)).length, 3);
    },
  );

  contractCase(
    'an expected revision on a missing stream is a VersionConflict with actual no_stream',
    async (t, store) => {
      const streamId = freshStream();

      const conflict = await conflictOf(t, store.append(streamId, [newEvent()], 0n));

      t.equal(conflict.expected, 0n);
      t.equal(conflict.actual, 'no_stream');
      t.strictSame(await store.readStream(streamId), []);
    },
  );

  contractCase("'any' appends to a missing and to an existing stream", async (t, store) => {
    const streamId = freshStream();

    const created = await store.append(streamId, [newEvent()], 'any');
    const continued = await store.append(streamId, [newEvent()], 'any');

    t.equal(created.revision, 0n);
    t.equal(continued.revision, 1n);
    t.equal((await store.readStream(streamId)).length, 2);
  });

  contractCase('the matching expected revision appends after the last event', async (t, store) => {
    const streamId = freshStream();
    const first = await store.append(streamId, [newEvent(), newEvent()], 'no_stream');

    const next = await store.append(streamId, [newEvent()], first.revision);

    t.equal(next.revision, 2n);
    t.ok(next.position > first.position);
  });

  contractCase(
    'of 50 concurrent appends with the same expected revision exactly one succeeds',
    async (t, store) => {
      const streamId = freshStream();
      await store.append(streamId, [newEvent()], 'no_stream');

      const outcomes = await Promise.allSettled(
        Array.from({ length: 50 }, () => store.append(streamId, [newEvent()], 0n)),
      );

      const succeeded = outcomes.filter((outcome) => outcome.status === 'fulfilled');
      const conflicts = outcomes.flatMap((outcome) =>
        outcome.status === 'rejected' && outcome.reason instanceof VersionConflict ? [outcome.reason] : [],
      );
      t.equal(succeeded.length, 1);
      t.equal(conflicts.length, 49);
      t.ok(
        conflicts.every((conflict) => conflict.expected === 0n && conflict.actual === 1n),
        'each loser learns the revision it lost to',
      );
      t.equal((await store.readStream(streamId)).length, 2);
    },
  );

  contractCase('50 concurrent appends to 50 different streams all succeed', async (t, store) => {
    const streamIds = Array.from({ length: 50 }, () => freshStream());

    const results = await Promise.all(
      streamIds.map((streamId) => store.append(streamId, [newEvent()], 'no_stream')),
    );

    t.ok(results.every((result) => result.revision === 0n));
    t.equal(new Set(results.map((result) => result.position)).size, 50, 'each append has its own position');
    for (const streamId of streamIds) t.equal((await store.readStream(streamId)).length, 1);
  });

  contractCase('readAll pages in position order with no gaps or repeats', async (t, store) => {
    const before = await store.headPosition();
    const [a, b, c] = [freshStream(), freshStream(), freshStream()];
    const appended: string[] = [];
    const appendTo = async (
      streamId: string,
      count: number,
      expected: 'no_stream' | bigint,
    ): Promise<void> => {
      const events = Array.from({ length: count }, () => newEvent());
      await store.append(streamId, events, expected);
      appended.push(...events.map((event) => event.eventId));
    };
    await appendTo(a, 1, 'no_stream');
    await appendTo(b, 2, 'no_stream');
    await appendTo(a, 3, 0n);
    await appendTo(c, 1, 'no_stream');
    await appendTo(b, 1, 1n);

    const pages = await readEverythingAfter(t, store, before, 3);

    const events = pages.flat();
    assertStrictlyIncreasing(
      t,
      events.map((event) => event.position),
    );
    const ours = events.filter((event) => [a, b, c].includes(event.streamId)).map((event) => event.eventId);
    t.strictSame(ours, appended, "the test's events appear exactly once, in the order they were appended");
  });

  contractCase('a readAll page past the end is empty and keeps the position', async (t, store) => {
    const streamId = freshStream();
    const { position } = await store.append(streamId, [newEvent()], 'no_stream');
    const head = await store.headPosition();
    if (head === null) throw new Error('the log holds an event');

    const page = await store.readAll({ after: head, limit: 10 });

    t.ok(head >= position);
    t.strictSame(page.events, []);
    t.equal(page.lastPosition, head);
    t.equal(page.isEnd, true);
  });

  contractCase(
    'a subscription started mid-way sees every later event once, in order, also live ones',
    async (t, store) => {
      const streamId = freshStream();
      const initial = await store.append(streamId, [newEvent(), newEvent(), newEvent()], 'no_stream');
      await store.append(streamId, [newEvent(), newEvent()], 2n);
      await store.append(streamId, [newEvent()], 4n);
      const middle = initial.events[2]?.position;
      if (middle === undefined) throw new Error('three events were appended');

      const seen: RecordedEvent[] = [];
      const caughtUp: (bigint | null)[] = [];
      const errors: Error[] = [];
      let running = 0;
      let mostRunning = 0;
      const subscription = store.subscribe(
        {
          async onEvent(event) {
            running += 1;
            mostRunning = Math.max(mostRunning, running);
            // A slow handler, so that appends land while the replay is still running.
            await sleep(2);
            if (event.streamId === streamId) seen.push(event);
            running -= 1;
          },
          onCaughtUp(position) {
            caughtUp.push(position);
          },
          onError(error) {
            errors.push(error);
          },
        },
        { after: middle },
      );
      const duringReplay = await store.append(streamId, [newEvent(), newEvent()], 5n);
      await waitUntil(() => caughtUp.length > 0, 'the subscription to catch up');
      const live = await store.append(streamId, [newEvent(), newEvent()], 7n);
      await waitUntil(() => seen.length >= 7, 'the live events');
      await sleep(50);
      await subscription.stop();

      const all = await store.readStream(streamId);
      t.strictSame(
        seen.map((event) => event.eventId),
        all.slice(3).map((event) => event.eventId),
        'every event after the start position, exactly once, in order',
      );
      t.ok(duringReplay.position < (live.events[0]?.position ?? 0n));
      t.equal(caughtUp.length, 1, 'onCaughtUp is called once');
      t.equal(typeof caughtUp[0], 'bigint');
      t.ok((caughtUp[0] ?? 0n) >= middle, 'onCaughtUp names a position at or after the start');
      t.equal(mostRunning, 1, 'the handler never runs concurrently');
      t.strictSame(errors, []);
    },
  );

  contractCase('a handler that throws stops the subscription and reports the error', async (t, store) => {
    const before = await store.headPosition();
    const streamId = freshStream();
    await store.append(streamId, [newEvent(), newEvent(), newEvent()], 'no_stream');
    const failure = new Error('handler failed');
    const seen: bigint[] = [];
    const errors: Error[] = [];

    const subscription = store.subscribe(
      {
        onEvent(event) {
          if (event.streamId !== streamId) return;
          seen.push(event.revision);
          if (event.revision === 1n) throw failure;
        },
        onError(error) {
          errors.push(error);
        },
      },
      { after: before },
    );
    await waitUntil(() => errors.length > 0, 'the error');
    await store.append(streamId, [newEvent()], 2n);
    await sleep(50);
    await subscription.stop();

    t.strictSame(seen, [0n, 1n], 'no event is delivered after the failing one');
    t.equal(errors.length, 1);
    t.equal(errors[0], failure, 'onError receives what the handler threw');
  });

  contractCase('unicode round-trips in data, reason and actor name', async (t, store) => {
    const streamId = freshStream();
    const text = 'Bærum, Ås og Østre Toten – ÆØÅ æøå 🚑👩‍⚕️ e\u0301 vs \u00e9 Ω≈ç';
    const event = newEvent({
      reason: `Endret etter møte i fagrådet: ${text}`,
      actor: { id: 'user-ø', name: 'Åse Ødegård-Ærø 👩‍⚕️', role: 'editor', organization: 'Lørenskog kommune' },
      data: { title: text, område: { navn: 'Øvre Romerike' }, list: ['æ', 'ø', 'å', '🧪'] },
    });

    await store.append(streamId, [event], 'no_stream');
    const [read] = await store.readStream(streamId);

    t.equal(read?.reason, event.reason);
    t.equal(read?.actor.name, event.actor.name);
    t.strictSame(read?.actor, event.actor);
    t.strictSame(read?.data, event.data);
    const title = (read?.data as { title?: string } | undefined)?.title ?? '';
    t.ok(title.includes('e\u0301') && title.includes('\u00e9'), 'combining marks are not normalised away');
    if (read !== undefined) t.equal(computeEventHash(read.prevHash, read), read.hash, 'the hash recomputes');
  });

  contractCase('each event chains to the previous hash and its hash recomputes', async (t, store) => {
    const streamId = freshStream();
    await store.append(streamId, [newEvent(), newEvent()], 'no_stream');
    await store.append(streamId, [newEvent()], 1n);
    await store.append(streamId, [newEvent(), newEvent(), newEvent()], 2n);

    const events = await store.readStream(streamId);

    t.equal(events.length, 6);
    events.forEach((event, index) => {
      const expectedPrev = index === 0 ? GENESIS_HASH : events[index - 1]?.hash;
      t.equal(event.prevHash, expectedPrev, `revision ${event.revision} links to its predecessor`);
      t.equal(computeEventHash(event.prevHash, event), event.hash, `revision ${event.revision} recomputes`);
    });
  });

  contractCase('revisions are 0-based and contiguous, positions strictly increase', async (t, store) => {
    const streamId = freshStream();
    await store.append(streamId, [newEvent(), newEvent()], 'no_stream');
    await Promise.all([
      store.append(freshStream(), [newEvent()], 'no_stream'),
      store.append(streamId, [newEvent()], 1n),
    ]);
    await store.append(streamId, [newEvent(), newEvent()], 2n);

    const events = await store.readStream(streamId);

    t.strictSame(
      events.map((event) => event.revision),
      [0n, 1n, 2n, 3n, 4n],
    );
    assertStrictlyIncreasing(
      t,
      events.map((event) => event.position),
    );
  });

  contractCase('recordedAt never decreases in position order', async (t, store) => {
    const before = await store.headPosition();
    await Promise.all(
      Array.from({ length: 50 }, () => store.append(freshStream(), [newEvent()], 'no_stream')),
    );
    await store.append(freshStream(), [newEvent(), newEvent()], 'no_stream');

    const events = (await readEverythingAfter(t, store, before, 20)).flat();

    t.ok(events.length >= 52);
    const decreasing = events.filter(
      (event, index) => index > 0 && event.recordedAt < (events[index - 1]?.recordedAt ?? ''),
    );
    t.strictSame(decreasing, [], 'no event is recorded before the one in front of it');
    t.ok(events.every((event) => ISO_UTC_MILLIS.test(event.recordedAt)));
  });

  contractCase(
    'readStream starts at fromRevision, and an unknown stream reads as empty',
    async (t, store) => {
      const streamId = freshStream();
      await store.append(streamId, [newEvent(), newEvent(), newEvent(), newEvent()], 'no_stream');

      const tail = await store.readStream(streamId, { fromRevision: 2n });

      t.strictSame(
        tail.map((event) => event.revision),
        [2n, 3n],
      );
      t.strictSame(await store.readStream(streamId, { fromRevision: 9n }), []);
      t.strictSame(await store.readStream(freshStream()), []);
    },
  );

  contractCase('headPosition is at least the position of the last append', async (t, store) => {
    const { position } = await store.append(freshStream(), [newEvent()], 'no_stream');

    const head = await store.headPosition();

    t.ok(head !== null && head >= position);
  });

  contractCase('an empty append checks the expected revision and appends nothing', async (t, store) => {
    const streamId = freshStream();
    await store.append(streamId, [newEvent(), newEvent()], 'no_stream');

    const result = await store.append(streamId, [], 1n);
    const conflict = await conflictOf(t, store.append(streamId, [], 0n));

    t.equal(result.revision, 1n, 'the result names the stream as it stands');
    t.strictSame(result.events, []);
    t.equal(conflict.actual, 1n);
    t.equal((await store.readStream(streamId)).length, 2);
  });

  contractCase(
    'an effectiveAt that is not an ISO 8601 instant is rejected and nothing is appended',
    async (t, store) => {
      const streamId = freshStream();
      for (const effectiveAt of [
        '2021-06-31',
        'yesterday',
        '2021-02-30T00:00:00Z',
        '2021-06-30T12:00:00',
        '',
      ]) {
        await t.rejects(
          store.append(streamId, [newEvent(), newEvent({ effectiveAt })], 'any'),
          TypeError,
          `${JSON.stringify(effectiveAt)} is rejected`,
        );
      }
      t.strictSame(await store.readStream(streamId), []);
    },
  );

  contractCase(
    'effectiveAt with an offset is stored as the same instant in UTC with milliseconds',
    async (t, store) => {
      const streamId = freshStream();

      await store.append(
        streamId,
        [
          newEvent({ effectiveAt: '2021-06-30T12:00:00+02:00' }),
          newEvent({ effectiveAt: '2021-01-01T00:00:00Z' }),
        ],
        'no_stream',
      );

      t.strictSame(
        (await store.readStream(streamId)).map((event) => event.effectiveAt),
        ['2021-06-30T10:00:00.000Z', '2021-01-01T00:00:00.000Z'],
      );
    },
  );
}

const ISO_UTC_MILLIS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
/** A server-side store may take recordedAt from a clock a little apart from the test's. */
const CLOCK_TOLERANCE_MS = 60_000;

function freshStream(): string {
  return `tiltak-${randomUUID()}`;
}

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

async function conflictOf(t: Test, append: Promise<unknown>): Promise<VersionConflict> {
  try {
    await append;
  } catch (error) {
    t.type(error, VersionConflict, 'the append is refused with a VersionConflict');
    if (error instanceof VersionConflict) return error;
    throw error;
  }
  t.fail('the append succeeded');
  throw new Error('expected a VersionConflict');
}

/** Pages readAll from `after` to the end, checking each page's own promises on the way. */
async function readEverythingAfter(
  t: Test,
  store: EventStore,
  after: bigint | null,
  limit: number,
): Promise<RecordedEvent[][]> {
  const pages: RecordedEvent[][] = [];
  let cursor = after;
  for (let guard = 0; guard < 10_000; guard += 1) {
    const page = await store.readAll({ after: cursor, limit });
    if (page.events.length > limit) t.fail(`a page holds ${page.events.length} events, more than ${limit}`);
    if (page.events.some((event) => cursor !== null && event.position <= cursor))
      t.fail('a page repeats an event');
    t.equal(
      page.lastPosition,
      page.events.at(-1)?.position ?? cursor,
      'lastPosition is where the next page starts',
    );
    pages.push(page.events);
    if (page.isEnd) return pages;
    cursor = page.lastPosition;
  }
  t.fail('readAll never reached the end');
  return pages;
}

function assertStrictlyIncreasing(t: Test, positions: bigint[]): void {
  const outOfOrder = positions.filter(
    (position, index) => index > 0 && position <= (positions[index - 1] ?? -1n),
  );
  t.strictSame(outOfOrder, [], 'positions strictly increase');
}

async function waitUntil(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}
