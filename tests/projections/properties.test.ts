// Properties over generated data: the timeline's counts add up for any history, and a diff of a state with itself
// is empty for any plan tree.
import fc from 'fast-check';
import t from 'tap';
import { TILTAK_STATUSES, type TiltakStatus } from '../../src/domain/index.js';
import { diffPlans, type DiffExplainer } from '../../src/projections/diff/index.js';
import { buildTimeline } from '../../src/projections/timeline/index.js';
import type { PlanView, StatusCounts } from '../../src/projections/read-model.js';
import {
  AHUS,
  AS,
  grant,
  LILLESTROM,
  LORENSKOG,
  PLAN_ID,
  PlanHistory,
  planView,
  summary,
  tiltakView,
} from './fixtures.js';
import { PLAN_START } from './timeline/timeline-scenario.js';

const DAY = 86_400_000;
const START_MS = Date.parse(PLAN_START);
/** 2020-2022 in days from the plan's start. */
const SPAN_DAYS = 3 * 365;
const AREAS = ['ta-a', 'ta-b', 'ta-c'] as const;

const statusArb = fc.constantFrom<TiltakStatus>(...TILTAK_STATUSES);

type Step =
  | { kind: 'status'; day: number; status: TiltakStatus; retractAfter: boolean }
  | { kind: 'grant'; day: number; amountNok: number | null }
  | { kind: 'move'; day: number; area: (typeof AREAS)[number] };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('status' as const),
    day: fc.integer({ min: 1, max: 400 }),
    status: statusArb,
    retractAfter: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('grant' as const),
    day: fc.integer({ min: 1, max: 400 }),
    amountNok: fc.option(fc.integer({ min: 0, max: 1_000_000 })),
  }),
  fc.record({
    kind: fc.constant('move' as const),
    day: fc.integer({ min: 1, max: 400 }),
    area: fc.constantFrom(...AREAS),
  }),
);

interface TiltakSpec {
  createdDay: number;
  status: TiltakStatus | null;
  area: (typeof AREAS)[number];
  steps: Step[];
}

const tiltakArb: fc.Arbitrary<TiltakSpec> = fc.record({
  createdDay: fc.integer({ min: 0, max: SPAN_DAYS - 1 }),
  status: fc.option(statusArb),
  area: fc.constantFrom(...AREAS),
  steps: fc.array(stepArb, { maxLength: 5 }),
});

function instant(day: number, hour = 10): string {
  return new Date(START_MS + day * DAY + hour * 3_600_000).toISOString();
}

/** A generated history: a fixed plan structure, tiltak with status changes, grants, moves and some retractions. */
function historyOf(specs: TiltakSpec[]): PlanHistory {
  const history = new PlanHistory();
  const owner = { id: 'helseforetak-ahus', kind: 'helseforetak', name: 'Ahus', kommunenummer: null };
  history.plan(
    'PlanCreated',
    { title: 'Generert plan', period: { from: '2020-01-01', to: '2022-12-31' }, owner },
    PLAN_START,
  );
  history.plan('SatsningsomradeAdded', { satsningsomradeId: 'sa-1', number: 1, title: 'En' }, PLAN_START);
  history.plan('SatsningsomradeAdded', { satsningsomradeId: 'sa-2', number: 2, title: 'To' }, PLAN_START);
  for (const [index, area] of AREAS.entries()) {
    const satsningsomradeId = index === 2 ? 'sa-2' : 'sa-1';
    history.plan('TiltaksomradeAdded', { tiltaksomradeId: area, satsningsomradeId, title: area }, PLAN_START);
  }
  // Events are appended in valid-time order, so recordedAt (= effectiveAt) never decreases with position.
  const planned = specs.flatMap((spec, index) => {
    const tiltakId = `t${String(index)}`;
    return [
      { at: instant(spec.createdDay), order: 0, tiltakId, spec, step: null },
      ...spec.steps.map((step, stepIndex) => ({
        at: instant(spec.createdDay + step.day, 11),
        order: stepIndex + 1,
        tiltakId,
        spec,
        step,
      })),
    ];
  });
  planned.sort((a, b) => a.at.localeCompare(b.at) || a.order - b.order);
  const retractLater: ReturnType<PlanHistory['tiltak']>[] = [];
  let grantCount = 0;
  for (const { at, tiltakId, spec, step } of planned) {
    if (step === null) {
      history.createTiltak(
        tiltakId,
        { tiltaksomradeId: spec.area, number: tiltakId, title: tiltakId, status: spec.status },
        at,
      );
      continue;
    }
    switch (step.kind) {
      case 'status': {
        const event = history.tiltak(tiltakId, 'TiltakStatusChanged', { status: step.status }, at);
        if (step.retractAfter) retractLater.push(event);
        break;
      }
      case 'grant':
        grantCount += 1;
        history.tiltak(
          tiltakId,
          'FundingGranted',
          {
            grantId: `g${String(grantCount)}`,
            source: 'Samhandlingsmidler',
            year: 2021,
            amountNok: step.amountNok,
            decisionReference: null,
          },
          at,
        );
        break;
      case 'move':
        history.tiltak(tiltakId, 'TiltakMoved', { tiltaksomradeId: step.area }, at);
        break;
    }
  }
  for (const event of retractLater) history.retract(event, instant(SPAN_DAYS + 500));
  return history;
}

function sum(counts: StatusCounts): number {
  return counts.reduce((total, entry) => total + entry.count, 0);
}

t.test(
  'the timeline counts add up for any history: statuses sum to the tiltak count, which grows by what was created',
  async (t) => {
    t.doesNotThrow(() =>
      fc.assert(
        fc.property(
          fc.array(tiltakArb, { maxLength: 6 }),
          fc.constantFrom('month' as const, 'quarter' as const),
          fc.boolean(),
          (specs, interval, afterRetractions) => {
            const history = historyOf(specs);
            const knownAt = afterRetractions ? undefined : instant(SPAN_DAYS + 499);
            const timeline = buildTimeline({
              planId: PLAN_ID,
              from: PLAN_START,
              to: instant(SPAN_DAYS + 420, 0),
              interval,
              knownAt: knownAt ?? null,
              planAt: (validAt) => history.viewAt({ validAt, knownAt }),
              events: history.timelineEvents(knownAt),
            });
            let previous = 0;
            for (const bucket of timeline.buckets) {
              if (sum(bucket.statusCounts) !== bucket.tiltakCount) return false;
              if (bucket.tiltakCount !== previous + bucket.created) return false;
              previous = bucket.tiltakCount;
            }
            const created = timeline.buckets.reduce((total, bucket) => total + bucket.created, 0);
            const grants = timeline.buckets.reduce((total, bucket) => total + bucket.fundingGranted.count, 0);
            const changes = timeline.buckets.reduce((total, bucket) => total + bucket.changes.length, 0);
            const counting = history
              .countingEvents(knownAt)
              .filter((event) => event.effectiveAt >= PLAN_START);
            return (
              created === specs.length &&
              grants === counting.filter((event) => event.type === 'FundingGranted').length &&
              changes === counting.length
            );
          },
        ),
        { numRuns: 60 },
      ),
    );
  },
);

const partyArb = fc.subarray([AHUS, LILLESTROM, LORENSKOG, AS]);

const generatedTiltak = (tiltaksomradeId: string) =>
  fc
    .record({
      tiltakId: fc.constantFrom('t1', 't2', 't3', 't4', 't5', 't6'),
      number: fc.option(fc.constantFrom('1', '1.2', '2', '10')),
      title: fc.string({ minLength: 1, maxLength: 8 }),
      description: fc.option(fc.string({ maxLength: 8 })),
      status: fc.option(statusArb),
      responsible: partyArb,
      participants: partyArb,
      funding: fc.uniqueArray(
        fc
          .record({ grantId: fc.constantFrom('g1', 'g2', 'g3'), amountNok: fc.option(fc.nat(500_000)) })
          .map(grant),
        { selector: (one) => one.grantId, maxLength: 3 },
      ),
    })
    .map((fields) => tiltakView({ ...fields, tiltaksomradeId }));

/** A plan tree of two satsningsområder with generated tiltak; a tiltak id appears at most once. */
const planViewArb: fc.Arbitrary<PlanView> = fc
  .record({
    title: fc.string({ minLength: 1, maxLength: 8 }),
    a: fc.array(generatedTiltak('ta-a'), { maxLength: 3 }),
    b: fc.array(generatedTiltak('ta-b'), { maxLength: 3 }),
  })
  .map(({ title, a, b }) => {
    const seen = new Set<string>();
    const unique = (list: typeof a) =>
      list.filter((one) => !seen.has(one.tiltakId) && seen.add(one.tiltakId) !== undefined);
    return planView(
      [
        {
          satsningsomradeId: 'sa-1',
          number: 1,
          title: 'En',
          tiltaksomrader: [{ tiltaksomradeId: 'ta-a', title: 'A', tiltak: unique(a) }],
        },
        {
          satsningsomradeId: 'sa-2',
          number: 2,
          title: 'To',
          tiltaksomrader: [{ tiltaksomradeId: 'ta-b', title: 'B', tiltak: unique(b) }],
        },
      ],
      { title },
    );
  });

function sameEventsExplainer(view: PlanView): DiffExplainer {
  const events = [summary({ eventId: 'same' })];
  return {
    planId: view.planId,
    from: {},
    to: {},
    planEvents: () => ({ from: events, to: events }),
    tiltakEvents: () => ({ from: events, to: events }),
  };
}

function tiltakIds(view: PlanView): Set<string> {
  return new Set(
    view.satsningsomrader.flatMap((a) => a.tiltaksomrader.flatMap((b) => b.tiltak.map((c) => c.tiltakId))),
  );
}

t.test('the diff of any plan tree with itself is empty', async (t) => {
  t.doesNotThrow(() =>
    fc.assert(
      fc.property(planViewArb, (view) => {
        const diff = diffPlans(view, structuredClone(view), sameEventsExplainer(view));
        return (
          diff.plan.length === 0 &&
          diff.planEvents.length === 0 &&
          diff.added.length === 0 &&
          diff.removed.length === 0 &&
          diff.changed.length === 0
        );
      }),
      { numRuns: 200 },
    ),
  );
});

t.test(
  'between any two plan trees, added and removed are exactly the tiltak only one of them has',
  async (t) => {
    t.doesNotThrow(() =>
      fc.assert(
        fc.property(planViewArb, planViewArb, (from, to) => {
          const diff = diffPlans(from, to, sameEventsExplainer(from));
          const before = tiltakIds(from);
          const after = tiltakIds(to);
          const added = diff.added.map((entry) => entry.tiltakId).sort();
          const removed = diff.removed.map((entry) => entry.tiltakId).sort();
          const changedInBoth = diff.changed.every(
            (entry) => before.has(entry.tiltakId) && after.has(entry.tiltakId),
          );
          return (
            JSON.stringify(added) === JSON.stringify([...after].filter((id) => !before.has(id)).sort()) &&
            JSON.stringify(removed) === JSON.stringify([...before].filter((id) => !after.has(id)).sort()) &&
            changedInBoth
          );
        }),
        { numRuns: 200 },
      ),
    );
  },
);
