// The projections against hand-worked histories written through the real command handler and SQLite store.
import t, { type Test } from 'tap';
import type { CommandInput } from '../../src/domain/index.js';
import { startProjections, type Projections } from '../../src/projections/index.js';
import {
  ACTOR,
  PLAN_ID,
  TILTAK_ID,
  createPlan,
  createTiltak,
  setup,
  type Setup,
} from '../application/handler-fixtures.js';

const DAY = 86_400_000;
const tiltak = (type: string, data: Record<string, unknown> = {}): CommandInput => ({
  type,
  data: { tiltakId: TILTAK_ID, ...data },
});

interface Scenario extends Setup {
  projections: Projections;
  /** recordedAt of each step, in order: created, back-dated IN_PROGRESS, COMPLETED, moved, retraction. */
  known: string[];
  completedEventId: string;
  retractionEventId: string;
}

/**
 * The hand-worked history (recorded from 2023-01-01, one day apart):
 *   K0 create plan and tiltak (PLANNED, effective 2020-01-01, in skropelige-eldre)
 *   K1 IN_PROGRESS, effective 2020-06-01 (back-dated by years)
 *   K2 COMPLETED, effective 2021-03-01
 *   K3 moved to barn-og-unge, effective 2021-06-01
 *   K4 the COMPLETED report retracted (a wrong report)
 */
async function scenario(t: Test): Promise<Scenario> {
  const setUp = setup();
  const { store, handler, clock } = setUp;
  const projections = startProjections(store);
  t.teardown(async () => {
    await projections.stop();
    await store.close();
  });
  const known: string[] = [];
  const step = async (input: CommandInput) => {
    clock.advance(DAY);
    known.push(clock.now().toISOString());
    return handler.handle(input, { actor: ACTOR });
  };
  known.push(clock.now().toISOString());
  await createPlan(handler);
  await createTiltak(handler, 'PLANNED');
  await step(tiltak('ChangeTiltakStatus', { status: 'IN_PROGRESS', effectiveAt: '2020-06-01T00:00:00Z' }));
  const completed = await step(
    tiltak('ChangeTiltakStatus', { status: 'COMPLETED', effectiveAt: '2021-03-01T00:00:00Z' }),
  );
  await step(tiltak('MoveTiltak', { tiltaksomradeId: 'barn-og-unge', effectiveAt: '2021-06-01T00:00:00Z' }));
  const retraction = await step(
    tiltak('RetractTiltakEvent', { eventId: completed.eventIds[0], reason: 'reported for the wrong tiltak' }),
  );
  t.ok(await projections.waitForPosition(retraction.position, 5000), 'the projections reach the last write');
  return {
    ...setUp,
    projections,
    known,
    completedEventId: completed.eventIds[0] as string,
    retractionEventId: retraction.eventIds[0] as string,
  };
}

function areaOf(projections: Projections, at: { validAt?: string; knownAt?: string }): string | null {
  const plan = projections.planAt(PLAN_ID, at);
  for (const area of plan?.satsningsomrader ?? []) {
    for (const inner of area.tiltaksomrader) {
      if (inner.tiltak.some((view) => view.tiltakId === TILTAK_ID)) return inner.tiltaksomradeId;
    }
  }
  return null;
}

t.test(
  'a back-dated change shows at a date before it was recorded, but not as known before it was',
  async (t) => {
    const { projections, known } = await scenario(t);
    const validAt = '2020-12-31T12:00:00Z';
    t.equal(projections.tiltakAt(TILTAK_ID, { validAt })?.status, 'IN_PROGRESS');
    t.equal(projections.tiltakAt(TILTAK_ID, { validAt, knownAt: known[0] })?.status, 'PLANNED');
    t.equal(projections.tiltakAt(TILTAK_ID, { validAt, knownAt: known[1] })?.status, 'IN_PROGRESS');
    t.equal(projections.tiltakAt(TILTAK_ID, { validAt: '2020-05-31T23:59:59Z' })?.status, 'PLANNED');
  },
);

t.test('a retraction hides its event from the moment it is known, and not before', async (t) => {
  const { projections, known } = await scenario(t);
  const validAt = '2021-04-01T00:00:00Z';
  t.equal(projections.tiltakAt(TILTAK_ID, { validAt, knownAt: known[3] })?.status, 'COMPLETED');
  t.equal(projections.tiltakAt(TILTAK_ID, { validAt, knownAt: known[4] })?.status, 'IN_PROGRESS');
  t.equal(projections.tiltakAt(TILTAK_ID, { validAt })?.status, 'IN_PROGRESS');
});

t.test('a tiltak sits where it was then; the plan and tiltak are absent before they existed', async (t) => {
  const { projections, handler, clock } = await scenario(t);
  t.equal(areaOf(projections, { validAt: '2021-05-31T00:00:00Z' }), 'skropelige-eldre');
  t.equal(areaOf(projections, { validAt: '2021-06-01T00:00:00Z' }), 'barn-og-unge');
  t.equal(
    areaOf(projections, { validAt: '2021-05-31T00:00:00Z', knownAt: '2023-01-01T12:00:00.000Z' }),
    'skropelige-eldre',
  );
  t.equal(projections.planAt(PLAN_ID, { validAt: '2019-12-31T23:59:59Z' }), null, 'no plan before 2020');
  t.equal(
    projections.planAt(PLAN_ID, { knownAt: '2022-12-31T00:00:00Z' }),
    null,
    'nothing known before it was recorded',
  );

  clock.advance(DAY);
  const later = await handler.handle(
    {
      type: 'CreateTiltak',
      data: {
        tiltakId: 'felles-kompetanseplan',
        planId: PLAN_ID,
        tiltaksomradeId: 'barn-og-unge',
        number: '2',
        title: 'Felles kompetanseplan',
        effectiveAt: '2021-01-01T00:00:00Z',
      },
    },
    { actor: ACTOR },
  );
  await projections.waitForPosition(later.position, 5000);
  const ids = (validAt: string) =>
    (projections.planAt(PLAN_ID, { validAt })?.satsningsomrader ?? []).flatMap((area) =>
      area.tiltaksomrader.flatMap((inner) => inner.tiltak.map((view) => view.tiltakId)),
    );
  t.same(ids('2020-12-31T00:00:00Z'), [TILTAK_ID]);
  t.same(ids('2021-07-01T00:00:00Z').sort(), ['felles-kompetanseplan', TILTAK_ID].sort());
  t.equal(projections.listPlans()[0]?.tiltakCount, 2);
  t.equal(projections.listPlans({ validAt: '2020-12-31T00:00:00Z' })[0]?.tiltakCount, 1);
});

t.test('each view carries the event that last changed it and the revision known then', async (t) => {
  const { projections, known } = await scenario(t);
  const atEndOf2020 = projections.tiltakAt(TILTAK_ID, { validAt: '2020-12-31T00:00:00Z' });
  t.equal(atEndOf2020?.lastChange.type, 'TiltakStatusChanged');
  t.equal(atEndOf2020?.lastChange.effectiveAt, '2020-06-01T00:00:00.000Z');
  t.equal(atEndOf2020?.revision, 4n, 'five events recorded: revision 4');
  t.equal(projections.tiltakAt(TILTAK_ID, { knownAt: known[1] })?.revision, 1n);
  const now = projections.tiltakAt(TILTAK_ID);
  t.equal(now?.lastChange.type, 'TiltakMoved', 'the retracted report no longer counts');
  t.equal(projections.planAt(PLAN_ID)?.revision, 3n, 'plan, satsningsområde and two tiltaksområder');
});

t.test(
  'the history lists every event in valid-time order with what it changed and its retraction',
  async (t) => {
    const { projections, known, completedEventId, retractionEventId } = await scenario(t);
    const history = projections.tiltakHistory(TILTAK_ID, { limit: 100 })?.entries ?? [];
    t.same(
      history.map((entry) => [entry.type, entry.effectiveAt.slice(0, 10)]),
      [
        ['TiltakCreated', '2020-01-01'],
        ['TiltakStatusChanged', '2020-06-01'],
        ['TiltakStatusChanged', '2021-03-01'],
        ['TiltakMoved', '2021-06-01'],
        ['EventRetracted', '2023-01-05'],
      ],
    );
    t.same(history[1]?.changes, [{ field: 'status', before: 'PLANNED', after: 'IN_PROGRESS' }]);
    t.equal(history[2]?.eventId, completedEventId);
    t.equal(history[2]?.retractedBy?.eventId, retractionEventId);
    t.same(history[2]?.changes, [], 'a retracted event changed nothing');
    t.same(history[3]?.changes, [
      { field: 'tiltaksomradeId', before: 'skropelige-eldre', after: 'barn-og-unge' },
    ]);
    t.equal(history[0]?.actor.id, ACTOR.id);

    const asKnownBefore =
      projections.tiltakHistory(TILTAK_ID, { knownAt: known[3], limit: 100 })?.entries ?? [];
    t.equal(asKnownBefore.length, 4, 'the retraction was not known yet');
    t.equal(asKnownBefore[2]?.retractedBy, null);
    t.same(asKnownBefore[2]?.changes, [{ field: 'status', before: 'IN_PROGRESS', after: 'COMPLETED' }]);
    t.equal(projections.tiltakHistory('no-such-tiltak', { limit: 100 }), null);
  },
);

t.test('the audit index filters and pages by position without gaps or repeats', async (t) => {
  const { projections, store } = await scenario(t);
  const all = projections.audit({ limit: 1000 });
  t.equal(all.entries.length, Number(await store.headPosition()), 'every event, once');
  t.equal(all.nextAfter, null);
  const seen: bigint[] = [];
  let after: bigint | undefined;
  for (;;) {
    const page = projections.audit({ limit: 2, after });
    seen.push(...page.entries.map((entry) => entry.position));
    if (page.nextAfter === null) break;
    after = page.nextAfter;
  }
  t.same(
    seen,
    all.entries.map((entry) => entry.position),
    'pages of 2 add up to the whole log in order',
  );
  t.equal(projections.audit({ limit: 100, tiltakId: TILTAK_ID }).entries.length, 5);
  t.equal(projections.audit({ limit: 100, planId: PLAN_ID }).entries.length, 9, 'the plan and its tiltak');
  t.equal(projections.audit({ limit: 100, type: 'TiltakStatusChanged' }).entries.length, 2);
  t.equal(projections.audit({ limit: 100, actorId: 'someone-else' }).entries.length, 0);
  const fromSecondDay = projections.audit({
    limit: 100,
    from: '2023-01-02T00:00:00Z',
    to: '2023-01-04T00:00:00Z',
  });
  t.same(
    fromSecondDay.entries.map((entry) => entry.type),
    ['TiltakStatusChanged', 'TiltakStatusChanged'],
  );
  t.same(projections.locateEvent(all.entries[0]?.eventId ?? '')?.aggregate, 'plan');
  t.equal(projections.locateEvent('unknown'), null);
});

t.test('every event is located by its id, from the replay and from live writes alike', async (t) => {
  const { projections, store, handler } = await scenario(t);
  const replayed = startProjections(store);
  t.teardown(() => replayed.stop());
  t.equal(await replayed.waitForPosition((await store.headPosition()) ?? 0n, 5000), true);
  const written = await handler.handle(
    { type: 'ChangeTiltakStatus', data: { tiltakId: TILTAK_ID, status: 'ON_HOLD' } },
    { actor: ACTOR },
  );
  for (const model of [projections, replayed]) {
    t.equal(await model.waitForPosition(written.position, 5000), true);
    const entries = model.audit({ limit: 1000 }).entries;
    t.equal(entries.length, Number(written.position));
    for (const entry of entries) {
      const location = model.locateEvent(entry.eventId);
      t.equal(location?.streamId, entry.streamId, `${entry.type} at ${entry.position}`);
      t.equal(location?.aggregateId, entry.tiltakId ?? entry.planId);
    }
  }
});

t.test(
  'waitForPosition resolves once applied, and false after its timeout for a position never reached',
  async (t) => {
    const { projections, store } = await scenario(t);
    const head = (await store.headPosition()) as bigint;
    t.equal(await projections.waitForPosition(head, 1000), true);
    t.equal(await projections.waitForPosition(head + 100n, 50), false);
    t.equal(projections.position(), head);
  },
);

t.test(
  'a projection replayed at start is caught up and equals the one that followed the writes',
  async (t) => {
    const { projections, store } = await scenario(t);
    const replayed = startProjections(store);
    t.teardown(() => replayed.stop());
    t.equal(await replayed.waitForPosition((await store.headPosition()) as bigint, 5000), true);
    await new Promise((resolve) => setImmediate(resolve));
    t.ok(replayed.isCaughtUp());
    for (const validAt of [
      undefined,
      '2020-03-01T00:00:00Z',
      '2021-04-01T00:00:00Z',
      '2021-07-01T00:00:00Z',
    ]) {
      for (const knownAt of [undefined, '2023-01-02T12:00:00.000Z', '2023-01-04T12:00:00.000Z']) {
        t.same(
          replayed.planAt(PLAN_ID, { validAt, knownAt }),
          projections.planAt(PLAN_ID, { validAt, knownAt }),
        );
      }
    }
    t.same(
      replayed.tiltakHistory(TILTAK_ID, { limit: 100 }),
      projections.tiltakHistory(TILTAK_ID, { limit: 100 }),
    );
  },
);

t.test(
  'the replay takes current payloads as stored, but still leaves out a version or a payload it cannot read',
  async (t) => {
    const { projections, store, handler, clock } = await scenario(t);
    const before = projections.tiltakAt(TILTAK_ID);
    t.equal(before?.status, 'IN_PROGRESS');
    const unreadable = [
      // A version newer than the domain knows, and one whose payload does not match that version's schema.
      { type: 'TiltakStatusChanged', schemaVersion: 99, data: { tiltakId: TILTAK_ID, status: 'COMPLETED' } },
      { type: 'TiltakCreated', schemaVersion: 1, data: { tiltakId: TILTAK_ID } },
      // The current version, but no object to read.
      { type: 'TiltakStatusChanged', schemaVersion: 1, data: 'COMPLETED' },
    ];
    for (const [index, event] of unreadable.entries()) {
      await store.append(
        `tiltak-${TILTAK_ID}`,
        [
          {
            ...event,
            eventId: `00000000-0000-4000-8000-00000000010${index}`,
            actor: ACTOR,
            correlationId: `c-${index}`,
            source: { kind: 'api' },
          },
        ],
        'any',
      );
    }
    clock.advance(DAY);
    const created = await handler.handle(
      {
        type: 'CreateTiltak',
        data: { tiltakId: 'etter-ukjent', planId: PLAN_ID, tiltaksomradeId: 'barn-og-unge', title: 'Etter' },
      },
      { actor: ACTOR },
    );
    t.equal(await projections.waitForPosition(created.position, 5000), true);
    t.equal(projections.tiltakAt('etter-ukjent')?.title, 'Etter');
    const tiltak = projections.tiltakAt(TILTAK_ID);
    t.same(tiltak, before, 'none of the three is folded');
    const replayed = startProjections(store);
    t.teardown(() => replayed.stop());
    t.equal(await replayed.waitForPosition(created.position, 5000), true);
    t.same(replayed.tiltakAt(TILTAK_ID), tiltak, 'a replay from the start leaves out the same events');
  },
);

t.test('an event the domain cannot read is left out and the events after it still apply', async (t) => {
  const { projections, store, handler, clock } = await scenario(t);
  await store.append(
    `tiltak-${TILTAK_ID}`,
    [
      {
        eventId: '00000000-0000-4000-8000-000000000001',
        type: 'SomethingFromTheFuture',
        schemaVersion: 1,
        data: {},
        actor: ACTOR,
        correlationId: 'c-1',
        source: { kind: 'api' },
      },
    ],
    'any',
  );
  clock.advance(DAY);
  // The tiltak's own stream now holds an event no command can decide on; another tiltak's write still applies.
  const created = await handler.handle(
    {
      type: 'CreateTiltak',
      data: {
        tiltakId: 'etter-ukjent',
        planId: PLAN_ID,
        tiltaksomradeId: 'barn-og-unge',
        title: 'Etter ukjent',
      },
    },
    { actor: ACTOR },
  );
  t.equal(await projections.waitForPosition(created.position, 5000), true);
  t.equal(projections.tiltakAt('etter-ukjent')?.title, 'Etter ukjent');
  t.equal(projections.tiltakAt(TILTAK_ID)?.status, 'IN_PROGRESS', 'the tiltak keeps what it could read');
});

t.test(
  'the changes of a range come from the parsed events the histories hold, paged, as the timeline lists them',
  async (t) => {
    const { projections, known } = await scenario(t);
    const range = { from: '2020-01-01T00:00:00.000Z', to: '2022-01-01T00:00:00.000Z' };
    const timeline = projections.timeline(PLAN_ID, { ...range, interval: 'quarter' });
    const listed = (timeline?.buckets ?? []).flatMap((bucket) => bucket.changes);
    const first = projections.changes(PLAN_ID, { ...range, offset: 0, limit: 2 });
    const rest = projections.changes(PLAN_ID, { ...range, offset: 2, limit: 100 });
    t.equal(first?.total, listed.length);
    t.same([...(first?.changes ?? []), ...(rest?.changes ?? [])], listed);
    t.ok(
      listed.some((change) => change.summary.includes('Under planlegging → Pågår')),
      'a tiltak line is narrated from the parsed event',
    );
    t.notOk(
      listed.some((change) => change.summary.includes('Fullført')),
      'the retracted completion is no change now',
    );
    const earlier = projections.changes(PLAN_ID, { ...range, knownAt: known[3], offset: 0, limit: 100 });
    t.ok(
      earlier?.changes.some((change) => change.summary.includes('Pågår → Fullført')),
      'known before its retraction, the completion is a change',
    );
    t.equal(projections.changes('no-such-plan', { ...range, offset: 0, limit: 10 }), null);
  },
);

t.test('hasPlan and the state keys of the response cache answer for known plans only', async (t) => {
  const { projections } = await scenario(t);
  t.equal(projections.hasPlan(PLAN_ID), true);
  t.equal(projections.hasPlan('no-such-plan'), false);
  t.not(projections.planStateKey(PLAN_ID), null);
  t.equal(projections.planStateKey('no-such-plan'), null);
});
