// Property: for generated histories, the live projection, a rebuild from the store and the domain's own folds agree
// at every (validAt, knownAt).
import fc from 'fast-check';
import t, { type Test } from 'tap';
import { DomainError, TILTAK_STATUSES, tiltakDecider, type CommandInput } from '../../src/domain/index.js';
import { startProjections, type Projections, type TiltakView } from '../../src/projections/index.js';
import { ACTOR, PLAN_ID, createPlan, setup } from '../application/handler-fixtures.js';

const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 40);
const DAY = 86_400_000;
const PLAN_START = Date.parse('2020-01-01T00:00:00Z');
const TILTAK_IDS = ['tiltak-a', 'tiltak-b', 'tiltak-c'] as const;
const AREAS = ['barn-og-unge', 'skropelige-eldre'] as const;

type Step =
  | { kind: 'status'; tiltak: number; status: (typeof TILTAK_STATUSES)[number]; day: number; reason: boolean }
  | { kind: 'move'; tiltak: number; area: number; day: number }
  | { kind: 'note'; tiltak: number; day: number }
  | { kind: 'retract'; tiltak: number; pick: number }
  | { kind: 'funding'; tiltak: number; year: number; amount: number | null; day: number };

const tiltakIndex = fc.integer({ min: 0, max: TILTAK_IDS.length - 1 });
const day = fc.integer({ min: 0, max: 1100 });
const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('status' as const),
    tiltak: tiltakIndex,
    status: fc.constantFrom(...TILTAK_STATUSES),
    day,
    reason: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('move' as const),
    tiltak: tiltakIndex,
    area: fc.integer({ min: 0, max: 1 }),
    day,
  }),
  fc.record({ kind: fc.constant('note' as const), tiltak: tiltakIndex, day }),
  fc.record({ kind: fc.constant('retract' as const), tiltak: tiltakIndex, pick: fc.nat() }),
  fc.record({
    kind: fc.constant('funding' as const),
    tiltak: tiltakIndex,
    year: fc.integer({ min: 2020, max: 2022 }),
    amount: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: null }),
    day,
  }),
);

const effective = (days: number) => new Date(PLAN_START + days * DAY).toISOString();

function command(
  step: Step,
  stream: readonly { eventId: string; type: string }[],
  index: number,
): CommandInput {
  const tiltakId = TILTAK_IDS[step.tiltak] as string;
  switch (step.kind) {
    case 'status':
      return {
        type: 'ChangeTiltakStatus',
        data: {
          tiltakId,
          status: step.status,
          effectiveAt: effective(step.day),
          ...(step.reason ? { reason: 'ny vurdering' } : {}),
        },
      };
    case 'move':
      return {
        type: 'MoveTiltak',
        data: { tiltakId, tiltaksomradeId: AREAS[step.area], effectiveAt: effective(step.day) },
      };
    case 'note':
      return {
        type: 'NoteProgress',
        data: { tiltakId, text: `Notat ${index}`, effectiveAt: effective(step.day) },
      };
    case 'funding':
      return {
        type: 'GrantFunding',
        data: {
          tiltakId,
          grantId: `grant-${index}`,
          source: 'Samhandlingsmidler',
          year: step.year,
          amountNok: step.amount,
          effectiveAt: effective(step.day),
        },
      };
    case 'retract': {
      const candidates = stream.filter(
        (event) => event.type !== 'TiltakCreated' && event.type !== 'EventRetracted',
      );
      const target = candidates[step.pick % Math.max(candidates.length, 1)];
      return {
        type: 'RetractTiltakEvent',
        data: {
          tiltakId,
          eventId: target?.eventId ?? '00000000-0000-4000-8000-000000000000',
          reason: 'feil',
        },
      };
    }
  }
}

/**
 * planStateKey names the state planAt answers with: any two points with equal keys must get equal plans. The
 * points sit on and just before every effective and recorded instant of the history, where states change.
 */
function samePlanForSameKey(
  t: Test,
  projections: Projections,
  log: { events: readonly { effectiveAt: string; recordedAt: string }[] },
  probes: readonly (readonly [number, number | undefined])[],
): number {
  const before = (instant: string) => new Date(Date.parse(instant) - 1).toISOString();
  const validAts = [
    undefined,
    ...probes.map(([dayOffset]) => effective(dayOffset)),
    ...log.events.flatMap((event) => [event.effectiveAt, before(event.effectiveAt)]),
  ];
  const knownAts = [
    undefined,
    ...probes.flatMap(([, pick]) => {
      const event = pick === undefined ? undefined : log.events[pick % log.events.length];
      return event === undefined ? [] : [event.recordedAt, before(event.recordedAt)];
    }),
  ];
  const firstByKey = new Map<string, { at: object; plan: unknown }>();
  const mismatches: object[] = [];
  let shared = 0;
  for (const knownAt of knownAts) {
    for (const validAt of validAts) {
      const at = { validAt, knownAt };
      const key = projections.planStateKey(PLAN_ID, at);
      if (key === null) continue;
      const id = `${key.version}/${key.knownCount}/${key.effectiveCount}`;
      const plan = projections.planAt(PLAN_ID, at);
      const first = firstByKey.get(id);
      if (first === undefined) firstByKey.set(id, { at, plan });
      else if (JSON.stringify(first.plan, bigints) === JSON.stringify(plan, bigints)) shared += 1;
      else mismatches.push({ key: id, first: first.at, second: at });
    }
  }
  t.same(mismatches, [], 'points with the same plan state key get the same plan');
  return shared;
}

const bigints = (_key: string, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value);

function stateOf(view: TiltakView | null) {
  if (view === null) return null;
  // The view adds each note's author (from the envelope), which the domain's state does not keep.
  const { revision: _revision, lastChange: _lastChange, notes, ...state } = view;
  return { ...state, notes: notes.map(({ author: _author, ...note }) => note) };
}

t.test(
  'live projection, rebuild and the domain fold agree at every point of generated histories',
  async (t) => {
    let compared = 0;
    let keyedPoints = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 3, maxLength: 3 }),
        fc.array(stepArbitrary, { minLength: 1, maxLength: 25 }),
        fc.array(fc.tuple(fc.integer({ min: -30, max: 1200 }), fc.option(fc.nat(), { nil: undefined })), {
          minLength: 4,
          maxLength: 8,
        }),
        // Short spacings put checkpoints inside these short histories; a misplaced one shows.
        fc.integer({ min: 1, max: 5 }),
        async (createdOn, steps, probes, checkpointEvery) => {
          const { store, handler, clock } = setup();
          const live: Projections = startProjections(store, { checkpointEvery });
          try {
            await createPlan(handler);
            for (const [index, tiltakId] of TILTAK_IDS.entries()) {
              clock.advance(60_000);
              await handler.handle(
                {
                  type: 'CreateTiltak',
                  data: {
                    tiltakId,
                    planId: PLAN_ID,
                    tiltaksomradeId: AREAS[index % 2],
                    title: `Tiltak ${tiltakId}`,
                    effectiveAt: effective(createdOn[index] ?? 0),
                  },
                },
                { actor: ACTOR },
              );
            }
            for (const [index, step] of steps.entries()) {
              clock.advance(60_000);
              const stream = await store.readStream(`tiltak-${TILTAK_IDS[step.tiltak] as string}`);
              try {
                await handler.handle(command(step, stream, index), { actor: ACTOR });
              } catch (error) {
                // A generated command the domain refuses records nothing; the histories stay valid.
                if (!(error instanceof DomainError)) throw error;
              }
              // Reading while the writes arrive builds the live index early, so later writes extend or invalidate it.
              live.tiltakAt(TILTAK_IDS[step.tiltak] as string);
            }
            const head = (await store.headPosition()) as bigint;
            if (!(await live.waitForPosition(head, 5000))) return false;
            const rebuilt = startProjections(store);
            try {
              if (!(await rebuilt.waitForPosition(head, 5000))) return false;
              const streams = new Map<string, Awaited<ReturnType<typeof store.readStream>>>();
              for (const tiltakId of TILTAK_IDS)
                streams.set(tiltakId, await store.readStream(`tiltak-${tiltakId}`));
              const recorded = (await store.readAll({ limit: 10_000 })).events.map(
                (event) => event.recordedAt,
              );
              // Every validAt is asked both as known now (the valid-time index) and as known at a recorded instant.
              const points = probes.flatMap(([dayOffset, knownPick]) => [
                { validAt: effective(dayOffset), knownAt: undefined },
                {
                  validAt: effective(dayOffset),
                  knownAt: knownPick === undefined ? undefined : recorded[knownPick % recorded.length],
                },
              ]);
              for (const { validAt, knownAt } of points) {
                for (const tiltakId of TILTAK_IDS) {
                  const expected = tiltakDecider.stateAt(streams.get(tiltakId) ?? [], {
                    validAt,
                    knownAt,
                  });
                  const fromLive = stateOf(live.tiltakAt(tiltakId, { validAt, knownAt }));
                  const fromRebuild = stateOf(rebuilt.tiltakAt(tiltakId, { validAt, knownAt }));
                  t.same(
                    fromLive,
                    expected,
                    `live = domain fold for ${tiltakId} at ${validAt} known ${String(knownAt)}`,
                  );
                  t.same(fromRebuild, fromLive, 'rebuild = live');
                  compared += 1;
                }
                t.same(
                  rebuilt.planAt(PLAN_ID, { validAt, knownAt }),
                  live.planAt(PLAN_ID, { validAt, knownAt }),
                );
              }
              keyedPoints += samePlanForSameKey(t, live, await store.readAll({ limit: 10_000 }), probes);
            } finally {
              await rebuilt.stop();
            }
            return true;
          } finally {
            await live.stop();
            await store.close();
          }
        },
      ),
      { numRuns: RUNS },
    );
    t.comment(`${RUNS} generated histories, ${compared} (tiltak, validAt, knownAt) points compared`);
    t.comment(`${keyedPoints} points shared a plan state key with an earlier point and got its plan`);
  },
);
