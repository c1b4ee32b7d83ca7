import t from 'tap';
import { PLAN_ID, TILTAK_ID, code, createPlanStructure, createTiltak, startApi } from './api-fixture.js';

interface FieldError {
  path: string;
  code: string;
  expected?: string[];
}

t.test('an unknown query parameter is a 400 naming it, on reads and commands alike', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  for (const [method, url, name] of [
    ['GET', `/plans/${PLAN_ID}?validat=2020-06-01`, 'validat'],
    ['GET', `/plans/${PLAN_ID}?asOf=2020-06-01`, 'asOf'],
    ['GET', `/reports/status?planId=${PLAN_ID}&q=x`, 'q'],
    ['POST', `/plans/${PLAN_ID}/goals?dryRun=1`, 'dryRun'],
  ] as const) {
    const response = await api.as('admin', {
      method,
      url,
      ...(method === 'POST' ? { payload: { goalId: 'g', kind: 'effect', text: 'Mål' } } : {}),
    });
    t.equal(response.statusCode, 400, url);
    t.same(
      response.json<{ errors: FieldError[] }>().errors.map((error) => [error.path, error.code]),
      [[`querystring.${name}`, 'unrecognized_keys']],
      url,
    );
  }
});

t.test('a wrong date says which forms are expected, not invalid_union', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  const response = await api.as('reader', { method: 'GET', url: `/plans/${PLAN_ID}?validAt=2021-02-30` });
  t.equal(response.statusCode, 400);
  const [error] = response.json<{ errors: FieldError[] }>().errors;
  t.equal(error?.path, 'querystring.validAt');
  t.equal(error?.code, 'invalid_format');
  t.same(error?.expected, [
    'YYYY-MM-DD',
    'YYYY-MM-DDTHH:MM:SSZ',
    'YYYY-MM-DDTHH:MM:SS.sssZ',
    'YYYY-MM-DDTHH:MM:SS+HH:MM',
  ]);
});

t.test('an unknown plan is 404 on the reports and the audit filter, as on /plans/{planId}', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  for (const url of [
    '/plans/nope',
    '/reports/status?planId=nope',
    '/reports/funding?planId=nope',
    '/audit?planId=nope',
  ]) {
    const response = await api.as('admin', { method: 'GET', url });
    t.equal(response.statusCode, 404, url);
    t.equal(code(response), 'PLAN.NOT_FOUND', url);
  }
  const known = await api.as('admin', { method: 'GET', url: `/reports/status?planId=${PLAN_ID}` });
  t.equal(known.statusCode, 200);
});

t.test('the plan ETag changes with the answer and If-None-Match answers 304', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  await createTiltak(api);
  const now = await api.as('reader', { method: 'GET', url: `/plans/${PLAN_ID}` });
  const etag = now.headers.etag as string;
  const before = await api.as('reader', { method: 'GET', url: `/plans/${PLAN_ID}?validAt=2020-01-15` });
  t.not(before.headers.etag, etag, 'another validAt, another answer, another tag');

  const same = await api.as('reader', {
    method: 'GET',
    url: `/plans/${PLAN_ID}`,
    headers: { 'if-none-match': etag },
  });
  t.equal(same.statusCode, 304);
  t.equal(same.body, '');
  t.equal(same.headers.etag, etag);

  // A tiltak change leaves the plan stream's revision alone but changes the tree.
  const status = await api.as('editor', {
    method: 'POST',
    url: `/tiltak/${TILTAK_ID}/status`,
    payload: { status: 'IN_PROGRESS' },
  });
  t.equal(status.statusCode, 200);
  const changed = await api.as('reader', {
    method: 'GET',
    url: `/plans/${PLAN_ID}`,
    headers: { 'if-none-match': etag },
  });
  t.equal(changed.statusCode, 200);
  t.not(changed.headers.etag, etag);
  t.equal(changed.json<{ revision: string }>().revision, now.json<{ revision: string }>().revision);

  // The tag still works as If-Match on a structure command: its first number is the plan revision.
  const goal = await api.as('editor', {
    method: 'POST',
    url: `/plans/${PLAN_ID}/goals`,
    headers: { 'if-match': changed.headers.etag as string },
    payload: { goalId: 'effektmal-1', kind: 'effect', text: 'Bedre overganger' },
  });
  t.equal(goal.statusCode, 201);
});

t.test('the tiltak ETag changes with validAt and If-None-Match answers 304', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  await createTiltak(api);
  await api.as('editor', {
    method: 'POST',
    url: `/tiltak/${TILTAK_ID}/status`,
    payload: { status: 'IN_PROGRESS', effectiveAt: '2021-03-01T00:00:00+01:00' },
  });
  const now = await api.as('reader', { method: 'GET', url: `/tiltak/${TILTAK_ID}` });
  const then = await api.as('reader', { method: 'GET', url: `/tiltak/${TILTAK_ID}?validAt=2020-06-01` });
  t.not(now.headers.etag, then.headers.etag);
  const again = await api.as('reader', {
    method: 'GET',
    url: `/tiltak/${TILTAK_ID}?validAt=2020-06-01`,
    headers: { 'if-none-match': `W/${then.headers.etag as string}` },
  });
  t.equal(again.statusCode, 304);
});

t.test('a tiltak whose tiltaksområde was retracted still shows, is counted and reported', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  const added = await api.as('editor', {
    method: 'POST',
    url: `/plans/${PLAN_ID}/tiltaksomrader`,
    payload: {
      tiltaksomradeId: 'feilregistrert',
      satsningsomradeId: 'sarbare-grupper',
      title: 'Feilregistrert',
      effectiveAt: '2020-01-01T00:00:00+01:00',
    },
  });
  const [areaEvent] = added.json<{ eventIds: string[] }>().eventIds;
  await createTiltak(api, { tiltaksomradeId: 'feilregistrert', status: null });
  const retracted = await api.as('editor', {
    method: 'POST',
    url: `/events/${areaEvent ?? ''}/retractions`,
    payload: { reason: 'Feil område' },
  });
  t.equal(retracted.statusCode, 200, retracted.body);

  const plan = await api.as('reader', { method: 'GET', url: `/plans/${PLAN_ID}` });
  const tree = plan.json<{
    satsningsomrader: {
      number: number;
      exists: boolean;
      tiltaksomrader: { tiltaksomradeId: string; exists: boolean; tiltak: { tiltakId: string }[] }[];
    }[];
  }>();
  const gone = tree.satsningsomrader.at(-1);
  t.match(gone, {
    number: 0,
    exists: false,
    tiltaksomrader: [{ tiltaksomradeId: 'feilregistrert', exists: false, tiltak: [{ tiltakId: TILTAK_ID }] }],
  });
  t.ok(tree.satsningsomrader[0]?.exists);

  const list = await api.as('reader', { method: 'GET', url: '/plans' });
  t.match(list.json(), { plans: [{ planId: PLAN_ID, tiltakCount: 1 }] });
  const report = await api.as('reader', { method: 'GET', url: `/reports/status?planId=${PLAN_ID}` });
  t.same(
    report
      .json<{ rows: { status: string | null; statusLabel: string; count: number }[] }>()
      .rows.map((row) => [row.status, row.statusLabel, row.count]),
    [[null, 'Ikke rapportert', 1]],
    'the missing status is null in the reports too, as in the tree',
  );
});

t.test('an empty revision is a 400 COMMAND.EMPTY, a revision to the same values a 409', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  await createTiltak(api);
  const empty = await api.as('editor', {
    method: 'POST',
    url: `/tiltak/${TILTAK_ID}/revisions`,
    payload: {},
  });
  t.equal(empty.statusCode, 400);
  t.equal(code(empty), 'COMMAND.EMPTY');
  const same = await api.as('editor', {
    method: 'POST',
    url: `/tiltak/${TILTAK_ID}/revisions`,
    payload: { title: 'Integrerte helsetjenester for skrøpelige eldre' },
  });
  t.equal(same.statusCode, 409);
  t.equal(code(same), 'TILTAK.NO_CHANGE');
});

t.test('the timeline gives the Oslo date beside each UTC instant', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  await createTiltak(api);
  await api.as('editor', {
    method: 'POST',
    url: `/tiltak/${TILTAK_ID}/status`,
    payload: { status: 'IN_PROGRESS', effectiveAt: '2021-09-07T00:00:00+02:00' },
  });
  const timeline = await api.as('reader', {
    method: 'GET',
    url: `/plans/${PLAN_ID}/timeline?from=2021-09-01&to=2021-09-30&interval=month`,
  });
  t.equal(timeline.statusCode, 200, timeline.body);
  const [bucket] = timeline.json<{
    buckets: {
      firstDate: string;
      lastDate: string;
      statusCounts: { status: string | null; count: number }[];
      changes: { effectiveAt: string; effectiveDate: string }[];
    }[];
  }>().buckets;
  t.equal(bucket?.firstDate, '2021-09-01');
  t.equal(bucket?.lastDate, '2021-09-30');
  t.same(
    bucket?.changes.map((change) => [change.effectiveAt, change.effectiveDate]),
    [['2021-09-06T22:00:00.000Z', '2021-09-07']],
  );
  t.same(
    bucket?.statusCounts.filter((entry) => entry.count > 0),
    [{ status: 'IN_PROGRESS', statusLabel: 'Pågår', count: 1 }],
  );
});

t.test('POST /tiltak without tiltakId makes one from the title, unique; a given one is kept', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  const first = await createTiltak(api, { tiltakId: undefined, title: 'Åpen dialog – nettverksmøter' });
  t.equal(first.statusCode, 201, first.body);
  t.equal(first.json<{ id: string }>().id, 'tiltak-apen-dialog-nettverksmoter');
  t.equal(first.headers.location, '/tiltak/tiltak-apen-dialog-nettverksmoter');
  const second = await createTiltak(api, { tiltakId: undefined, title: 'Åpen dialog – nettverksmøter' });
  t.equal(second.json<{ id: string }>().id, 'tiltak-apen-dialog-nettverksmoter-2');
  const given = await createTiltak(api, { tiltakId: 'mitt-eget-id' });
  t.equal(given.json<{ id: string }>().id, 'mitt-eget-id');
});

t.test('a note in the tiltak view names its author', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  await createTiltak(api);
  await api.as('editor', {
    method: 'POST',
    url: `/tiltak/${TILTAK_ID}/notes`,
    payload: { text: 'Pilot startet i to kommuner.', effectiveAt: '2021-05-10' },
  });
  const view = await api.as('reader', { method: 'GET', url: `/tiltak/${TILTAK_ID}` });
  t.match(view.json(), {
    notes: [
      {
        text: 'Pilot startet i to kommuner.',
        effectiveAt: '2021-05-09T22:00:00.000Z',
        author: { id: api.principalIds.editor, name: 'Kari Nordmann', role: 'editor' },
      },
    ],
  });
});

t.test(
  'a bare date as effectiveAt is the start of that Oslo day: validAt on that date shows it',
  async (t) => {
    const api = await startApi(t);
    await createPlanStructure(api);
    await createTiltak(api);
    const done = await api.as('editor', {
      method: 'POST',
      url: `/tiltak/${TILTAK_ID}/status`,
      payload: { status: 'IN_PROGRESS', effectiveAt: '2021-06-30' },
    });
    t.equal(done.statusCode, 200, done.body);
    const on = await api.as('reader', { method: 'GET', url: `/tiltak/${TILTAK_ID}?validAt=2021-06-30` });
    t.equal(on.json<{ status: string }>().status, 'IN_PROGRESS');
    t.equal(
      on.json<{ statusHistory: { effectiveAt: string }[] }>().statusHistory.at(-1)?.effectiveAt,
      '2021-06-29T22:00:00.000Z',
    );
    const dayBefore = await api.as('reader', {
      method: 'GET',
      url: `/tiltak/${TILTAK_ID}?validAt=2021-06-29`,
    });
    t.equal(dayBefore.json<{ status: string }>().status, 'PLANNED');
  },
);

t.test('every documented operation has a unique operationId; open routes say security: []', async (t) => {
  const api = await startApi(t);
  const document = (await api.as(null, { method: 'GET', url: '/openapi.json' })).json<{
    paths: Record<string, Record<string, { operationId?: string; security?: unknown[] }>>;
  }>();
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, ...operation })),
  );
  t.ok(operations.length > 25);
  const ids = operations.map((operation) => operation.operationId);
  t.notOk(ids.includes(undefined), 'no operation without an id');
  t.equal(new Set(ids).size, ids.length, 'ids are unique');
  const byId = new Map(operations.map((operation) => [operation.operationId, operation]));
  t.equal(byId.get('getPlansByPlanIdTimeline')?.path, '/plans/{planId}/timeline');
  t.same(byId.get('getHealthLive')?.security, []);
  t.same(byId.get('getPlansByPlanId')?.security, [{ bearerAuth: [] }]);
});
