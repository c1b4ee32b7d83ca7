// Past its in-flight limit the server refuses at once (503 SERVER.OVERLOADED), loses nothing it admitted, keeps
// its memory and answers normally again when the load stops.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import t from 'tap';
import { createPlanStructure, createTiltak, PLAN_ID, startApi, TILTAK_ID } from '../http/api-fixture.js';

// tap starts the file without --expose-gc: without a real collection, heapUsed counts garbage not yet swept,
// and the memory check would measure the collector's timing instead of what the server keeps.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const LIMIT = 8;
const FLOOD = 300;

interface Outcome {
  status: number;
  code: string | undefined;
  retryAfter: string | null;
  write: boolean;
}

t.test('a flood past the in-flight limit is shed with 503, and the server recovers', async (t) => {
  const api = await startApi(t, { MAX_IN_FLIGHT_REQUESTS: String(LIMIT) });
  await createPlanStructure(api);
  t.equal((await createTiltak(api)).statusCode, 201);
  const base = await api.app.listen({ port: 0, host: '127.0.0.1' });
  const headers = { authorization: `Bearer ${api.tokens.editor}`, 'content-type': 'application/json' };

  async function send(index: number): Promise<Outcome> {
    const write = index % 2 === 0;
    const response = await fetch(
      write ? `${base}/tiltak/${TILTAK_ID}/notes` : `${base}/plans/${PLAN_ID}?validAt=2021-01-01`,
      write
        ? { method: 'POST', headers, body: JSON.stringify({ text: `Notat ${index}` }) }
        : { headers: { authorization: headers.authorization } },
    );
    const body = (await response.json()) as { code?: string };
    return {
      status: response.status,
      code: body.code,
      retryAfter: response.headers.get('retry-after'),
      write,
    };
  }

  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  let shed = 0;
  let admittedWrites = 0;
  for (let round = 0; round < 3; round++) {
    const outcomes = await Promise.all(Array.from({ length: FLOOD }, (_, index) => send(index)));
    const refused = outcomes.filter((outcome) => outcome.status === 503);
    shed += refused.length;
    admittedWrites += outcomes.filter((outcome) => outcome.write && outcome.status < 300).length;
    t.ok(
      refused.every((outcome) => outcome.code === 'SERVER.OVERLOADED' && outcome.retryAfter === '1'),
      'each with its code and Retry-After',
    );
    t.same(
      outcomes
        .filter((outcome) => outcome.status !== 503 && outcome.status >= 300)
        .map((outcome) => outcome.status),
      [],
      'everything admitted succeeds',
    );
  }
  t.ok(shed > 0, 'requests past the limit are shed');
  t.comment(`${shed} of ${3 * FLOOD} requests shed at a limit of ${LIMIT} in flight`);

  const notes = (await api.service.store.readStream(`tiltak-${TILTAK_ID}`)).filter(
    (event) => event.type === 'ProgressNoted',
  );
  t.equal(notes.length, admittedWrites, 'every admitted write is stored, and no refused one');

  const afterwards = await Promise.all(Array.from({ length: LIMIT }, (_, index) => send(index)));
  t.same(
    afterwards.map((outcome) => outcome.status),
    afterwards.map(() => 200),
    'once the load stops, a full set of concurrent requests is admitted: no slot leaked',
  );
  const health = await fetch(`${base}/health/live`);
  t.equal(health.status, 200);

  collectGarbage();
  const grownMiB = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  t.comment(`heap after the flood, collected: ${grownMiB.toFixed(1)} MiB more than before`);
  t.ok(grownMiB < 64, `the heap has not kept the flood (grew ${grownMiB.toFixed(1)} MiB)`);
});

t.test('health is answered even when every slot is taken', async (t) => {
  const api = await startApi(t, { MAX_IN_FLIGHT_REQUESTS: '1' });
  const base = await api.app.listen({ port: 0, host: '127.0.0.1' });
  const slow = Array.from({ length: 20 }, () =>
    fetch(`${base}/plans`, { headers: { authorization: `Bearer ${api.tokens.reader}` } }),
  );
  const health = await Promise.all(Array.from({ length: 20 }, () => fetch(`${base}/health/live`)));
  t.same(
    health.map((response) => response.status),
    Array.from({ length: 20 }, () => 200),
  );
  await Promise.all(slow);
});
