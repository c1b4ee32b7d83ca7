import t from 'tap';
import {
  buildTimeline,
  listChanges,
  TimelineError,
  type TimelineInput,
} from '../../../src/projections/timeline/index.js';
import { TILTAK_STATUSES, tiltakStatusLabel, type TiltakStatus } from '../../../src/domain/index.js';
import type { StatusCounts, Timeline } from '../../../src/projections/read-model.js';
import type { PlanHistory } from '../fixtures.js';
import { noon, PLAN_START, scenario } from './timeline-scenario.js';

/** Local midnight in Oslo, 2022-01-01: the exclusive end of 2021. */
const END_OF_2021 = '2021-12-31T23:00:00.000Z';

function input(history: PlanHistory, overrides: Partial<TimelineInput> = {}): TimelineInput {
  const knownAt = overrides.knownAt ?? null;
  const at = knownAt === null ? undefined : knownAt;
  return {
    planId: history.planId,
    from: PLAN_START,
    to: END_OF_2021,
    interval: 'quarter',
    knownAt,
    planAt: (validAt) => history.viewAt({ validAt, knownAt: at }),
    events: history.timelineEvents(at),
    ...overrides,
  };
}

/** The timeline's status counts, every status with its count (zeros too), "Ikke rapportert" (null) last. */
function counts(partial: Partial<Record<TiltakStatus | 'NONE', number>>): StatusCounts {
  return [...TILTAK_STATUSES, null].map((status) => ({
    status,
    statusLabel: tiltakStatusLabel(status),
    count: partial[status ?? 'NONE'] ?? 0,
  }));
}

function bucket(timeline: Timeline, label: string) {
  const found = timeline.buckets.find((candidate) => candidate.label === label);
  if (found === undefined) throw new Error(`no bucket ${label}`);
  return found;
}

t.test('quarters of 2020-2021 follow the Oslo calendar, DST included', async (t) => {
  const timeline = buildTimeline(input(scenario().history));
  t.same(
    timeline.buckets.map(({ label, from, to }) => ({ label, from, to })),
    [
      { label: '2020-Q1', from: '2019-12-31T23:00:00.000Z', to: '2020-03-31T22:00:00.000Z' },
      { label: '2020-Q2', from: '2020-03-31T22:00:00.000Z', to: '2020-06-30T22:00:00.000Z' },
      { label: '2020-Q3', from: '2020-06-30T22:00:00.000Z', to: '2020-09-30T22:00:00.000Z' },
      { label: '2020-Q4', from: '2020-09-30T22:00:00.000Z', to: '2020-12-31T23:00:00.000Z' },
      { label: '2021-Q1', from: '2020-12-31T23:00:00.000Z', to: '2021-03-31T22:00:00.000Z' },
      { label: '2021-Q2', from: '2021-03-31T22:00:00.000Z', to: '2021-06-30T22:00:00.000Z' },
      { label: '2021-Q3', from: '2021-06-30T22:00:00.000Z', to: '2021-09-30T22:00:00.000Z' },
      { label: '2021-Q4', from: '2021-09-30T22:00:00.000Z', to: '2021-12-31T23:00:00.000Z' },
    ],
  );
  t.equal(timeline.planId, 'handlingsplan-2020-2022');
  t.equal(timeline.interval, 'quarter');
  t.equal(timeline.knownAt, null);
});

t.test(
  'each quarter counts statuses at its end and what was created, completed, discontinued and granted in it',
  async (t) => {
    const timeline = buildTimeline(input(scenario().history));
    const tallies = timeline.buckets.map(
      ({ label, statusCounts, tiltakCount, created, completed, discontinued, fundingGranted }) => ({
        label,
        statusCounts,
        tiltakCount,
        created,
        completed,
        discontinued,
        fundingGranted,
      }),
    );
    const none = { count: 0, amountNok: 0, withoutAmount: 0 };
    t.same(tallies, [
      {
        label: '2020-Q1',
        statusCounts: counts({ PLANNED: 1, NONE: 1 }),
        tiltakCount: 2,
        created: 2,
        completed: 0,
        discontinued: 0,
        fundingGranted: none,
      },
      {
        label: '2020-Q2',
        statusCounts: counts({ IN_PROGRESS: 1, NONE: 1 }),
        tiltakCount: 2,
        created: 0,
        completed: 0,
        discontinued: 0,
        fundingGranted: { count: 1, amountNok: 200_000, withoutAmount: 0 },
      },
      {
        label: '2020-Q3',
        statusCounts: counts({ IN_PROGRESS: 2 }),
        tiltakCount: 2,
        created: 0,
        completed: 0,
        discontinued: 0,
        fundingGranted: none,
      },
      {
        label: '2020-Q4',
        statusCounts: counts({ IN_PROGRESS: 2 }),
        tiltakCount: 2,
        created: 0,
        completed: 0,
        discontinued: 0,
        fundingGranted: none,
      },
      {
        // A grant without an amount is counted apart: its amount is unknown (null), never 0.
        label: '2021-Q1',
        statusCounts: counts({ IN_PROGRESS: 2, COMPLETED: 1 }),
        tiltakCount: 3,
        created: 1,
        completed: 1,
        discontinued: 0,
        fundingGranted: { count: 1, amountNok: null, withoutAmount: 1 },
      },
      {
        // T4 was created COMPLETED: it counts as created and as completed.
        label: '2021-Q2',
        statusCounts: counts({ IN_PROGRESS: 1, COMPLETED: 2, DISCONTINUED: 1 }),
        tiltakCount: 4,
        created: 1,
        completed: 1,
        discontinued: 1,
        fundingGranted: { count: 1, amountNok: 150_000, withoutAmount: 0 },
      },
      {
        label: '2021-Q3',
        statusCounts: counts({ IN_PROGRESS: 1, COMPLETED: 2, DISCONTINUED: 1 }),
        tiltakCount: 4,
        created: 0,
        completed: 0,
        discontinued: 0,
        fundingGranted: none,
      },
      {
        label: '2021-Q4',
        statusCounts: counts({ IN_PROGRESS: 1, COMPLETED: 2, DISCONTINUED: 1 }),
        tiltakCount: 4,
        created: 0,
        completed: 0,
        discontinued: 0,
        fundingGranted: none,
      },
    ]);
  },
);

t.test('each change is one line in Norwegian naming the tiltak and what changed', async (t) => {
  const timeline = buildTimeline(input(scenario().history));
  t.same(
    bucket(timeline, '2021-Q1').changes.map((change) => change.summary),
    [
      'Tiltak 2.1 Felles kompetanseplan: tildelt beløp ikke oppgitt (Samhandlingsmidler, 2021)',
      'Tiltak 1.2 Hjemmebasert oppfølging: opprettet i «Barn og unge» (Pågår)',
      'Tiltak 1.1 Felles rutiner for barn: Pågår → Fullført',
    ],
  );
  t.same(
    bucket(timeline, '2021-Q2').changes.map((change) => change.summary),
    [
      'Tiltak 1.2 Hjemmebasert oppfølging: flyttet fra «Barn og unge» til «Skrøpelige eldre»',
      'Tiltak 1.2 Hjemmebasert oppfølging: tildelt 150\u00a0000 kr (Samhandlingsmidler, 2021)',
      'Tiltak 1.3 Utskrivningsrutiner: opprettet i «Skrøpelige eldre» (Fullført)',
      'Tiltak 2.1 Felles kompetanseplan: Pågår → Avsluttet uten gjennomføring',
    ],
  );
  t.same(
    bucket(timeline, '2020-Q1').changes.map((change) => change.summary),
    [
      'Planen opprettet: «Handlingsplan for samhandlingen 2020-2022» (2020-01-01–2022-12-31)',
      'Nytt satsningsområde 1: Sårbare grupper',
      'Nytt satsningsområde 2: Kompetanse',
      'Nytt tiltaksområde «Barn og unge» i satsningsområde 1',
      'Nytt tiltaksområde «Skrøpelige eldre» i satsningsområde 1',
      'Nytt tiltaksområde «Kompetansedeling» i satsningsområde 2',
      'Tiltak 1.1 Felles rutiner for barn: opprettet i «Barn og unge» (Under planlegging)',
      'Tiltak 2.1 Felles kompetanseplan: opprettet i «Kompetansedeling» (Ikke rapportert)',
    ],
  );
  const discontinued = bucket(timeline, '2021-Q2').changes[3];
  t.match(discontinued, {
    type: 'TiltakStatusChanged',
    tiltakId: 't2',
    effectiveAt: noon('2021-06-30'),
    recordedAt: noon('2021-10-01'),
  });
  t.same(bucket(timeline, '2020-Q4').changes, [], 'a quarter without events has no changes');
});

t.test(
  'a timeline starting mid-history names the status a tiltak left, from the plan at its start',
  async (t) => {
    const timeline = buildTimeline(input(scenario().history, { from: '2021-01-01T00:00:00.000Z' }));
    t.same(
      timeline.buckets.map((one) => one.label),
      ['2021-Q1', '2021-Q2', '2021-Q3', '2021-Q4'],
    );
    t.equal(
      bucket(timeline, '2021-Q1').changes[2]?.summary,
      'Tiltak 1.1 Felles rutiner for barn: Pågår → Fullført',
    );
  },
);

t.test('the read model may pass only the events from the first interval on', async (t) => {
  const { history } = scenario();
  const full = buildTimeline(input(history, { from: '2021-01-01T00:00:00.000Z' }));
  const trimmed = buildTimeline(
    input(history, {
      from: '2021-01-01T00:00:00.000Z',
      events: history.timelineEvents().filter(({ event }) => event.effectiveAt >= '2020-12-31T23:00:00.000Z'),
    }),
  );
  t.same(trimmed, full);
});

t.test('a back-dated report shows in the quarter it took effect only once it is known', async (t) => {
  const { history } = scenario();
  const before = buildTimeline(input(history, { knownAt: '2021-09-01T00:00:00.000Z' }));
  t.equal(bucket(before, '2021-Q2').discontinued, 0);
  t.same(bucket(before, '2021-Q2').statusCounts, counts({ IN_PROGRESS: 2, COMPLETED: 2 }));
  t.equal(before.knownAt, '2021-09-01T00:00:00.000Z');
  const after = buildTimeline(input(history, { knownAt: '2021-10-02T00:00:00.000Z' }));
  t.equal(bucket(after, '2021-Q2').discontinued, 1);
  t.same(bucket(after, '2021-Q2').statusCounts, counts({ IN_PROGRESS: 1, COMPLETED: 2, DISCONTINUED: 1 }));
});

t.test('a retracted completion stops counting from the retraction on, and not before', async (t) => {
  const { history, t1Completed } = scenario();
  history.retract(t1Completed, noon('2021-11-01'));
  const before = buildTimeline(input(history, { knownAt: '2021-10-31T00:00:00.000Z' }));
  t.equal(bucket(before, '2021-Q1').completed, 1);
  t.same(bucket(before, '2021-Q1').statusCounts, counts({ IN_PROGRESS: 2, COMPLETED: 1 }));
  const after = buildTimeline(input(history, { knownAt: '2021-11-02T00:00:00.000Z' }));
  t.equal(bucket(after, '2021-Q1').completed, 0);
  t.same(bucket(after, '2021-Q1').statusCounts, counts({ IN_PROGRESS: 3 }));
  t.notOk(
    bucket(after, '2021-Q4').changes.some((change) => change.type === 'EventRetracted'),
    'the retraction itself is not a change in valid time',
  );
});

t.test('months split at local midnight on the 1st, across the spring DST change', async (t) => {
  const timeline = buildTimeline(
    input(scenario().history, {
      from: '2021-02-15T00:00:00.000Z',
      to: '2021-04-15T00:00:00.000Z',
      interval: 'month',
    }),
  );
  t.same(
    timeline.buckets.map(({ label, from, to, created, completed }) => ({
      label,
      from,
      to,
      created,
      completed,
    })),
    [
      {
        label: '2021-02',
        from: '2021-01-31T23:00:00.000Z',
        to: '2021-02-28T23:00:00.000Z',
        created: 1,
        completed: 0,
      },
      {
        label: '2021-03',
        from: '2021-02-28T23:00:00.000Z',
        to: '2021-03-31T22:00:00.000Z',
        created: 0,
        completed: 1,
      },
      {
        label: '2021-04',
        from: '2021-03-31T22:00:00.000Z',
        to: '2021-04-30T22:00:00.000Z',
        created: 0,
        completed: 0,
      },
    ],
  );
});

t.test('a timeline that ends before it starts is refused with TIMELINE.INVALID_RANGE', async (t) => {
  t.throws(() => buildTimeline(input(scenario().history, { from: END_OF_2021, to: PLAN_START })), {
    code: 'TIMELINE.INVALID_RANGE',
  });
  t.throws(
    () => buildTimeline(input(scenario().history, { from: END_OF_2021, to: PLAN_START })),
    TimelineError,
  );
});

t.test('a timeline of more than 240 intervals is refused with TIMELINE.TOO_MANY_INTERVALS', async (t) => {
  const tooLong = input(scenario().history, {
    from: '2000-01-01T00:00:00.000Z',
    to: '2020-12-31T23:00:00.000Z',
    interval: 'month',
  });
  t.throws(() => buildTimeline(tooLong), { code: 'TIMELINE.TOO_MANY_INTERVALS' });
  t.equal(
    buildTimeline({ ...tooLong, interval: 'quarter' }).buckets.length,
    84,
    'the same span by quarter is fine',
  );
});

t.test('before the plan existed the counts are zero', async (t) => {
  const timeline = buildTimeline(
    input(scenario().history, { from: '2019-10-01T00:00:00.000Z', to: '2019-12-01T00:00:00.000Z' }),
  );
  t.same(
    timeline.buckets.map((one) => [one.label, one.tiltakCount, one.changes.length]),
    [['2019-Q4', 0, 0]],
  );
});

t.test(
  'the changes of a range, page by page, are the lines its quarterly timeline lists within the range, in order',
  async (t) => {
    const { history, t1Completed } = scenario();
    history.retract(t1Completed, noon('2021-11-01'));
    for (const from of [PLAN_START, '2021-02-15T00:00:00.000Z']) {
      for (const knownAt of [null, '2021-09-01T00:00:00.000Z']) {
        const base = input(history, { from, knownAt });
        // The timeline's quarters start before a `from` inside one; the range itself does not.
        const listed = buildTimeline(base)
          .buckets.flatMap((one) => one.changes)
          .filter((change) => Date.parse(change.effectiveAt) >= Date.parse(from));
        if (from !== PLAN_START) {
          const quarter = buildTimeline(base).buckets[0]?.changes ?? [];
          t.ok(
            quarter.some((change) => Date.parse(change.effectiveAt) < Date.parse(from)),
            'the scenario has a change in the first quarter before the range',
          );
        }
        t.ok(listed.length > 3, 'the scenario has changes to page over');
        const pages: unknown[] = [];
        for (let offset = 0; offset < listed.length; offset += 3) {
          const page = listChanges({ ...base, offset, limit: 3 });
          t.equal(page.total, listed.length, 'every page counts the whole range');
          t.ok(page.changes.length <= 3);
          pages.push(...page.changes);
        }
        t.same(pages, listed, `from ${from}, known at ${String(knownAt)}`);
        t.same(listChanges({ ...base, offset: listed.length, limit: 3 }), {
          changes: [],
          total: listed.length,
        });
      }
    }
  },
);

t.test('the changes of a range refuse a range that ends before it starts; a long one is paged', async (t) => {
  const base = input(scenario().history, { from: END_OF_2021, to: PLAN_START });
  t.throws(() => listChanges({ ...base, offset: 0, limit: 10 }), { code: 'TIMELINE.INVALID_RANGE' });
  // A timeline of such a range would have too many intervals; a list of changes has none to count.
  const long = input(scenario().history, { from: '1900-01-01T00:00:00.000Z', to: END_OF_2021 });
  t.throws(() => buildTimeline(long), { code: 'TIMELINE.TOO_MANY_INTERVALS' });
  const everything = listChanges({ ...long, offset: 0, limit: 100 });
  t.same(
    everything.changes,
    buildTimeline(input(scenario().history)).buckets.flatMap((one) => one.changes),
    'every change of the plan, none before it began',
  );
});

t.test('a page of changes builds the plan tree once, not at every quarter end', async (t) => {
  const { history } = scenario();
  let trees = 0;
  const base = input(history, {
    planAt: (validAt) => {
      trees += 1;
      return history.viewAt({ validAt });
    },
  });
  const page = listChanges({ ...base, offset: 2, limit: 2 });
  t.equal(page.changes.length, 2);
  t.equal(trees, 1, 'one tree: the state the first change is told against');
  trees = 0;
  buildTimeline(base);
  t.ok(trees > 1, 'the timeline builds one per quarter as well');
});
