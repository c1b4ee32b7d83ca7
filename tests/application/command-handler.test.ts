import t from 'tap';
import { CommandHandler } from '../../src/application/index.js';
import { timeOrderedUuid } from '../../src/application/time-ordered-id.js';
import {
  CommandError,
  FundingError,
  planDecider,
  tiltakDecider,
  TiltakError,
  type CommandInput,
} from '../../src/domain/index.js';
import { VersionConflict } from '../../src/store/errors.js';
import {
  ACTOR,
  interleavedStore,
  PLAN_ID,
  TILTAK_ID,
  createPlan,
  createTiltak,
  setup,
} from './handler-fixtures.js';

const PLAN_STREAM = `plan-${PLAN_ID}`;
const TILTAK_STREAM = `tiltak-${TILTAK_ID}`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const tiltak = (type: string, data: Record<string, unknown> = {}): CommandInput => ({
  type,
  data: { tiltakId: TILTAK_ID, ...data },
});
const plan = (type: string, data: Record<string, unknown> = {}): CommandInput => ({
  type,
  data: { planId: PLAN_ID, ...data },
});

t.test('each command kind is handled: read, decided, appended, its events stored', async (t) => {
  const { store, handler, clock } = setup();
  t.teardown(() => store.close());
  const steps: { input: CommandInput; types: string[] }[] = [
    {
      input: plan('CreatePlan', {
        title: 'Handlingsplan for samhandlingen 2020-2022',
        period: { from: '2020-01-01', to: '2022-12-31' },
        owner: { kind: 'helseforetak', name: 'Ahus' },
        effectiveAt: '2020-01-01T00:00:00Z',
      }),
      types: ['PlanCreated'],
    },
    { input: plan('RevisePlan', { title: 'Handlingsplan for samhandlingen' }), types: ['PlanRevised'] },
    {
      input: plan('AddGoal', { goalId: 'effektmal-1', kind: 'effect', text: 'Økt brukertilfredshet' }),
      types: ['GoalAdded'],
    },
    {
      input: plan('ReviseGoal', { goalId: 'effektmal-1', text: 'Økt brukertilfredshet i alle kommunene' }),
      types: ['GoalRevised'],
    },
    {
      input: plan('AddSatsningsomrade', {
        satsningsomradeId: 'sarbare-grupper',
        number: 1,
        title: 'Samarbeid om de mest sårbare pasientgruppene',
        effectiveAt: '2020-01-01T00:00:00Z',
      }),
      types: ['SatsningsomradeAdded'],
    },
    {
      input: plan('ReviseSatsningsomrade', {
        satsningsomradeId: 'sarbare-grupper',
        title: 'Sårbare grupper',
      }),
      types: ['SatsningsomradeRevised'],
    },
    {
      input: plan('AddTiltaksomrade', {
        tiltaksomradeId: 'skropelige-eldre',
        satsningsomradeId: 'sarbare-grupper',
        title: 'Skrøpelige eldre',
        effectiveAt: '2020-01-01T00:00:00Z',
      }),
      types: ['TiltaksomradeAdded'],
    },
    {
      input: plan('AddTiltaksomrade', {
        tiltaksomradeId: 'barn-og-unge',
        satsningsomradeId: 'sarbare-grupper',
        title: 'Barn og unge',
        effectiveAt: '2020-01-01T00:00:00Z',
      }),
      types: ['TiltaksomradeAdded'],
    },
    {
      input: plan('ReviseTiltaksomrade', {
        tiltaksomradeId: 'barn-og-unge',
        title: 'Barn og unge (0-18 år)',
      }),
      types: ['TiltaksomradeRevised'],
    },
    { input: plan('PublishPlan', { effectiveAt: '2020-02-01T00:00:00Z' }), types: ['PlanPublished'] },
    {
      input: tiltak('CreateTiltak', {
        planId: PLAN_ID,
        tiltaksomradeId: 'skropelige-eldre',
        title: 'Integrerte helsetjenester for sårbare eldre',
        status: 'PLANNED',
        effectiveAt: '2020-03-01T00:00:00Z',
      }),
      types: ['TiltakCreated'],
    },
    { input: tiltak('ChangeTiltakStatus', { status: 'IN_PROGRESS' }), types: ['TiltakStatusChanged'] },
    {
      input: tiltak('ReassignResponsibility', { responsible: [{ kind: 'helseforetak', name: 'Ahus' }] }),
      types: ['ResponsibilityReassigned'],
    },
    {
      input: tiltak('ChangeParticipants', {
        participants: [
          { kind: 'kommune', name: 'Lillestrøm' },
          { kind: 'kommune', name: 'Ullensaker' },
        ],
      }),
      types: ['ParticipantsChanged'],
    },
    {
      input: tiltak('GrantFunding', { source: 'Samhandlingsmidler', year: 2021, amountNok: 500000 }),
      types: ['FundingGranted'],
    },
    { input: tiltak('WithdrawFunding', { grantId: 'samhandlingsmidler-2021' }), types: ['FundingWithdrawn'] },
    { input: tiltak('ReviseTiltak', { number: '1' }), types: ['TiltakRevised'] },
    { input: tiltak('MoveTiltak', { tiltaksomradeId: 'barn-og-unge' }), types: ['TiltakMoved'] },
    { input: tiltak('NoteProgress', { text: 'Styringsgruppe etablert' }), types: ['ProgressNoted'] },
  ];
  // Retractions and corrections name stored events; they have tests of their own below.
  for (const { input, types } of steps) {
    clock.advance(60_000);
    await t.test(input.type, async (t) => {
      const streamId = 'tiltakId' in (input.data as object) ? TILTAK_STREAM : PLAN_STREAM;
      const before = await store.readStream(streamId);
      const result = await handler.handle(input, { actor: ACTOR });
      const after = await store.readStream(streamId);
      t.equal(result.streamId, streamId);
      t.equal(result.revision, BigInt(after.length - 1));
      t.equal(result.position, after.at(-1)?.position);
      t.strictSame(
        after.slice(before.length).map((event) => event.type),
        types,
      );
      t.strictSame(
        after.slice(before.length).map((event) => event.eventId),
        result.eventIds,
      );
    });
  }
  const current = tiltakDecider.stateAt(await store.readStream(TILTAK_STREAM));
  t.equal(current?.status, 'IN_PROGRESS');
  t.equal(current?.tiltaksomradeId, 'barn-og-unge');
  t.equal(planDecider.stateAt(await store.readStream(PLAN_STREAM))?.publishedAt, '2020-02-01T00:00:00.000Z');
});

t.test('the handler fills the envelope: ids, actor, correlation, source, times and reason', async (t) => {
  let counter = 0;
  const { store, handler, clock } = setup({
    newId: () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
  });
  t.teardown(() => store.close());
  await createPlan(handler);
  clock.advance(1000);
  const result = await handler.handle(
    tiltak('CreateTiltak', {
      planId: PLAN_ID,
      tiltaksomradeId: 'skropelige-eldre',
      title: 'Integrerte helsetjenester',
      effectiveAt: '2020-02-01T09:00:00+01:00',
    }),
    {
      actor: ACTOR,
      source: { kind: 'import', document: 'handlingsplan-2020-2022.json', locator: 'tiltak[3]' },
      correlationId: 'request-17',
    },
  );
  const [created] = await store.readStream(TILTAK_STREAM);
  t.equal(created?.eventId, result.eventIds[0]);
  t.match(created?.eventId, UUID);
  t.strictSame(created?.actor, ACTOR);
  t.equal(created?.correlationId, 'request-17');
  t.equal(created?.causationId, 'request-17');
  t.strictSame(created?.source, {
    kind: 'import',
    document: 'handlingsplan-2020-2022.json',
    locator: 'tiltak[3]',
  });
  t.equal(created?.effectiveAt, '2020-02-01T08:00:00.000Z');
  t.equal(created?.recordedAt, clock.now().toISOString());

  clock.advance(1000);
  await handler.handle(tiltak('ChangeTiltakStatus', { status: 'UNKNOWN', reason: 'Ingen rapport mottatt' }), {
    actor: ACTOR,
  });
  const changed = (await store.readStream(TILTAK_STREAM)).at(-1);
  t.equal(changed?.effectiveAt, changed?.recordedAt, 'without effectiveAt it takes effect when recorded');
  t.equal(changed?.reason, 'Ingen rapport mottatt');
  t.strictSame(changed?.source, { kind: 'api' });
  t.match(changed?.correlationId, UUID, 'a correlation id is generated when none is given');
});

t.test('event ids are time-ordered uuids (version 7) unless a test injects its own', async (t) => {
  const { store, handler } = setup();
  t.teardown(() => store.close());
  const before = Date.now();
  await createPlan(handler);
  await createTiltak(handler);
  const after = Date.now();
  const events = (await store.readAll({ limit: 1000 })).events;
  t.ok(events.length >= 5, "the plan's events and the tiltak's");
  for (const { eventId, correlationId } of events) {
    t.match(eventId, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const madeMs = parseInt(eventId.replaceAll('-', '').slice(0, 12), 16);
    t.ok(madeMs >= before && madeMs <= after, 'its first 48 bits are the millisecond it was made');
    t.match(correlationId, /^[0-9a-f]{8}-[0-9a-f]{4}-7/);
  }
  t.equal(new Set(events.map((event) => event.eventId)).size, events.length, 'each its own');
  t.equal(timeOrderedUuid(0x0123456789ab).slice(0, 15), '01234567-89ab-7', 'the time, then the version');
  t.ok(timeOrderedUuid(2) < timeOrderedUuid(3), 'a later millisecond sorts after');
});

t.test('a tiltak command reads its plan: the tiltaksområde must exist there', async (t) => {
  const { store, handler } = setup();
  t.teardown(() => store.close());
  await createPlan(handler);
  await t.rejects(
    handler.handle(
      tiltak('CreateTiltak', { planId: PLAN_ID, tiltaksomradeId: 'kompetansebroen', title: 'Videreutvikle' }),
      { actor: ACTOR },
    ),
    TiltakError,
  );
  await createTiltak(handler);
  await t.rejects(
    handler.handle(tiltak('GrantFunding', { source: 'Samhandlingsmidler', year: 2025 }), { actor: ACTOR }),
    FundingError,
    'the plan period is read from the plan stream',
  );
});

t.test(
  'a tiltak command asks the store once whether others wrote: its plan is read as of its tiltak',
  async (t) => {
    const { clock, inner, store } = interleavedStore(t);
    const reads: [string, boolean][] = [];
    store.readStream = (streamId, options) => {
      reads.push([streamId, options?.asOfPreviousRead ?? false]);
      return inner.readStream(streamId, options);
    };
    const handler = new CommandHandler({ store, clock: clock.now });
    await createPlan(handler);
    await createTiltak(handler);
    reads.length = 0;
    await handler.handle(tiltak('NoteProgress', { text: 'Godt i gang' }), { actor: ACTOR });
    t.same(reads, [
      [TILTAK_STREAM, false],
      [PLAN_STREAM, true],
    ]);
  },
);

t.test('a broken rule or bad input appends nothing', async (t) => {
  const { store, handler } = setup();
  t.teardown(() => store.close());
  await createPlan(handler);
  await createTiltak(handler, 'COMPLETED');
  const head = await store.headPosition();
  const reopen = handler.handle(tiltak('ChangeTiltakStatus', { status: 'IN_PROGRESS' }), { actor: ACTOR });
  await t.rejects(reopen, TiltakError);
  await reopen.catch((error: unknown) => t.equal((error as TiltakError).code, 'TILTAK.REOPEN_NEEDS_REASON'));
  const bad = handler.handle(tiltak('ChangeTiltakStatus', { status: 'IN_PROGRESS', extra: true }), {
    actor: ACTOR,
  });
  await t.rejects(bad, CommandError);
  const future = handler.handle(
    tiltak('NoteProgress', { text: 'Fra framtiden', effectiveAt: '2099-01-01T00:00:00Z' }),
    { actor: ACTOR },
  );
  await future.catch((error: unknown) =>
    t.equal((error as CommandError).code, 'COMMAND.EFFECTIVE_IN_FUTURE'),
  );
  t.equal(await store.headPosition(), head);
});

t.test('a back-dated status change is checked against the tiltak at its effectiveAt', async (t) => {
  const { store, handler, clock } = setup();
  t.teardown(() => store.close());
  await createPlan(handler);
  await createTiltak(handler);
  await handler.handle(
    tiltak('ChangeTiltakStatus', { status: 'COMPLETED', effectiveAt: '2021-03-01T00:00:00Z' }),
    {
      actor: ACTOR,
    },
  );
  clock.advance(86_400_000);
  // Against the current COMPLETED this would be a reopening needing a reason; on 2020-06-01 it was PLANNED.
  await handler.handle(
    tiltak('ChangeTiltakStatus', { status: 'IN_PROGRESS', effectiveAt: '2020-06-01T00:00:00Z' }),
    { actor: ACTOR },
  );
  const stream = await store.readStream(TILTAK_STREAM);
  t.equal(tiltakDecider.stateAt(stream, { validAt: '2020-05-31T00:00:00Z' })?.status, 'PLANNED');
  t.equal(tiltakDecider.stateAt(stream, { validAt: '2020-06-01T00:00:00Z' })?.status, 'IN_PROGRESS');
  t.equal(tiltakDecider.stateAt(stream)?.status, 'COMPLETED');
  const recordedAt = stream.at(-1)?.recordedAt ?? '';
  t.equal(
    tiltakDecider.stateAt(stream, {
      validAt: '2020-06-01T00:00:00Z',
      knownAt: new Date(Date.parse(recordedAt) - 1).toISOString(),
    })?.status,
    'PLANNED',
    'before it was recorded, 2020-06-01 read PLANNED',
  );
});

t.test('If-Match: the command is appended only at the revision the caller saw', async (t) => {
  const { store, handler } = setup();
  t.teardown(() => store.close());
  await createPlan(handler);
  const created = await createTiltak(handler);
  const ok = await handler.handle(tiltak('NoteProgress', { text: 'Første notat' }), {
    actor: ACTOR,
    expectedRevision: created.revision,
  });
  t.equal(ok.revision, created.revision + 1n);
  const head = await store.headPosition();
  const stale = handler.handle(tiltak('NoteProgress', { text: 'Andre notat' }), {
    actor: ACTOR,
    expectedRevision: created.revision,
  });
  await t.rejects(stale, VersionConflict);
  await stale.catch((error: unknown) => {
    t.equal((error as VersionConflict).expected, created.revision);
    t.equal((error as VersionConflict).actual, ok.revision);
  });
  t.equal(await store.headPosition(), head, 'nothing appended');
  await t.rejects(
    handler.handle(
      { type: 'NoteProgress', data: { tiltakId: 'finnes-ikke', text: 'Notat' } },
      { actor: ACTOR, expectedRevision: 0n },
    ),
    VersionConflict,
    'If-Match on a stream that does not exist',
  );
});

t.test('If-Match wins over a broken rule: a stale precondition is reported as such', async (t) => {
  const { store, handler } = setup();
  t.teardown(() => store.close());
  await createPlan(handler);
  await createTiltak(handler);
  await handler.handle(tiltak('ChangeTiltakStatus', { status: 'IN_PROGRESS' }), { actor: ACTOR });
  await t.rejects(
    handler.handle(tiltak('ChangeTiltakStatus', { status: 'IN_PROGRESS' }), {
      actor: ACTOR,
      expectedRevision: 0n,
    }),
    VersionConflict,
  );
});

t.test(
  'with If-Match, a concurrent write between read and append surfaces as VersionConflict, unretried',
  async (t) => {
    const { clock, inner, store } = interleavedStore(t);
    const handler = new CommandHandler({ store, clock: clock.now, retryDelayMs: () => 0 });
    const other = new CommandHandler({ store: inner, clock: clock.now });
    await createPlan(handler);
    const created = await createTiltak(handler);
    store.interleave(1, async () => {
      await other.handle(tiltak('NoteProgress', { text: 'Fra en annen server' }), { actor: ACTOR });
    });
    const appendsBefore = store.appendCalls;
    await t.rejects(
      handler.handle(tiltak('NoteProgress', { text: 'Mitt notat' }), {
        actor: ACTOR,
        expectedRevision: created.revision,
      }),
      VersionConflict,
    );
    t.equal(store.appendCalls - appendsBefore, 1, 'no retry');
  },
);

t.test('without If-Match, a concurrent write is retried on a fresh read and both land', async (t) => {
  const { clock, inner, store } = interleavedStore(t);
  const handler = new CommandHandler({ store, clock: clock.now, retryDelayMs: () => 0 });
  const other = new CommandHandler({ store: inner, clock: clock.now });
  await createPlan(handler);
  await createTiltak(handler);
  store.interleave(2, async () => {
    await other.handle(tiltak('NoteProgress', { text: 'Fra en annen server' }), { actor: ACTOR });
  });
  const appendsBefore = store.appendCalls;
  const result = await handler.handle(tiltak('NoteProgress', { text: 'Mitt notat' }), { actor: ACTOR });
  t.equal(store.appendCalls - appendsBefore, 3, 'two conflicts, then success');
  const notes = tiltakDecider.stateAt(await inner.readStream(TILTAK_STREAM))?.notes.map((note) => note.text);
  t.strictSame(notes, ['Fra en annen server', 'Fra en annen server', 'Mitt notat']);
  t.equal(result.revision, 3n);
});

t.test('retries are bounded: after maxRetries conflicts the VersionConflict surfaces', async (t) => {
  const { clock, inner, store } = interleavedStore(t);
  const handler = new CommandHandler({ store, clock: clock.now, retryDelayMs: () => 0, maxRetries: 5 });
  const other = new CommandHandler({ store: inner, clock: clock.now });
  await createPlan(handler);
  await createTiltak(handler);
  store.interleave(100, async () => {
    await other.handle(tiltak('NoteProgress', { text: 'Fra en annen server' }), { actor: ACTOR });
  });
  const appendsBefore = store.appendCalls;
  await t.rejects(
    handler.handle(tiltak('NoteProgress', { text: 'Mitt notat' }), { actor: ACTOR }),
    VersionConflict,
  );
  t.equal(store.appendCalls - appendsBefore, 6, 'one attempt and five retries');
});

t.test('20 concurrent progress notes on one tiltak all land, each at its own revision', async (t) => {
  const { store, handler } = setup();
  t.teardown(() => store.close());
  await createPlan(handler);
  await createTiltak(handler);
  const results = await Promise.all(
    Array.from({ length: 20 }, (_, index) =>
      handler.handle(tiltak('NoteProgress', { text: `Notat ${index + 1}` }), { actor: ACTOR }),
    ),
  );
  t.strictSame(
    results.map((result) => result.revision).sort((a, b) => (a < b ? -1 : 1)),
    Array.from({ length: 20 }, (_, index) => BigInt(index + 1)),
  );
  t.equal(tiltakDecider.stateAt(await store.readStream(TILTAK_STREAM))?.notes.length, 20);
});

t.test(
  'commands queued on one stream are decided at their turn: a change "as of now" after another is not back-dated',
  async (t) => {
    const { clock, inner, store } = interleavedStore(t);
    const handler = new CommandHandler({ store, clock: clock.now });
    await createPlan(handler);
    await createTiltak(handler);
    await handler.handle(tiltak('ChangeTiltakStatus', { status: 'IN_PROGRESS' }), { actor: ACTOR });
    // The clock moves while the second command waits: the first is recorded 5 ms after both were parsed.
    store.interleave(2, () => {
      clock.advance(5);
      return Promise.resolve();
    });
    let wholeReads = 0;
    const read = store.readStream;
    store.readStream = (streamId, options) => {
      if (streamId === TILTAK_STREAM && options?.fromRevision === undefined) wholeReads += 1;
      return read(streamId, options);
    };
    const [first, second] = await Promise.all([
      handler.handle(tiltak('ChangeTiltakStatus', { status: 'ON_HOLD' }), { actor: ACTOR }),
      handler.handle(tiltak('ChangeTiltakStatus', { status: 'IN_PROGRESS' }), { actor: ACTOR }),
    ]);
    t.equal(second.revision, first.revision + 1n, 'the second lands after the first');
    const events = await inner.readStream(TILTAK_STREAM);
    const [onHold, back] = events.slice(-2);
    t.ok(
      onHold !== undefined &&
        back !== undefined &&
        Date.parse(back.effectiveAt) >= Date.parse(onHold.effectiveAt),
      'the second is effective when it was recorded, after the first',
    );
    t.equal(
      tiltakDecider.stateAt(events)?.status,
      'IN_PROGRESS',
      'and flips the first back, as it was sent to',
    );
    t.equal(wholeReads, 0, 'both decided on the folds, neither stream read whole');
  },
);

t.test(
  '20 concurrent notes from two handlers sharing a store (two API replicas) all land by retrying',
  async (t) => {
    const { clock, inner, store } = interleavedStore(t);
    const replicaA = new CommandHandler({ store, clock: clock.now });
    const replicaB = new CommandHandler({ store, clock: clock.now });
    await createPlan(replicaA);
    await createTiltak(replicaA);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        (index % 2 === 0 ? replicaA : replicaB).handle(
          tiltak('NoteProgress', { text: `Notat ${index + 1}` }),
          {
            actor: ACTOR,
          },
        ),
      ),
    );
    t.equal(new Set(results.map((result) => result.revision)).size, 20);
    t.equal(tiltakDecider.stateAt(await inner.readStream(TILTAK_STREAM))?.notes.length, 20);
    t.comment(`${store.rejectedAppends} appends were refused as conflicts and retried`);
  },
);

t.test('a retraction, and a correction appended as retraction plus right event in one append', async (t) => {
  const { store, handler, clock } = setup();
  t.teardown(() => store.close());
  await createPlan(handler);
  await createTiltak(handler);
  const granted = await handler.handle(
    tiltak('GrantFunding', {
      source: 'Samhandlingsmidler',
      year: 2021,
      amountNok: 500000,
      effectiveAt: '2021-03-01T00:00:00Z',
    }),
    { actor: ACTOR },
  );
  clock.advance(86_400_000);
  const correction = await handler.handle(
    tiltak('CorrectTiltakEvent', {
      eventId: granted.eventIds[0],
      reason: 'Vedtaket var på 300 000 kr',
      replacement: {
        type: 'GrantFunding',
        data: { source: 'Samhandlingsmidler', year: 2021, amountNok: 300000 },
      },
    }),
    { actor: ACTOR, correlationId: 'request-42' },
  );
  t.equal(correction.eventIds.length, 2);
  t.equal(correction.revision, granted.revision + 2n);
  const stream = await store.readStream(TILTAK_STREAM);
  const appended = stream.slice(-2);
  t.strictSame(
    appended.map((event) => event.type),
    ['EventRetracted', 'FundingGranted'],
  );
  t.ok(
    appended.every(
      (event) => event.correlationId === 'request-42' && event.recordedAt === appended[0]?.recordedAt,
    ),
    'one append: one correlation id, one recordedAt',
  );
  t.strictSame(
    tiltakDecider.stateAt(stream)?.funding.map((grant) => grant.amountNok),
    [300000],
  );
  const grantedAt = stream.find((event) => event.eventId === granted.eventIds[0])?.recordedAt;
  t.strictSame(
    tiltakDecider.stateAt(stream, { knownAt: grantedAt })?.funding.map((grant) => grant.amountNok),
    [500000],
    'as known before the correction',
  );

  clock.advance(1000);
  const note = await handler.handle(tiltak('NoteProgress', { text: 'Feil tiltak' }), { actor: ACTOR });
  const retraction = await handler.handle(
    tiltak('RetractTiltakEvent', { eventId: note.eventIds[0], reason: 'Notatet gjaldt et annet tiltak' }),
    { actor: ACTOR },
  );
  t.equal(retraction.eventIds.length, 1);
  t.strictSame(tiltakDecider.stateAt(await store.readStream(TILTAK_STREAM))?.notes, []);

  await t.rejects(
    handler.handle(tiltak('RetractTiltakEvent', { eventId: note.eventIds[0], reason: 'To ganger' }), {
      actor: ACTOR,
    }),
    { code: 'RETRACTION.ALREADY_RETRACTED' },
  );
  const planEventId = (await store.readStream(PLAN_STREAM))[1]?.eventId;
  await t.rejects(
    handler.handle(tiltak('RetractTiltakEvent', { eventId: planEventId, reason: 'Feil strøm' }), {
      actor: ACTOR,
    }),
    { code: 'RETRACTION.EVENT_NOT_IN_STREAM' },
  );
});

t.test('a plan event is retracted through the handler', async (t) => {
  const { store, handler } = setup();
  t.teardown(() => store.close());
  await createPlan(handler);
  const goal = await handler.handle(plan('AddGoal', { goalId: 'mal-1', kind: 'overall', text: 'Feil mål' }), {
    actor: ACTOR,
  });
  await handler.handle(
    plan('RetractPlanEvent', { eventId: goal.eventIds[0], reason: 'Lagt inn to ganger' }),
    {
      actor: ACTOR,
    },
  );
  t.strictSame(planDecider.stateAt(await store.readStream(PLAN_STREAM))?.goals, []);
});

t.test(
  'a command repeated with the same event-id seed returns its first append and appends nothing',
  async (t) => {
    const { store, handler, clock } = setup();
    t.teardown(() => store.close());
    await createPlan(handler);
    await createTiltak(handler);
    const change = tiltak('ChangeTiltakStatus', { status: 'IN_PROGRESS' });
    const first = await handler.handle(change, { actor: ACTOR, eventIdSeed: 'token-1:key-1' });
    clock.advance(1000);
    const head = await store.headPosition();
    const again = await handler.handle(change, { actor: ACTOR, eventIdSeed: 'token-1:key-1' });
    t.same(
      again,
      { ...first, replayed: true },
      'the same revision, position and event ids, marked as a replay',
    );
    t.equal(first.replayed, false, 'the first answer is not a replay');
    t.equal(await store.headPosition(), head, 'nothing appended');
    t.match(first.eventIds[0], UUID);

    const other = await handler.handle(tiltak('ChangeTiltakStatus', { status: 'ON_HOLD' }), {
      actor: ACTOR,
      eventIdSeed: 'token-1:key-2',
    });
    t.equal(other.revision, first.revision + 1n, 'another seed is another command');
    t.not(other.eventIds[0], first.eventIds[0]);
  },
);
