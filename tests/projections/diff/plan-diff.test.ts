import t from 'tap';
import { diffPlans, type DiffExplainer } from '../../../src/projections/diff/index.js';
import type { TemporalQuery } from '../../../src/projections/read-model.js';
import {
  AHUS,
  grant,
  LILLESTROM,
  LORENSKOG,
  PLAN_ID,
  planView,
  summary,
  tiltakView,
  type PlanHistory,
} from '../fixtures.js';
import { noon, scenario } from '../timeline/timeline-scenario.js';

const END_OF_2020 = '2020-12-31T22:59:59.999Z';
const END_OF_JUNE_2021 = '2021-06-30T21:59:59.999Z';

function explainer(history: PlanHistory, from: TemporalQuery, to: TemporalQuery): DiffExplainer {
  const pair = (streamId: string) => ({
    from: history.countingEventsOf(streamId, from),
    to: history.countingEventsOf(streamId, to),
  });
  return {
    planId: history.planId,
    from,
    to,
    planEvents: () => pair(`plan-${history.planId}`),
    tiltakEvents: (tiltakId) => pair(`tiltak-${tiltakId}`),
  };
}

function diffOf(history: PlanHistory, from: TemporalQuery, to: TemporalQuery) {
  return diffPlans(history.viewAt(from), history.viewAt(to), explainer(history, from, to));
}

function ids(events: readonly { eventId: string }[]): string[] {
  return events.map((event) => event.eventId);
}

function eventIdOf(history: PlanHistory, tiltakId: string, type: string, effectiveAt?: string): string {
  const found = history.events.find(
    (event) =>
      event.tiltakId === tiltakId &&
      event.type === type &&
      (effectiveAt === undefined || event.effectiveAt === effectiveAt),
  );
  if (found === undefined) throw new Error(`no ${type} of ${tiltakId}`);
  return found.eventId;
}

t.test(
  'between two valid times: tiltak added, and changed field by field with the events that explain it',
  async (t) => {
    const { history, t1Completed, t2Discontinued } = scenario();
    const diff = diffOf(history, { validAt: END_OF_2020 }, { validAt: END_OF_JUNE_2021 });
    t.equal(diff.planId, PLAN_ID);
    t.same(diff.from, { validAt: END_OF_2020 });
    t.same(diff.to, { validAt: END_OF_JUNE_2021 });
    t.same(diff.plan, []);
    t.same(diff.planEvents, []);
    t.same(diff.removed, []);
    t.same(
      diff.added.map((entry) => ({ ...entry, events: ids(entry.events) })),
      [
        {
          tiltakId: 't3',
          number: '1.2',
          title: 'Hjemmebasert oppfølging',
          events: [
            eventIdOf(history, 't3', 'TiltakCreated'),
            eventIdOf(history, 't3', 'TiltakMoved'),
            eventIdOf(history, 't3', 'FundingGranted'),
          ],
          eventCount: 3,
        },
        {
          tiltakId: 't4',
          number: '1.3',
          title: 'Utskrivningsrutiner',
          events: [eventIdOf(history, 't4', 'TiltakCreated')],
          eventCount: 1,
        },
      ],
    );
    t.same(
      diff.changed.map((entry) => ({
        tiltakId: entry.tiltakId,
        changes: entry.changes,
        events: ids(entry.events),
      })),
      [
        {
          tiltakId: 't1',
          changes: [{ field: 'status', before: 'IN_PROGRESS', after: 'COMPLETED' }],
          events: [t1Completed.eventId],
        },
        {
          tiltakId: 't2',
          changes: [
            { field: 'status', before: 'IN_PROGRESS', after: 'DISCONTINUED' },
            {
              field: 'funding.g2',
              before: null,
              after: {
                grantId: 'g2',
                source: 'Samhandlingsmidler',
                year: 2021,
                amountNok: null,
                decisionReference: null,
                grantedAt: noon('2021-01-20'),
                withdrawnAt: null,
              },
            },
          ],
          events: [eventIdOf(history, 't2', 'FundingGranted'), t2Discontinued.eventId],
        },
      ],
    );
  },
);

t.test('going back in valid time, the later tiltak are removed and the changes run backwards', async (t) => {
  const { history, t1Completed } = scenario();
  const diff = diffOf(history, { validAt: END_OF_JUNE_2021 }, { validAt: END_OF_2020 });
  t.same(
    diff.removed.map((entry) => entry.tiltakId),
    ['t3', 't4'],
  );
  t.same(diff.added, []);
  t.same(diff.changed[0]?.changes, [{ field: 'status', before: 'COMPLETED', after: 'IN_PROGRESS' }]);
  t.same(ids(diff.changed[0]?.events ?? []), [t1Completed.eventId]);
});

t.test('between two knownAt: a back-dated report is the only change, explained by that report', async (t) => {
  const { history, t2Discontinued } = scenario();
  const diff = diffOf(
    history,
    { knownAt: '2021-09-01T00:00:00.000Z' },
    { knownAt: '2021-10-02T00:00:00.000Z' },
  );
  t.same(diff.added, []);
  t.same(diff.removed, []);
  t.same(
    diff.changed.map((entry) => ({
      tiltakId: entry.tiltakId,
      changes: entry.changes,
      events: ids(entry.events),
    })),
    [
      {
        tiltakId: 't2',
        changes: [{ field: 'status', before: 'IN_PROGRESS', after: 'DISCONTINUED' }],
        events: [t2Discontinued.eventId],
      },
    ],
  );
});

t.test('a retraction shows as the change it undoes, explained by the retracted event', async (t) => {
  const { history, t1Completed } = scenario();
  history.retract(t1Completed, noon('2021-11-01'));
  const diff = diffOf(
    history,
    { knownAt: '2021-10-31T00:00:00.000Z' },
    { knownAt: '2021-11-02T00:00:00.000Z' },
  );
  t.same(
    diff.changed.map((entry) => ({
      tiltakId: entry.tiltakId,
      changes: entry.changes,
      events: ids(entry.events),
    })),
    [
      {
        tiltakId: 't1',
        changes: [{ field: 'status', before: 'COMPLETED', after: 'IN_PROGRESS' }],
        events: [t1Completed.eventId],
      },
    ],
  );
});

t.test('plan-level changes: title and areas, with the plan events that explain them', async (t) => {
  const { history } = scenario();
  const revised = history.plan('PlanRevised', { title: 'Handlingsplan 2020-2023' }, noon('2022-01-10'));
  const renamed = history.plan(
    'TiltaksomradeRevised',
    { tiltaksomradeId: 'ta-barn', title: 'Barn, unge og familier' },
    noon('2022-02-01'),
  );
  const diff = diffOf(history, { validAt: noon('2021-12-01') }, { validAt: noon('2022-03-01') });
  t.same(diff.plan, [
    { field: 'title', before: 'Handlingsplan for samhandlingen 2020-2022', after: 'Handlingsplan 2020-2023' },
    {
      field: 'tiltaksomrader.ta-barn',
      before: { satsningsomradeId: 'sa-1', title: 'Barn og unge' },
      after: { satsningsomradeId: 'sa-1', title: 'Barn, unge og familier' },
    },
  ]);
  t.same(ids(diff.planEvents), [revised.eventId, renamed.eventId]);
  t.same(diff.changed, [], 'renaming an area changes no tiltak');
});

t.test('a tiltak moved to another area shows as a tiltaksomradeId change', async (t) => {
  const { history } = scenario();
  const diff = diffOf(history, { validAt: noon('2021-04-01') }, { validAt: noon('2021-04-20') });
  t.same(
    diff.changed.map((entry) => [entry.tiltakId, entry.changes]),
    [['t3', [{ field: 'tiltaksomradeId', before: 'ta-barn', after: 'ta-eldre' }]]],
  );
});

const areas = (tiltak: ReturnType<typeof tiltakView>[]) => [
  {
    satsningsomradeId: 'sa-1',
    number: 1,
    title: 'Sårbare grupper',
    tiltaksomrader: [{ tiltaksomradeId: 'ta-1', title: 'Barn og unge', tiltak }],
  },
];

const noEvents: DiffExplainer = {
  planId: PLAN_ID,
  from: {},
  to: {},
  planEvents: () => ({ from: [], to: [] }),
  tiltakEvents: () => ({ from: [], to: [] }),
};

t.test('the same parties in another order are no change of responsibility', async (t) => {
  const before = planView(
    areas([tiltakView({ tiltakId: 't1', tiltaksomradeId: 'ta-1', responsible: [AHUS, LILLESTROM] })]),
  );
  const after = planView(
    areas([tiltakView({ tiltakId: 't1', tiltaksomradeId: 'ta-1', responsible: [LILLESTROM, AHUS] })]),
  );
  t.same(diffPlans(before, after, noEvents).changed, []);
});

t.test(
  'each changed field of a tiltak is listed: number, title, description, parties, grants, notes',
  async (t) => {
    const note = {
      eventId: 'note-1',
      effectiveAt: noon('2021-03-01'),
      text: 'Møte holdt',
      author: { id: 'user-1', name: 'Kari Nordmann', role: 'editor' },
    };
    const before = planView(
      areas([
        tiltakView({
          tiltakId: 't1',
          tiltaksomradeId: 'ta-1',
          number: '1',
          title: 'Gammel tittel',
          responsible: [AHUS],
          participants: [LILLESTROM],
          funding: [grant({ grantId: 'g1' })],
        }),
      ]),
    );
    const after = planView(
      areas([
        tiltakView({
          tiltakId: 't1',
          tiltaksomradeId: 'ta-1',
          number: '1.1',
          title: 'Ny tittel',
          description: 'Beskrevet',
          responsible: [AHUS],
          participants: [LILLESTROM, LORENSKOG],
          funding: [grant({ grantId: 'g1', withdrawnAt: noon('2021-06-01') })],
          notes: [note],
        }),
      ]),
    );
    const changes = diffPlans(before, after, noEvents).changed[0]?.changes ?? [];
    t.same(
      changes.map((change) => change.field),
      ['number', 'title', 'description', 'participants', 'funding.g1', 'notes.note-1'],
    );
    t.same(changes[3], { field: 'participants', before: [LILLESTROM], after: [LILLESTROM, LORENSKOG] });
    t.same(changes[5], { field: 'notes.note-1', before: null, after: note });
  },
);

t.test('from a plan that did not exist, every tiltak is added and the plan fields appear', async (t) => {
  const after = planView(areas([tiltakView({ tiltakId: 't1', tiltaksomradeId: 'ta-1' })]));
  const planEvent = summary({ eventId: 'plan-created', type: 'PlanCreated', streamId: `plan-${PLAN_ID}` });
  const diff = diffPlans(null, after, { ...noEvents, planEvents: () => ({ from: [], to: [planEvent] }) });
  t.same(
    diff.added.map((entry) => entry.tiltakId),
    ['t1'],
  );
  t.same(
    diff.plan.map((change) => change.field),
    ['title', 'period', 'owner', 'satsningsomrader.sa-1', 'tiltaksomrader.ta-1'],
  );
  t.same(ids(diff.planEvents), ['plan-created']);
  const nothing = diffPlans(null, null, noEvents);
  t.same(
    [nothing.plan, nothing.added, nothing.removed, nothing.changed],
    [[], [], [], []],
    'nothing to nothing',
  );
});

t.test('the diff of a state with itself is empty, at every point of the scenario', async (t) => {
  const { history, t1Completed } = scenario();
  history.retract(t1Completed, noon('2021-11-01'));
  for (const at of [
    {},
    { validAt: END_OF_2020 },
    { validAt: END_OF_JUNE_2021, knownAt: '2021-09-01T00:00:00.000Z' },
    { knownAt: '2021-11-02T00:00:00.000Z' },
  ]) {
    const diff = diffOf(history, at, at);
    t.same(
      [diff.plan, diff.planEvents, diff.added, diff.removed, diff.changed],
      [[], [], [], [], []],
      JSON.stringify(at),
    );
  }
});
