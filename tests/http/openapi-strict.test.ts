// The OpenAPI document as a client's tooling reads it (issue 17 §5/§6): redocly lint finds no error, real answers
// of the seed validate against it strictly (JSON Schema 2020-12, as OpenAPI 3.1 means), and the headers are named.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import t from 'tap';
import { startApi, type Api } from './api-fixture.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');

interface Response {
  headers?: Record<string, unknown>;
  content?: Record<string, { schema: unknown }>;
}
type OpenApi = {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, Response> }>>;
};

async function seededApi(t: Parameters<typeof startApi>[0]): Promise<Api> {
  const api = await startApi(t, { SEED: 'true' });
  const head = await api.service.store.headPosition();
  if (head === null) throw new Error('the seed appended nothing');
  if (!(await api.service.projections.waitForPosition(head, 120_000))) throw new Error('projections lag');
  return api;
}

async function openApi(api: Api): Promise<OpenApi> {
  return (await api.app.inject({ method: 'GET', url: '/openapi.json' })).json<OpenApi>();
}

t.test('redocly lint (redocly.yaml, offline) reports no error on /openapi.json', async (t) => {
  const api = await startApi(t);
  const dir = mkdtempSync(join(tmpdir(), 'shp-openapi-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'openapi.json');
  writeFileSync(file, JSON.stringify(await openApi(api)));
  const result = await run(
    join(ROOT, 'node_modules', '.bin', 'redocly'),
    ['lint', file, '--config', join(ROOT, 'redocly.yaml'), '--format=json'],
    {
      cwd: dir,
      // No usage report and no version check: the lint runs where there is no network.
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 120_000,
    },
  ).catch((error: { stdout?: string; stderr?: string; code?: number }) => error);
  const report = JSON.parse(String(result.stdout)) as {
    totals: { errors: number };
    problems: { ruleId: string; severity: string; message: string }[];
  };
  const errors = report.problems.filter((problem) => problem.severity === 'error');
  t.same(
    errors.map((problem) => `${problem.ruleId}: ${problem.message}`),
    [],
    'no lint errors',
  );
  t.equal(report.totals.errors, 0);
});

t.test('real answers with null status and null retractedBy validate strictly', async (t) => {
  const api = await seededApi(t);
  const document = await openApi(api);
  t.equal(document.openapi, '3.1.0');
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema({ ...document, $id: 'openapi' });
  const pointer = (path: string, method: string, status: string) =>
    `openapi#/paths/${path.replaceAll('~', '~0').replaceAll('/', '~1')}/${method}/responses/${status}/content/application~1json/schema`;
  const check = async (url: string, path: string) => {
    const response = await api.as('reader', { method: 'GET', url });
    t.equal(response.statusCode, 200, url);
    const validate = ajv.compile({ $ref: pointer(path, 'get', '200') });
    const valid = validate(response.json());
    t.ok(valid, `${url}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    return response.json<Record<string, unknown>>();
  };
  // 13 tiltak of the Ahus document have no status written beside them: their status is null.
  const tiltak = await check('/tiltak?planId=ahus-2020-2022&status=NOT_REPORTED&limit=1', '/tiltak');
  const [notReported] = tiltak['items'] as { tiltakId: string; status: unknown }[];
  t.equal(notReported?.status, null, 'a seed tiltak with status null');
  const one = await check(`/tiltak/${String(notReported?.tiltakId)}`, '/tiltak/{tiltakId}');
  t.equal(one['status'], null);
  const history = await check(
    '/tiltak/ahus-apen-dialog-nettverksmoter/history',
    '/tiltak/{tiltakId}/history',
  );
  t.equal((history['entries'] as { retractedBy: unknown }[])[0]?.retractedBy, null);
  await check('/plans/ahus-2020-2022', '/plans/{planId}');
  // The same answers fail a schema that leaves null out: the check can fail.
  const strictStatus = ajv.compile({ type: 'string', enum: ['PLANNED'] });
  t.notOk(strictStatus(one['status']));
});

t.test('response headers are documented', async (t) => {
  const api = await startApi(t);
  const { paths } = await openApi(api);
  const headers = (path: string, method: string, status: string) =>
    Object.keys(paths[path]?.[method]?.responses[status]?.headers ?? {}).sort();
  t.same(headers('/tiltak', 'post', '201'), [
    'etag',
    'idempotent-replayed',
    'location',
    'x-projection-pending',
    'x-request-id',
  ]);
  t.same(headers('/events/{eventId}/corrections', 'post', '200'), [
    'etag',
    'idempotent-replayed',
    'x-projection-pending',
    'x-request-id',
  ]);
  t.ok(headers('/events/{eventId}/corrections', 'post', '409').includes('retry-after'));
  t.same(headers('/tiltak/{tiltakId}', 'get', '200'), ['etag', 'x-request-id']);
  t.same(headers('/tiltak', 'get', '200'), ['link', 'x-request-id']);
  t.ok(headers('/plans', 'get', '429').includes('retry-after'));
  t.ok(headers('/plans', 'get', '503').includes('retry-after'));
  t.ok(headers('/plans', 'get', '401').includes('www-authenticate'));
  t.same(
    (paths['/health/live']?.['get'] as { security?: unknown } | undefined)?.security,
    [],
    'an open route says security: []',
  );
});
