// X-Min-Position: a read that names a position waits until this replica's projections have applied it, is refused
// with 503 READ.POSITION_NOT_REACHED and Retry-After after the bounded wait, and is validated and documented on
// every read route.
import t from 'tap';
import {
  MIN_POSITION_HEADER,
  MIN_POSITION_RETRY_AFTER_SECONDS,
  POSITION_NOT_REACHED,
} from '../../src/http/min-position.js';
import { code, createPlanStructure, createTiltak, PLAN_ID, startApi, TILTAK_ID } from './api-fixture.js';

interface Parameter {
  in: string;
  name: string;
  schema?: { pattern?: string };
}
type OpenApi = { paths: Record<string, Record<string, { parameters?: Parameter[]; security?: unknown[] }>> };

t.test('every read route that takes a token declares the header in the OpenAPI document', async (t) => {
  const api = await startApi(t);
  const document = (await api.app.inject({ method: 'GET', url: '/openapi.json' })).json<OpenApi>();
  const reads = Object.entries(document.paths).flatMap(([path, operations]) =>
    operations.get === undefined ? [] : [{ path, operation: operations.get }],
  );
  // GET /metrics tells about this process, not about the log: no position to wait for.
  const withToken = reads.filter(
    ({ path, operation }) => path !== '/metrics' && (operation.security ?? []).length > 0,
  );
  t.ok(withToken.length >= 20, `${withToken.length} read routes that take a token`);
  const missing = withToken
    .filter(
      ({ operation }) =>
        !(operation.parameters ?? []).some(
          (parameter) => parameter.in === 'header' && parameter.name === MIN_POSITION_HEADER,
        ),
    )
    .map(({ path }) => path);
  t.same(missing, [], 'each declares X-Min-Position');
  const posts = Object.values(document.paths).flatMap((operations) =>
    operations.post ? [operations.post] : [],
  );
  t.ok(
    posts.every((operation) => !(operation.parameters ?? []).some((p) => p.name === MIN_POSITION_HEADER)),
    'commands do not',
  );
});

t.test('a header that is not a position is a 400 naming it', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  for (const value of ['abc', '-1', '1.5', ' 1', '0x10', '99999999999999999999', '9223372036854775808', '']) {
    const response = await api.as('reader', {
      method: 'GET',
      url: `/plans/${PLAN_ID}`,
      headers: { [MIN_POSITION_HEADER]: value },
    });
    t.equal(response.statusCode, 400, `${JSON.stringify(value)} is refused`);
    t.equal(code(response), 'REQUEST.VALIDATION_FAILED');
    t.match(response.body, /x-min-position/, 'the problem names the header');
    t.match(response.headers['content-type'], /application\/problem\+json/);
  }
  const ok = await api.as('reader', {
    method: 'GET',
    url: `/plans/${PLAN_ID}`,
    headers: { [MIN_POSITION_HEADER]: '0' },
  });
  t.equal(ok.statusCode, 200, 'position 0 is reached by any replica');
});

t.test('a read naming a position already applied answers at once', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  const created = await createTiltak(api);
  t.equal(created.statusCode, 201);
  const position = created.json<{ position: string }>().position;
  const read = await api.as('reader', {
    method: 'GET',
    url: `/tiltak/${TILTAK_ID}`,
    headers: { [MIN_POSITION_HEADER]: position },
  });
  t.equal(read.statusCode, 200);
});

t.test('a read naming a position not yet written waits for it and then shows it', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  const head = await api.service.store.headPosition();
  const next = String((head ?? 0n) + 1n);
  // Sent before the write: it can only answer 200 with the tiltak by waiting for the position.
  const read = api.as('reader', {
    method: 'GET',
    url: `/tiltak/${TILTAK_ID}`,
    headers: { [MIN_POSITION_HEADER]: next },
  });
  let settled = false;
  void read.then(() => {
    settled = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 200));
  t.notOk(settled, 'the read waits while the position is not there');
  const created = await createTiltak(api);
  t.equal(created.statusCode, 201);
  const answer = await read;
  t.equal(answer.statusCode, 200, 'answered once the write was applied');
  t.equal(answer.json<{ tiltakId: string }>().tiltakId, TILTAK_ID);
});

t.test('a position this replica does not reach in time is a 503 with Retry-After', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  const head = (await api.service.store.headPosition()) ?? 0n;
  const response = await api.as('reader', {
    method: 'GET',
    url: `/plans/${PLAN_ID}`,
    headers: { [MIN_POSITION_HEADER]: String(head + 1000n) },
  });
  t.equal(response.statusCode, 503);
  t.equal(code(response), POSITION_NOT_REACHED);
  t.equal(response.headers['retry-after'], String(MIN_POSITION_RETRY_AFTER_SECONDS));
  t.match(response.headers['content-type'], /application\/problem\+json/);
  t.equal(response.json<{ minPosition: string }>().minPosition, String(head + 1000n));
});

t.test('the header is checked after the token: no token is a 401, not a wait', async (t) => {
  const api = await startApi(t);
  const response = await api.as(null, {
    method: 'GET',
    url: `/plans/${PLAN_ID}`,
    headers: { [MIN_POSITION_HEADER]: '999999' },
  });
  t.equal(response.statusCode, 401);
});
