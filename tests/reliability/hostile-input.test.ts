// Malformed and adversarial requests for every operation of the OpenAPI document (fast-check): each gets a 4xx
// problem+json or, if it happens to be valid, its normal answer; never a 5xx; and a refused one changes nothing.
import fc from 'fast-check';
import t from 'tap';
import { createPlanStructure, createTiltak, PLAN_ID, startApi, TILTAK_ID } from '../http/api-fixture.js';

const RUNS = Number(process.env['HOSTILE_RUNS'] ?? 1000);

interface Operation {
  method: 'GET' | 'POST';
  path: string;
  pathParams: string[];
  queryParams: string[];
  /** The documented properties of the JSON body, to send with wrong values or leave out. */
  bodyFields: string[];
}

interface JsonSchema {
  $ref?: string;
  properties?: Record<string, unknown>;
}

interface OpenApi {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { name: string; in: string }[];
        requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
      }
    >
  >;
  components?: { schemas?: Record<string, JsonSchema> };
}

function bodyFieldsOf(document: OpenApi, schema: JsonSchema | undefined): string[] {
  const name = schema?.$ref?.split('/').at(-1);
  const resolved = name === undefined ? schema : document.components?.schemas?.[name];
  return Object.keys(resolved?.properties ?? {});
}

const HOSTILE_STRINGS = [
  '',
  ' ',
  '../../../etc/passwd',
  '..%2f..%2fetc%2fpasswd',
  '%00',
  "'; DROP TABLE events; --",
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '${process.exit(1)}',
  '{{constructor.constructor("return process")()}}',
  '__proto__',
  'constructor',
  'prototype',
  '\u202e\u0635\u0648\u0631\u0629',
  '🙂'.repeat(50),
  '\ud800',
  'a'.repeat(10_000),
  '9'.repeat(400),
  '-1',
  '1e309',
  'NaN',
  'null',
  'true',
  '[]',
  '{}',
  '2021-02-30',
  '2021-13-01T00:00:00Z',
  '10000-01-01',
  '0000-00-00T25:61:61+99:99',
  'P1Y',
];

const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** A JSON value of any shape, including what the schemas never expect. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  hostileString,
  fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, -0, 1e308, -1e308, 0.1, 2 ** 53, null, true, [], {}),
);

function nested(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

/** A body as raw text: broken JSON, deep nesting, huge, prototype pollution, or JSON of a hostile shape. */
const hostileBody: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '{',
    '{"a":',
    '}',
    'null',
    '[]',
    '"text"',
    '1e999',
    'NaN',
    "{'single': 'quotes'}",
    '{"a":1,"a":2}',
    '\u0000',
    nested(10_000),
    `{"deep":${nested(5_000)}}`,
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    `{"title":"${'x'.repeat(2 * 1024 * 1024)}"}`,
  ),
  fc.dictionary(hostileString, hostileValue, { maxKeys: 6 }).map((value) => JSON.stringify(value)),
  hostileValue.map((value) => JSON.stringify(value) ?? 'undefined'),
);

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json, text/plain',
  '',
];

t.test('hostile requests to every operation: 4xx problems or normal answers, never a 5xx', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  t.equal((await createTiltak(api)).statusCode, 201);
  const document = (await api.app.inject({ method: 'GET', url: '/openapi.json' })).json<OpenApi>();
  const operations: Operation[] = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => method === 'get' || method === 'post')
      .map(([method, operation]) => ({
        method: method.toUpperCase() as 'GET' | 'POST',
        path,
        pathParams: (operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        bodyFields: bodyFieldsOf(document, operation.requestBody?.content?.['application/json']?.schema),
      })),
  );
  t.ok(operations.length >= 25, `${operations.length} operations in the document`);

  const validIds: Record<string, string> = { planId: PLAN_ID, tiltakId: TILTAK_ID };
  const request = fc.record({
    operation: fc.constantFrom(...operations),
    pathValues: fc.array(fc.oneof(hostileString, fc.constant('valid')), { minLength: 4, maxLength: 4 }),
    query: fc.array(fc.tuple(fc.oneof(fc.constant('documented'), hostileString), hostileString), {
      maxLength: 4,
    }),
    contentType: fc.constantFrom(...CONTENT_TYPES),
    body: fc.oneof(
      hostileBody,
      // The documented fields, each left out or given a hostile value, now and then with an extra one.
      fc.tuple(
        fc.array(fc.option(hostileValue, { nil: undefined }), { minLength: 12, maxLength: 12 }),
        fc.boolean(),
      ),
    ),
    ifMatch: fc.option(hostileString, { nil: undefined }),
    idempotencyKey: fc.option(hostileString, { nil: undefined }),
    accept: fc.constantFrom(undefined, 'text/csv', 'application/xml', '*/*', 'text/html;q=0.1'),
  });

  const statuses = new Map<number, number>();
  let cases = 0;
  await fc.assert(
    fc.asyncProperty(request, async (generated) => {
      const { operation } = generated;
      let path = operation.path;
      operation.pathParams.forEach((name, index) => {
        const value = generated.pathValues[index] ?? 'valid';
        const chosen = value === 'valid' ? (validIds[name] ?? 'x') : value;
        path = path.replace(`{${name}}`, pathSegment(chosen));
      });
      const search = new URLSearchParams();
      for (const [name, value] of generated.query) {
        const documented = operation.queryParams[value.length % Math.max(1, operation.queryParams.length)];
        search.append(name === 'documented' && documented !== undefined ? documented : name, value);
      }
      const headers: Record<string, string> = {};
      if (generated.ifMatch !== undefined) headers['if-match'] = headerSafe(generated.ifMatch);
      if (generated.idempotencyKey !== undefined)
        headers['idempotency-key'] = headerSafe(generated.idempotencyKey);
      if (generated.accept !== undefined) headers['accept'] = generated.accept;
      if (operation.method === 'POST' && generated.contentType !== '')
        headers['content-type'] = generated.contentType;
      const query = search.toString();

      const headBefore = await api.service.store.headPosition();
      const response = await api.as('admin', {
        method: operation.method,
        url: `${path}${query === '' ? '' : `?${query}`}`,
        headers,
        ...(operation.method === 'POST' ? { payload: bodyText(generated.body, operation.bodyFields) } : {}),
      });
      cases += 1;
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
      const where = `${operation.method} ${path}?${query} → ${response.statusCode} ${response.body.slice(0, 200)}`;
      if (response.statusCode >= 500) throw new Error(`5xx: ${where}`);
      if (response.statusCode >= 400) {
        const type = String(response.headers['content-type']);
        if (!type.startsWith('application/problem+json')) throw new Error(`not a problem: ${where}`);
        if (typeof response.json<{ code?: unknown }>().code !== 'string')
          throw new Error(`no code: ${where}`);
        const headAfter = await api.service.store.headPosition();
        if (headAfter !== headBefore) throw new Error(`a refused request changed the store: ${where}`);
      }
    }),
    { numRuns: RUNS },
  );
  t.comment(
    `${cases} hostile requests over ${operations.length} operations; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
  );
  t.equal(({} as Record<string, unknown>)['polluted'], undefined, 'no prototype was polluted');
  const alive = await api.app.inject({ method: 'GET', url: '/health/ready' });
  t.equal(alive.statusCode, 200, 'the server still answers');
  const plan = await api.as('reader', { method: 'GET', url: `/plans/${PLAN_ID}` });
  t.equal(plan.statusCode, 200, 'and its plan is still there');
});

function bodyText(body: string | [unknown[], boolean], fields: readonly string[]): string {
  if (typeof body === 'string') return body;
  const [values, extra] = body;
  const object: Record<string, unknown> = {};
  fields.forEach((field, index) => {
    if (values[index] !== undefined) object[field] = values[index];
  });
  if (extra) object['unexpected'] = values[11] ?? 'extra';
  return JSON.stringify(object);
}

/** Header values cannot carry control characters or non-Latin-1 text at all; keep the rest of the hostility. */
function headerSafe(value: string): string {
  return value.replace(/[^\x20-\x7e]/g, '?');
}

const LONE = '[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';
const LONE_SURROGATE = new RegExp(`(${LONE})`);
const LONE_SURROGATE_ONLY = new RegExp(`^(?:${LONE})$`);

/** The value percent-encoded; a lone surrogate becomes the invalid UTF-8 it would be, a case of its own. */
function pathSegment(value: string): string {
  return value
    .split(LONE_SURROGATE)
    .map((part) => (LONE_SURROGATE_ONLY.test(part) ? '%ED%A0%80' : encodeURIComponent(part)))
    .join('');
}
