// Concurrent writers over real sockets: conditional writes, unconditional writes and idempotent creates.
import t from 'tap';
import {
  createPlanStructure,
  createTiltak,
  PLAN_ID,
  startApi,
  TILTAK_ID,
  type Api,
} from '../http/api-fixture.js';

const PRECONDITION_CODE = 'PRECONDITION.REVISION_MISMATCH';

/** One editor token sends every request here, so the per-token in-flight limit (tested in slow-bodies) is off. */
function startConcurrentApi(t: Parameters<typeof startApi>[0]): Promise<Api> {
  return startApi(t, { MAX_IN_FLIGHT_PER_TOKEN: '0' });
}

interface Answer {
  status: number;
  body: { code?: string; eventIds?: string[]; revision?: string };
  replayed: boolean;
}

async function listening(api: Api): Promise<(method: string, path: string, init?: Init) => Promise<Answer>> {
  const base = await api.app.listen({ port: 0, host: '127.0.0.1' });
  return async (method, path, init = {}) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${api.tokens.editor}`,
        'content-type': 'application/json',
        ...init.headers,
      },
      body: JSON.stringify(init.body),
    });
    return {
      status: response.status,
      body: (await response.json()) as Answer['body'],
      replayed: response.headers.get('idempotent-replayed') === 'true',
    };
  };
}

interface Init {
  headers?: Record<string, string>;
  body?: unknown;
}

async function streamTypes(api: Api, streamId: string): Promise<string[]> {
  return (await api.service.store.readStream(streamId)).map((event) => event.type);
}

function count<T>(items: readonly T[], keep: (item: T) => boolean): number {
  return items.filter(keep).length;
}

t.test('100 status changes with the same If-Match: exactly one lands, the other 99 get 412', async (t) => {
  const api = await startConcurrentApi(t);
  await createPlanStructure(api);
  t.equal((await createTiltak(api)).statusCode, 201);
  const send = await listening(api);
  const answers = await Promise.all(
    Array.from({ length: 100 }, () =>
      send('POST', `/tiltak/${TILTAK_ID}/status`, {
        headers: { 'if-match': '"0"' },
        body: { status: 'IN_PROGRESS' },
      }),
    ),
  );
  t.equal(
    count(answers, (answer) => answer.status === 200 || answer.status === 201),
    1,
    'one success',
  );
  t.equal(
    count(answers, (answer) => answer.status === 412),
    99,
    '99 precondition failures',
  );
  t.same(
    [...new Set(answers.filter((answer) => answer.status === 412).map((answer) => answer.body.code))],
    [PRECONDITION_CODE],
    'each refusal says why',
  );
  t.same(await streamTypes(api, `tiltak-${TILTAK_ID}`), ['TiltakCreated', 'TiltakStatusChanged']);
});

t.test('100 notes without If-Match all land, each at its own revision, none lost', async (t) => {
  const api = await startConcurrentApi(t);
  await createPlanStructure(api);
  t.equal((await createTiltak(api)).statusCode, 201);
  const send = await listening(api);
  const answers = await Promise.all(
    Array.from({ length: 100 }, (_, index) =>
      send('POST', `/tiltak/${TILTAK_ID}/notes`, { body: { text: `Notat ${index}` } }),
    ),
  );
  t.same(
    answers.map((answer) => answer.status).filter((status) => status >= 300),
    [],
    'every write succeeded',
  );
  const revisions = new Set(answers.map((answer) => answer.body.revision));
  t.equal(revisions.size, 100, 'each at a revision of its own');
  const events = await api.service.store.readStream(`tiltak-${TILTAK_ID}`);
  t.equal(
    count(events, (event) => event.type === 'ProgressNoted'),
    100,
    'all 100 in the stream',
  );
  const tiltak = await api.as('reader', { method: 'GET', url: `/tiltak/${TILTAK_ID}` });
  t.equal(tiltak.json<{ noteCount: number }>().noteCount, 100, 'the tiltak counts all 100');
  const page = await api.as('reader', {
    method: 'GET',
    url: `/tiltak/${TILTAK_ID}/notes?limit=200`,
  });
  const notes = page.json<{ notes: { text: string }[] }>().notes.map((note) => note.text);
  t.same(
    [...notes].sort(),
    Array.from({ length: 100 }, (_, index) => `Notat ${index}`).sort(),
    'and all 100 in the tiltak as read',
  );
});

t.test('20 concurrent creates with one Idempotency-Key create one tiltak', async (t) => {
  const api = await startConcurrentApi(t);
  await createPlanStructure(api);
  const send = await listening(api);
  const body = {
    tiltakId: 'samtidig',
    planId: PLAN_ID,
    tiltaksomradeId: 'skropelige-eldre',
    title: 'Opprettet samtidig',
    effectiveAt: '2020-02-01T00:00:00+01:00',
  };
  const answers = await Promise.all(
    Array.from({ length: 20 }, () =>
      send('POST', '/tiltak', { headers: { 'idempotency-key': 'create-once' }, body }),
    ),
  );
  const created = answers.filter((answer) => answer.status === 201);
  t.ok(created.length >= 1, 'at least the first is answered 201');
  t.equal(
    count(created, (answer) => !answer.replayed),
    1,
    'exactly one of them ran the command',
  );
  t.ok(
    answers.every(
      (answer) =>
        answer.status === 201 || (answer.status === 409 && answer.body.code === 'IDEMPOTENCY.IN_PROGRESS'),
    ),
    'the rest are replays or told the first is still running',
  );
  t.equal(
    new Set(created.map((answer) => JSON.stringify(answer.body.eventIds))).size,
    1,
    'one set of event ids',
  );
  t.same(await streamTypes(api, 'tiltak-samtidig'), ['TiltakCreated']);
});

t.test(
  '20 concurrent creates of one tiltak with different keys: one is created, the rest are refused',
  async (t) => {
    const api = await startConcurrentApi(t);
    await createPlanStructure(api);
    const send = await listening(api);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        send('POST', '/tiltak', {
          headers: { 'idempotency-key': `key-${index}` },
          body: {
            tiltakId: 'samtidig',
            planId: PLAN_ID,
            tiltaksomradeId: 'skropelige-eldre',
            title: `Forsøk ${index}`,
            effectiveAt: '2020-02-01T00:00:00+01:00',
          },
        }),
      ),
    );
    t.equal(
      count(answers, (answer) => answer.status === 201),
      1,
    );
    t.equal(
      count(answers, (answer) => answer.status === 409),
      19,
    );
    t.same(await streamTypes(api, 'tiltak-samtidig'), ['TiltakCreated']);
  },
);
