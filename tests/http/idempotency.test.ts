import t from 'tap';
import { openApiDatabase } from '../../src/auth/api-database.js';
import { TILTAK_ID, code, createPlanStructure, createTiltak, startApi, type Api } from './api-fixture.js';

async function eventCount(api: Api): Promise<number> {
  const feed = await api.as('admin', { method: 'GET', url: '/events?limit=1000' });
  return feed.json<{ events: unknown[] }>().events.length;
}

function changeStatus(api: Api, key: string, status = 'IN_PROGRESS') {
  return api.as('editor', {
    method: 'POST',
    url: `/tiltak/${TILTAK_ID}/status`,
    headers: { 'idempotency-key': key },
    payload: { status },
  });
}

t.test(
  'a retried POST with the same Idempotency-Key returns the first response and appends nothing',
  async (t) => {
    const api = await startApi(t);
    await createPlanStructure(api);
    await createTiltak(api);
    const first = await changeStatus(api, 'retry-1');
    t.equal(first.statusCode, 200);
    const count = await eventCount(api);
    const retry = await changeStatus(api, 'retry-1');
    t.equal(retry.statusCode, 200);
    t.equal(retry.body, first.body, 'the same body, event ids included');
    t.equal(retry.headers['idempotent-replayed'], 'true');
    t.equal(retry.headers.etag, first.headers.etag);
    t.equal(await eventCount(api), count, 'nothing more appended');
  },
);

t.test('a create retried with its key replays 201 and Location', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  const payload = {
    tiltakId: 'nytt-tiltak',
    planId: 'handlingsplan-2020-2022',
    tiltaksomradeId: 'skropelige-eldre',
    title: 'Nytt tiltak',
  };
  const send = () =>
    api.as('editor', { method: 'POST', url: '/tiltak', headers: { 'idempotency-key': 'create-1' }, payload });
  const first = await send();
  const retry = await send();
  t.equal(first.statusCode, 201);
  t.equal(retry.statusCode, 201, 'not 409 ALREADY_EXISTS: the retry gets the first answer');
  t.equal(retry.headers.location, '/tiltak/nytt-tiltak');
  t.equal(retry.body, first.body);
});

t.test('the same key with a different body is 422 IDEMPOTENCY.KEY_REUSED', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  await createTiltak(api);
  await changeStatus(api, 'reuse-1', 'IN_PROGRESS');
  const other = await changeStatus(api, 'reuse-1', 'ON_HOLD');
  t.equal(other.statusCode, 422);
  t.equal(code(other), 'IDEMPOTENCY.KEY_REUSED');
});

t.test('keys belong to one token: another token’s request with the same key is its own', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  await createTiltak(api);
  await changeStatus(api, 'shared-key', 'IN_PROGRESS');
  const admin = await api.as('admin', {
    method: 'POST',
    url: `/tiltak/${TILTAK_ID}/status`,
    headers: { 'idempotency-key': 'shared-key' },
    payload: { status: 'IN_PROGRESS' },
  });
  t.equal(admin.statusCode, 409, 'executed, not replayed: the status is already IN_PROGRESS');
  t.equal(code(admin), 'TILTAK.NO_CHANGE');
});

t.test('two concurrent requests with one key never append twice', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  await createTiltak(api);
  const before = await eventCount(api);
  const responses = await Promise.all([
    changeStatus(api, 'race-1'),
    changeStatus(api, 'race-1'),
    changeStatus(api, 'race-1'),
  ]);
  const statuses = responses.map((response) => response.statusCode).sort();
  t.equal(statuses.filter((status) => status === 200).length >= 1, true);
  for (const response of responses) {
    if (response.statusCode !== 200) t.equal(code(response), 'IDEMPOTENCY.IN_PROGRESS');
  }
  t.equal(await eventCount(api), before + 1, 'one append');
});

t.test('the stored response survives a restart', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  await createTiltak(api);
  const first = await changeStatus(api, 'restart-1');
  await api.restart();
  const count = await eventCount(api);
  const retry = await changeStatus(api, 'restart-1');
  t.equal(retry.statusCode, 200);
  t.equal(retry.body, first.body);
  t.equal(retry.headers['idempotent-replayed'], 'true');
  t.equal(await eventCount(api), count);
});

t.test(
  'a retry after a crash between the append and the answer finds the append and adds nothing',
  async (t) => {
    const api = await startApi(t);
    await createPlanStructure(api);
    await createTiltak(api);
    const first = await changeStatus(api, 'crash-1');
    t.equal(first.statusCode, 200);
    // The process died after the append and before the response was recorded: the claim was never completed.
    await api.restart();
    const keys = openApiDatabase(api.dataDir);
    keys.prepare('DELETE FROM idempotency_keys WHERE idempotency_key = ?').run('crash-1');
    keys.close();
    const count = await eventCount(api);
    const retry = await changeStatus(api, 'crash-1');
    t.equal(retry.statusCode, 200, retry.body);
    t.same(retry.json<{ eventIds: string[] }>().eventIds, first.json<{ eventIds: string[] }>().eventIds);
    t.equal(retry.json<{ revision: string }>().revision, first.json<{ revision: string }>().revision);
    t.equal(await eventCount(api), count, 'nothing appended twice');
  },
);

t.test('a refused command is replayed as refused; a malformed key is 400', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  await createTiltak(api);
  const refused = await changeStatus(api, 'refused-1', 'PLANNED');
  t.equal(refused.statusCode, 409);
  const again = await changeStatus(api, 'refused-1', 'PLANNED');
  t.equal(again.statusCode, 409);
  t.equal(again.headers['idempotent-replayed'], 'true');
  const malformed = await changeStatus(api, 'has spaces in it');
  t.equal(malformed.statusCode, 400);
  t.equal(code(malformed), 'IDEMPOTENCY.INVALID_KEY');
});

/** What the 24-hour retention does to a key's record: it is gone (purgeExpired deletes it the same way). */
async function expireRecords(api: Api): Promise<void> {
  await api.restart();
  const keys = openApiDatabase(api.dataDir);
  keys.prepare('DELETE FROM idempotency_keys').run();
  keys.close();
}

t.test(
  'after its record expires a key that appended stays bound to its command, on every tiltak',
  async (t) => {
    const api = await startApi(t);
    await createPlanStructure(api);
    await createTiltak(api);
    t.equal(
      (await createTiltak(api, { tiltakId: 'annet-tiltak', number: '1.1.2', title: 'Annet tiltak' }))
        .statusCode,
      201,
    );
    const note = (tiltakId: string, text: string) =>
      api.as('editor', {
        method: 'POST',
        url: `/tiltak/${tiltakId}/notes`,
        headers: { 'idempotency-key': 'gammel-nokkel' },
        payload: { text },
      });
    const first = await note(TILTAK_ID, 'Første');
    t.equal(first.statusCode, 200);
    await expireRecords(api);
    const count = await eventCount(api);

    const sameTiltak = await note(TILTAK_ID, 'Et nytt notat');
    t.equal(
      sameTiltak.statusCode,
      422,
      'a new note with the old key on the same tiltak is refused, not dropped',
    );
    t.equal(code(sameTiltak), 'IDEMPOTENCY.KEY_REUSED');
    const otherTiltak = await note('annet-tiltak', 'Et nytt notat');
    t.equal(otherTiltak.statusCode, 422, 'on another tiltak: 422, not a 500');
    t.equal(code(otherTiltak), 'IDEMPOTENCY.KEY_REUSED');
    const retry = await note(TILTAK_ID, 'Første');
    t.equal(retry.statusCode, 200, 'the original request is still its replay');
    t.equal(retry.headers['idempotent-replayed'], 'true');
    t.same(retry.json<{ eventIds: string[] }>().eventIds, first.json<{ eventIds: string[] }>().eventIds);
    t.equal(await eventCount(api), count, 'nothing appended');
  },
);

t.test('after its record expires a key whose request was refused is free again', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  await createTiltak(api);
  const refused = await api.as('editor', {
    method: 'POST',
    url: '/tiltak/finnes-ikke/notes',
    headers: { 'idempotency-key': 'ledig-nokkel' },
    payload: { text: 'Notat' },
  });
  t.equal(refused.statusCode, 404);
  await expireRecords(api);
  const reused = await api.as('editor', {
    method: 'POST',
    url: `/tiltak/${TILTAK_ID}/notes`,
    headers: { 'idempotency-key': 'ledig-nokkel' },
    payload: { text: 'Notat' },
  });
  t.equal(reused.statusCode, 200, 'nothing was appended under it, so nothing binds it');
});
