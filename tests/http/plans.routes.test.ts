import t from 'tap';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { PLAN_ID, TILTAK_ID, code, createPlanStructure, createTiltak, startApi } from './api-fixture.js';

t.test('a plan is created with 201 and Location, listed, and read as a whole tree', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  await createTiltak(api);
  const list = await api.as('reader', { method: 'GET', url: '/plans' });
  t.equal(list.statusCode, 200);
  t.match(list.json(), { plans: [{ planId: PLAN_ID, tiltakCount: 1, period: { from: '2020-01-01' } }] });

  const plan = await api.as('reader', { method: 'GET', url: `/plans/${PLAN_ID}` });
  t.equal(plan.statusCode, 200);
  t.match(plan.headers.etag, /^"\d+(\.\d+){3}"$/);
  t.match(plan.json(), {
    planId: PLAN_ID,
    satsningsomrader: [
      {
        number: 1,
        tiltaksomrader: [
          {
            tiltaksomradeId: 'skropelige-eldre',
            tiltak: [{ tiltakId: TILTAK_ID, statusLabel: 'Under planlegging' }],
          },
          { tiltaksomradeId: 'barn-og-unge', tiltak: [] },
        ],
      },
    ],
  });
});

t.test('structure commands answer 201 pointing at the plan; the plan ETag guards them', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  const plan = await api.as('reader', { method: 'GET', url: `/plans/${PLAN_ID}` });
  const etag = plan.headers.etag as string;
  const goal = await api.as('editor', {
    method: 'POST',
    url: `/plans/${PLAN_ID}/goals`,
    headers: { 'if-match': etag },
    payload: { goalId: 'effektmal-1', kind: 'effect', text: 'Bedre overganger' },
  });
  t.equal(goal.statusCode, 201);
  t.equal(goal.headers.location, `/plans/${PLAN_ID}`);
  t.equal(goal.json<{ id: string }>().id, 'effektmal-1');
  const stale = await api.as('editor', {
    method: 'POST',
    url: `/plans/${PLAN_ID}/goals`,
    headers: { 'if-match': etag },
    payload: { goalId: 'effektmal-2', kind: 'effect', text: 'Færre reinnleggelser' },
  });
  t.equal(stale.statusCode, 412);
  t.equal(code(stale), 'PRECONDITION.REVISION_MISMATCH');
});

t.test('plan commands that break a rule are 409; unknown plans are 404', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  const again = await api.as('editor', {
    method: 'POST',
    url: '/plans',
    payload: {
      planId: PLAN_ID,
      title: 'Igjen',
      period: { from: '2020-01-01', to: '2022-12-31' },
      owner: { kind: 'helseforetak', name: 'Ahus' },
    },
  });
  t.equal(again.statusCode, 409);
  t.equal(code(again), 'PLAN.ALREADY_EXISTS');
  const numberTaken = await api.as('editor', {
    method: 'POST',
    url: `/plans/${PLAN_ID}/satsningsomrader`,
    payload: { satsningsomradeId: 'annet', number: 1, title: 'Annet' },
  });
  t.equal(numberTaken.statusCode, 409);
  t.equal(code(numberTaken), 'PLAN.SATSNINGSOMRADE_NUMBER_TAKEN');
  for (const url of ['/plans/ukjent', '/plans/ukjent/timeline', '/plans/ukjent/diff']) {
    const response = await api.as('reader', { method: 'GET', url });
    t.equal(response.statusCode, 404, url);
    t.equal(code(response), 'PLAN.NOT_FOUND');
  }
  const noPlan = await api.as('editor', {
    method: 'POST',
    url: '/plans/ukjent/goals',
    payload: { goalId: 'g', kind: 'overall', text: 'Mål' },
  });
  t.equal(noPlan.statusCode, 404);
  const before = await api.as('reader', { method: 'GET', url: `/plans/${PLAN_ID}?validAt=2019-12-31` });
  t.equal(before.statusCode, 404, 'a plan does not exist before it was created');
});

t.test('bad plan input is 400 naming the fields; readers cannot write; no token is 401', async (t) => {
  const api = await startApi(t);
  const bad = await api.as('editor', {
    method: 'POST',
    url: '/plans',
    payload: { planId: 'Store Bokstaver', title: '', period: { from: '2021-02-29', to: '2020-01-01' } },
  });
  t.equal(bad.statusCode, 400);
  const paths = bad.json<{ errors: { path: string }[] }>().errors.map((error) => error.path);
  for (const field of ['body.planId', 'body.title', 'body.owner']) t.ok(paths.includes(field), field);
  const reader = await api.as('reader', { method: 'POST', url: '/plans', payload: {} });
  t.equal(reader.statusCode, 403);
  const anonymous = await api.as(null, { method: 'GET', url: '/plans' });
  t.equal(anonymous.statusCode, 401);
  const badInterval = await api.as('reader', {
    method: 'GET',
    url: `/plans/${PLAN_ID}/timeline?interval=week`,
  });
  t.equal(badInterval.statusCode, 400);
});

t.test('the timeline counts statuses per quarter and the diff explains what changed', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  await createTiltak(api);
  await api.as('editor', {
    method: 'POST',
    url: `/tiltak/${TILTAK_ID}/status`,
    payload: { status: 'IN_PROGRESS', effectiveAt: '2021-03-01T00:00:00+01:00' },
  });
  const timeline = await api.as('reader', {
    method: 'GET',
    url: `/plans/${PLAN_ID}/timeline?from=2021-01-01&to=2021-06-30&interval=quarter`,
  });
  t.equal(timeline.statusCode, 200, timeline.body);
  const buckets = timeline.json<{
    buckets: { label: string; statusCounts: { status: string | null; count: number }[] }[];
  }>().buckets;
  t.same(
    buckets.map((bucket) => bucket.label),
    ['2021-Q1', '2021-Q2'],
  );
  t.equal(buckets[0]?.statusCounts.find((entry) => entry.status === 'IN_PROGRESS')?.count, 1);

  const whole = await api.as('reader', { method: 'GET', url: `/plans/${PLAN_ID}/timeline?interval=quarter` });
  t.equal(whole.json<{ buckets: unknown[] }>().buckets.length, 12, 'defaults to the plan period');

  const diff = await api.as('reader', {
    method: 'GET',
    url: `/plans/${PLAN_ID}/diff?fromValidAt=2021-01-01&toValidAt=2021-12-31`,
  });
  t.equal(diff.statusCode, 200, diff.body);
  t.match(diff.json(), {
    changed: [
      { tiltakId: TILTAK_ID, changes: [{ field: 'status', before: 'PLANNED', after: 'IN_PROGRESS' }] },
    ],
  });
});

t.test(
  'a plan answer kept between changes is the same answer, and a back-dated change replaces it',
  async (t) => {
    const api = await startApi(t);
    await createPlanStructure(api);
    await createTiltak(api);
    const url = `/plans/${PLAN_ID}?validAt=2021-06-30`;
    type Tree = {
      satsningsomrader: {
        tiltaksomrader: { tiltak: { status: string; lastChange: { recordedAt: string } }[] }[];
      }[];
    };
    const tiltakIn = (response: { json<T>(): T }) =>
      response.json<Tree>().satsningsomrader[0]?.tiltaksomrader[0]?.tiltak[0];
    const statusAt = (response: { json<T>(): T }) => tiltakIn(response)?.status;
    const first = await api.as('reader', { method: 'GET', url });
    const again = await api.as('reader', { method: 'GET', url });
    // Another date between the same two changes is the same state.
    const sameState = await api.as('reader', { method: 'GET', url: `/plans/${PLAN_ID}?validAt=2021-09-30` });
    t.equal(again.body, first.body, 'the kept answer is byte for byte the first');
    t.equal(sameState.body, first.body);
    t.equal(again.headers.etag, first.headers.etag);
    t.equal(again.headers['content-type'], 'application/json; charset=utf-8');
    t.equal(statusAt(first), 'PLANNED');

    const change = await api.as('editor', {
      method: 'POST',
      url: `/tiltak/${TILTAK_ID}/status`,
      payload: { status: 'IN_PROGRESS', effectiveAt: '2021-03-01T00:00:00+01:00' },
    });
    t.equal(change.statusCode, 200);
    const after = await api.as('reader', { method: 'GET', url });
    t.equal(statusAt(after), 'IN_PROGRESS', 'the read after the write sees it');
    const before = await api.as('reader', { method: 'GET', url: `/plans/${PLAN_ID}?validAt=2021-01-31` });
    t.equal(statusAt(before), 'PLANNED', 'a date before the change still has the old status');
    const knownEarlier = await api.as('reader', {
      method: 'GET',
      url: `${url}&knownAt=${encodeURIComponent(String(tiltakIn(first)?.lastChange.recordedAt))}`,
    });
    t.equal(statusAt(knownEarlier), 'PLANNED', 'as known before the change was recorded');
  },
);

t.test('plans and reports are compressed for clients that accept it', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  await createTiltak(api);
  const url = `/plans/${PLAN_ID}`;
  const plain = await api.as('reader', { method: 'GET', url });
  t.equal(plain.headers['content-encoding'], undefined);
  t.equal(plain.headers.vary, 'accept-encoding');
  for (const [accept, coding, inflate] of [
    ['gzip, deflate, br', 'br', brotliDecompressSync],
    ['gzip', 'gzip', gunzipSync],
    ['br;q=0, gzip;q=0.5', 'gzip', gunzipSync],
  ] as const) {
    // Twice: once as built, once as kept.
    for (const round of [1, 2]) {
      const response = await api.as('reader', { method: 'GET', url, headers: { 'accept-encoding': accept } });
      t.equal(response.headers['content-encoding'], coding, `${accept} (${round})`);
      t.equal(inflate(response.rawPayload).toString('utf8'), plain.body);
    }
  }
  // Other answers over 1 KB are compressed as they are sent (the audit log of this plan is a few KB).
  const audit = await api.as('auditor', {
    method: 'GET',
    url: '/audit',
    headers: { 'accept-encoding': 'gzip' },
  });
  const auditPlain = await api.as('auditor', { method: 'GET', url: '/audit' });
  t.equal(audit.statusCode, 200);
  t.ok(auditPlain.body.length > 1024, `${auditPlain.body.length} bytes`);
  t.equal(audit.headers['content-encoding'], 'gzip');
  t.equal(gunzipSync(audit.rawPayload).toString('utf8'), auditPlain.body);
});

t.test('the changes of a period are paged in valid-time order, the pages fitting together', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  t.equal((await createTiltak(api)).statusCode, 201);
  for (const [status, effectiveAt] of [
    ['IN_PROGRESS', '2021-03-01T12:00:00+01:00'],
    ['ON_HOLD', '2021-05-01T12:00:00+02:00'],
    ['IN_PROGRESS', '2021-06-01T12:00:00+02:00'],
  ] as const) {
    const answer = await api.as('editor', {
      method: 'POST',
      url: `/tiltak/${TILTAK_ID}/status`,
      payload: { status, effectiveAt },
    });
    t.equal(answer.statusCode, 200, `${status} at ${effectiveAt}`);
  }
  const url = `/plans/${PLAN_ID}/changes?from=2021-01-01&to=2021-12-31&limit=2`;
  const first = await api.as('reader', { method: 'GET', url });
  t.equal(first.statusCode, 200);
  const page = first.json<{ changes: { effectiveDate: string }[]; total: number; next: string | null }>();
  t.equal(page.total, 3, 'the period holds three changes');
  t.same(
    page.changes.map((change) => change.effectiveDate),
    ['2021-03-01', '2021-05-01'],
  );
  t.ok(page.next, 'a next page is named');
  t.match(String(first.headers['link']), /rel="next"/);
  t.match(String(page.next), /knownAt=/, 'the first page fixes knownAt');
  const second = await api.as('reader', { method: 'GET', url: String(page.next) });
  const rest = second.json<{ changes: { effectiveDate: string }[]; next: string | null }>();
  t.same(
    rest.changes.map((change) => change.effectiveDate),
    ['2021-06-01'],
  );
  t.equal(rest.next, null, 'the last page names none');

  // The period is the one asked for, not the quarters around it.
  const within = await api.as('reader', {
    method: 'GET',
    url: `/plans/${PLAN_ID}/changes?from=2021-03-02&to=2021-05-01`,
  });
  t.equal(within.statusCode, 200);
  const inside = within.json<{ changes: { effectiveDate: string }[]; total: number }>();
  t.same(
    inside.changes.map((change) => change.effectiveDate),
    ['2021-05-01'],
    'a change before the period is left out, one on its last day (inclusive) is in',
  );
  t.equal(inside.total, 1);

  const timeline = await api.as('reader', {
    method: 'GET',
    url: `/plans/${PLAN_ID}/timeline?from=2021-01-01&to=2021-12-31&interval=quarter`,
  });
  const buckets = timeline.json<{ buckets: { label: string; changeCount: number }[] }>().buckets;
  t.same(
    buckets.map((bucket) => [bucket.label, bucket.changeCount]),
    [
      ['2021-Q1', 1],
      ['2021-Q2', 2],
      ['2021-Q3', 0],
      ['2021-Q4', 0],
    ],
    'each interval counts its changes',
  );
  const unknown = await api.as('reader', { method: 'GET', url: '/plans/finnes-ikke/changes' });
  t.equal(unknown.statusCode, 404);
});
