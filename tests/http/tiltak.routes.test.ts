import t from 'tap';
import { PLAN_ID, TILTAK_ID, code, createPlanStructure, createTiltak, startApi } from './api-fixture.js';

interface WriteBody {
  id?: string;
  revision: string;
  position: string;
  eventIds: string[];
}

t.test('creating a tiltak answers 201 with its id, revision, position, event ids and Location', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  const response = await createTiltak(api);
  t.equal(response.statusCode, 201);
  t.equal(response.headers.location, `/tiltak/${TILTAK_ID}`);
  const body = response.json<WriteBody>();
  t.equal(body.id, TILTAK_ID);
  t.equal(body.revision, '0');
  t.match(body.position, /^\d+$/);
  t.equal(body.eventIds.length, 1);

  const read = await api.as('reader', { method: 'GET', url: `/tiltak/${TILTAK_ID}` });
  t.equal(read.statusCode, 200, 'a write is visible to the next read on the same instance');
  t.match(read.headers.etag, /^"0\.\d+"$/, 'the ETag starts with the revision');
  t.match(read.json(), {
    tiltakId: TILTAK_ID,
    status: 'PLANNED',
    statusLabel: 'Under planlegging',
    revision: '0',
  });
});

t.test('the actor recorded is the token’s principal; a body cannot name another', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  const forged = await createTiltak(api, { actor: { id: 'someone-else', name: 'Mallory', role: 'admin' } });
  t.equal(forged.statusCode, 400);
  t.equal(code(forged), 'REQUEST.VALIDATION_FAILED');
  t.ok(
    forged.json<{ errors: { path: string }[] }>().errors.some((error) => error.path.startsWith('body')),
    'errors[] names the body field',
  );

  await createTiltak(api);
  const spoofedHeader = await api.as('editor', {
    method: 'POST',
    url: `/tiltak/${TILTAK_ID}/status`,
    headers: { 'x-actor': 'someone-else' },
    payload: { status: 'IN_PROGRESS' },
  });
  t.equal(spoofedHeader.statusCode, 200);
  const history = await api.as('reader', { method: 'GET', url: `/tiltak/${TILTAK_ID}/history` });
  const entries = history.json<{ entries: { actor: { id: string; name: string; role: string } }[] }>()
    .entries;
  t.equal(entries.length, 2);
  for (const entry of entries) {
    t.same(entry.actor, {
      id: api.principalIds.editor,
      name: 'Kari Nordmann',
      role: 'editor',
      organization: 'Ahus',
    });
  }
});

t.test('a status changed back-dated shows at the dates it applies to', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  await createTiltak(api);
  const change = await api.as('editor', {
    method: 'POST',
    url: `/tiltak/${TILTAK_ID}/status`,
    payload: { status: 'IN_PROGRESS', effectiveAt: '2021-03-01T00:00:00+01:00' },
  });
  t.equal(change.statusCode, 200);
  t.equal(change.json<WriteBody>().revision, '1');
  const before = await api.as('reader', { method: 'GET', url: `/tiltak/${TILTAK_ID}?validAt=2021-02-28` });
  const after = await api.as('reader', { method: 'GET', url: `/tiltak/${TILTAK_ID}?validAt=2021-03-01` });
  t.equal(before.json<{ status: string }>().status, 'PLANNED');
  t.equal(after.json<{ status: string }>().status, 'IN_PROGRESS');
  const before2020 = await api.as('reader', {
    method: 'GET',
    url: `/tiltak/${TILTAK_ID}?validAt=2020-01-15`,
  });
  t.equal(before2020.statusCode, 404, 'a tiltak does not exist before its creation');
  t.equal(code(before2020), 'TILTAK.NOT_FOUND');
});

t.test('knownAt shows what the system knew then', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  await createTiltak(api);
  const beforeChange = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 5));
  await api.as('editor', {
    method: 'POST',
    url: `/tiltak/${TILTAK_ID}/status`,
    payload: { status: 'IN_PROGRESS', effectiveAt: '2021-03-01T00:00:00+01:00' },
  });
  const then = await api.as('reader', {
    method: 'GET',
    url: `/tiltak/${TILTAK_ID}?validAt=2021-06-30&knownAt=${encodeURIComponent(beforeChange)}`,
  });
  t.equal(then.json<{ status: string }>().status, 'PLANNED');
  t.match(then.headers.etag, /^"0\./, 'the ETag starts with the revision known at knownAt');
});

t.test('If-Match makes a command conditional: 412 when stale, 200 when current', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  await createTiltak(api);
  const first = await api.as('editor', {
    method: 'POST',
    url: `/tiltak/${TILTAK_ID}/status`,
    headers: { 'if-match': '"0"' },
    payload: { status: 'IN_PROGRESS' },
  });
  t.equal(first.statusCode, 200);
  t.equal(first.headers.etag, '"1"');
  const stale = await api.as('editor', {
    method: 'POST',
    url: `/tiltak/${TILTAK_ID}/status`,
    headers: { 'if-match': '"0"' },
    payload: { status: 'ON_HOLD' },
  });
  t.equal(stale.statusCode, 412);
  t.equal(code(stale), 'PRECONDITION.REVISION_MISMATCH');
  for (const ifMatch of ['W/"1"', '1']) {
    const weakOrBare = await api.as('editor', {
      method: 'POST',
      url: `/tiltak/${TILTAK_ID}/notes`,
      headers: { 'if-match': ifMatch },
      payload: { text: `noted with ${ifMatch}` },
    });
    t.equal(weakOrBare.statusCode, ifMatch === 'W/"1"' ? 200 : 412, ifMatch);
  }
  const malformed = await api.as('editor', {
    method: 'POST',
    url: `/tiltak/${TILTAK_ID}/status`,
    headers: { 'if-match': '"a", "b"' },
    payload: { status: 'ON_HOLD' },
  });
  t.equal(malformed.statusCode, 400);
  t.equal(code(malformed), 'REQUEST.INVALID_IF_MATCH');
});

t.test('a broken rule is 409 with the domain code, and nothing is recorded', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  await createTiltak(api);
  const same = await api.as('editor', {
    method: 'POST',
    url: `/tiltak/${TILTAK_ID}/status`,
    payload: { status: 'PLANNED' },
  });
  t.equal(same.statusCode, 409);
  t.equal(code(same), 'TILTAK.NO_CHANGE');
  await api.as('editor', {
    method: 'POST',
    url: `/tiltak/${TILTAK_ID}/status`,
    payload: { status: 'COMPLETED' },
  });
  const reopen = await api.as('editor', {
    method: 'POST',
    url: `/tiltak/${TILTAK_ID}/status`,
    payload: { status: 'IN_PROGRESS' },
  });
  t.equal(reopen.statusCode, 409);
  t.equal(code(reopen), 'TILTAK.REOPEN_NEEDS_REASON');
  const read = await api.as('reader', { method: 'GET', url: `/tiltak/${TILTAK_ID}` });
  t.match(read.headers.etag, /^"1\./);
  const duplicate = await createTiltak(api);
  t.equal(duplicate.statusCode, 409);
  t.equal(code(duplicate), 'TILTAK.ALREADY_EXISTS');
});

t.test('commands on an unknown tiltak or plan are 404', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  const unknown = await api.as('editor', {
    method: 'POST',
    url: '/tiltak/finnes-ikke/status',
    payload: { status: 'IN_PROGRESS' },
  });
  t.equal(unknown.statusCode, 404);
  t.equal(code(unknown), 'TILTAK.NOT_FOUND');
  const noPlan = await createTiltak(api, { planId: 'ukjent-plan' });
  t.equal(noPlan.statusCode, 404);
  t.equal(code(noPlan), 'PLAN.NOT_FOUND');
  const read = await api.as('reader', { method: 'GET', url: '/tiltak/finnes-ikke' });
  t.equal(read.statusCode, 404);
  const history = await api.as('reader', { method: 'GET', url: '/tiltak/finnes-ikke/history' });
  t.equal(history.statusCode, 404);
  t.equal(code(history), 'TILTAK.NOT_FOUND');
});

t.test('bad input is 400 with errors[] naming each field', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  await createTiltak(api);
  const response = await api.as('editor', {
    method: 'POST',
    url: `/tiltak/${TILTAK_ID}/status`,
    payload: { status: 'DONE', effectiveAt: 'last tuesday' },
  });
  t.equal(response.statusCode, 400);
  const paths = response.json<{ errors: { path: string }[] }>().errors.map((error) => error.path);
  t.ok(paths.includes('body.status'), 'status is named');
  t.ok(paths.includes('body.effectiveAt'), 'effectiveAt is named');
  const future = await api.as('editor', {
    method: 'POST',
    url: `/tiltak/${TILTAK_ID}/status`,
    payload: { status: 'IN_PROGRESS', effectiveAt: '2999-01-01T00:00:00Z' },
  });
  t.equal(future.statusCode, 400);
  t.equal(code(future), 'COMMAND.EFFECTIVE_IN_FUTURE');
  const badQuery = await api.as('reader', { method: 'GET', url: `/tiltak/${TILTAK_ID}?validAt=2021-02-30` });
  t.equal(badQuery.statusCode, 400);
  t.same(
    badQuery.json<{ errors: { path: string }[] }>().errors.map((error) => error.path),
    ['querystring.validAt'],
  );
});

t.test('readers may read but not write; no token is 401', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  await createTiltak(api);
  const write = await api.as('reader', {
    method: 'POST',
    url: `/tiltak/${TILTAK_ID}/status`,
    payload: { status: 'IN_PROGRESS' },
  });
  t.equal(write.statusCode, 403);
  t.equal(code(write), 'AUTH.FORBIDDEN');
  const auditorWrite = await api.as('auditor', {
    method: 'POST',
    url: `/tiltak/${TILTAK_ID}/notes`,
    payload: { text: 'x' },
  });
  t.equal(auditorWrite.statusCode, 403);
  for (const url of [`/tiltak/${TILTAK_ID}`, `/tiltak/${TILTAK_ID}/history`]) {
    const anonymous = await api.as(null, { method: 'GET', url });
    t.equal(anonymous.statusCode, 401, url);
    t.equal(code(anonymous), 'AUTH.MISSING_TOKEN');
  }
});

t.test('every tiltak command records its change', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  await createTiltak(api);
  const commands: [string, Record<string, unknown>][] = [
    ['responsibility', { responsible: [{ kind: 'klinikk', name: 'Medisinsk klinikk' }] }],
    ['participants', { participants: [{ kind: 'kommune', name: 'Lørenskog', kommunenummer: '3029' }] }],
    ['funding', { source: 'Samhandlingsmidler', year: 2021, amountNok: 250000 }],
    ['revisions', { title: 'Integrerte helse- og omsorgstjenester' }],
    ['notes', { text: 'Pilot startet i to kommuner.' }],
    ['move', { tiltaksomradeId: 'barn-og-unge' }],
    ['funding/samhandlingsmidler-2021/withdrawal', { reason: 'Omdisponert' }],
  ];
  let revision = 0;
  for (const [path, payload] of commands) {
    const response = await api.as('editor', { method: 'POST', url: `/tiltak/${TILTAK_ID}/${path}`, payload });
    t.equal(response.statusCode, 200, `${path}: ${response.body}`);
    t.equal(response.json<WriteBody>().revision, String(++revision), path);
  }
  const tiltak = await api.as('reader', { method: 'GET', url: `/tiltak/${TILTAK_ID}` });
  t.match(tiltak.json(), {
    title: 'Integrerte helse- og omsorgstjenester',
    tiltaksomradeId: 'barn-og-unge',
    responsible: [{ name: 'Medisinsk klinikk' }],
    participants: [{ kommunenummer: '3029' }],
    funding: [{ grantId: 'samhandlingsmidler-2021', amountNok: 250000, withdrawnAt: String }],
    notes: [{ text: 'Pilot startet i to kommuner.' }],
  });
  const plan = await api.as('reader', { method: 'GET', url: `/plans/${PLAN_ID}` });
  t.equal(plan.statusCode, 200);
});
