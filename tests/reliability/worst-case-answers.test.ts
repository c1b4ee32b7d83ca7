// Issue "Hardening" §1: no answer grows with a collection. One tiltak gets thousands of the largest notes a command
// allows, all in one month; every read that could list them is taken after 600 notes and again after 1,800, and
// must not have grown, nor pass a fixed size. Meanwhile others are still served.
import t from 'tap';
import {
  createPlanStructure,
  createTiltak,
  PLAN_ID,
  startApi,
  TILTAK_ID,
  type Api,
} from '../http/api-fixture.js';

const NOTE_TEXT_MAX = 5000;
const FIXED_BOUND_BYTES = 4 * 1024 * 1024;
const ROLE_FOR_LOG = 'auditor';

/** The reads whose size could follow the number of notes, with the role that may make them. */
const READS: { url: string; accept?: string; role?: 'auditor' }[] = [
  { url: `/tiltak/${TILTAK_ID}` },
  { url: `/tiltak/${TILTAK_ID}/history?limit=200` },
  { url: `/tiltak/${TILTAK_ID}/notes?limit=200` },
  { url: `/plans/${PLAN_ID}` },
  { url: `/plans/${PLAN_ID}/timeline?interval=month` },
  { url: `/plans/${PLAN_ID}/changes?limit=500` },
  { url: `/plans/${PLAN_ID}/diff?fromValidAt=2021-01-01` },
  { url: `/tiltak?planId=${PLAN_ID}&limit=200` },
  { url: '/reports/status' },
  { url: '/reports/funding' },
  { url: '/reports/responsibility' },
  { url: '/reports/status', accept: 'text/csv' },
  { url: '/audit?limit=200', role: ROLE_FOR_LOG },
  { url: '/events?limit=200', role: ROLE_FOR_LOG },
];

async function addNotes(api: Api, from: number, to: number): Promise<void> {
  for (let n = from; n < to; n++) {
    // All in September 2021, a second apart: one timeline month, one diff entry, one history.
    const effectiveAt = new Date(Date.parse('2021-09-07T10:00:00+02:00') + n * 1000).toISOString();
    const response = await api.as('editor', {
      method: 'POST',
      url: `/tiltak/${TILTAK_ID}/notes`,
      payload: { text: `Notat ${n} ${'x'.repeat(NOTE_TEXT_MAX - 12)}`.slice(0, NOTE_TEXT_MAX), effectiveAt },
    });
    if (response.statusCode !== 200) throw new Error(`note ${n}: ${response.statusCode} ${response.body}`);
  }
}

async function sizes(api: Api): Promise<number[]> {
  const answers: number[] = [];
  for (const read of READS) {
    const response = await api.as(read.role ?? 'reader', {
      method: 'GET',
      url: read.url,
      headers: read.accept === undefined ? {} : { accept: read.accept },
    });
    if (response.statusCode !== 200) throw new Error(`${read.url}: ${response.statusCode} ${response.body}`);
    answers.push(response.rawPayload.length);
  }
  return answers;
}

t.test('thousands of the largest notes on one tiltak grow no answer', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  t.equal((await createTiltak(api)).statusCode, 201);

  await addNotes(api, 0, 600);
  const before = await sizes(api);
  await addNotes(api, 600, 1800);
  const after = await sizes(api);

  READS.forEach((read, at) => {
    const name = `${read.url}${read.accept === undefined ? '' : ` (${read.accept})`}`;
    const [was, is] = [before[at] as number, after[at] as number];
    t.comment(`${name}: ${was} bytes after 600 notes, ${is} after 1,800`);
    // A count's digits may grow; nothing listed may.
    t.ok(is <= was * 1.02 + 512, `${name} did not grow with the notes (${was} → ${is} bytes)`);
    t.ok(is <= FIXED_BOUND_BYTES, `${name} stays under ${FIXED_BOUND_BYTES} bytes`);
  });

  const notes = await api.as('reader', { method: 'GET', url: `/tiltak/${TILTAK_ID}` });
  t.equal(notes.json<{ noteCount: number }>().noteCount, 1800, 'the tiltak still counts every note');
  const changes = await api.as('reader', { method: 'GET', url: `/plans/${PLAN_ID}/changes?limit=1` });
  t.ok(changes.json<{ total: number }>().total >= 1800, 'and the changes list pages them all');
});

t.test('while heavy reads run, others are answered', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  t.equal((await createTiltak(api)).statusCode, 201);
  await addNotes(api, 0, 800);
  const base = await api.app.listen({ port: 0, host: '127.0.0.1' });
  const get = async (url: string) =>
    (await fetch(`${base}${url}`, { headers: { authorization: `Bearer ${api.tokens.reader}` } })).status;
  const heavy = Array.from({ length: 8 }, (_, n) =>
    get(
      [
        `/tiltak/${TILTAK_ID}/history?limit=200`,
        `/plans/${PLAN_ID}/diff?fromValidAt=2021-01-01`,
        `/plans/${PLAN_ID}/timeline?interval=month`,
        `/plans/${PLAN_ID}/changes?limit=500`,
      ][n % 4] as string,
    ),
  );
  const light = [get('/health/live'), get('/plans'), get(`/tiltak/${TILTAK_ID}/notes?limit=10`)];
  t.same(await Promise.all(light), [200, 200, 200], 'the light reads are answered');
  t.same(await Promise.all(heavy), Array(8).fill(200), 'and so are the heavy ones');
});
