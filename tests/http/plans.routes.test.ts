import t from 'tap';
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
  t.match(plan.headers.etag, /^"\d+"$/);
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
  const buckets = timeline.json<{ buckets: { label: string; statusCounts: Record<string, number> }[] }>()
    .buckets;
  t.same(
    buckets.map((bucket) => bucket.label),
    ['2021-Q1', '2021-Q2'],
  );
  t.equal(buckets[0]?.statusCounts['IN_PROGRESS'], 1);

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
