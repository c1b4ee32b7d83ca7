// Every example in the OpenAPI document works against a fresh install (issue 17 §6): the seed plans loaded, each
// operation is sent with the examples of its path and query parameters and its body, in the document's order, on
// one server, and answers 2xx. Optional headers (If-Match, Idempotency-Key, If-None-Match) are left out: their
// examples show the form, not a value that holds. Every response has an example of its own (a 2xx one is a real
// answer of such a server, recorded by `npm run openapi:examples`) that its schema accepts.
import { Ajv2020 } from 'ajv/dist/2020.js';
import t from 'tap';
import { REPORT_EXAMPLES } from '../../src/http/routes/report-examples.js';
import { startApi, startSeededApi, type Api } from './api-fixture.js';
// @ts-expect-error: a plain ES module script without type declarations
import { exampleKey, exampleRequests, shapeOf, trimmed } from '../../scripts/openapi-examples.mjs';

interface ExampleRequest {
  operation: string;
  method: string;
  path: string;
  url: string;
  payload: unknown;
  missing: string[];
}
interface MediaType {
  schema?: unknown;
  example?: unknown;
}
type OpenApi = {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, MediaType> }> }>
  >;
};

const requestsOf = exampleRequests as (document: OpenApi) => ExampleRequest[];
const trimmedAnswer = trimmed as (value: unknown) => unknown;
const shapeOfValue = shapeOf as (value: unknown) => unknown;
const keyOf = exampleKey as (operation: string, status: number, contentType: string) => string;

async function openApi(api: Api): Promise<OpenApi> {
  return (await api.app.inject({ method: 'GET', url: '/openapi.json' })).json<OpenApi>();
}

/** The documented example of one answer, or undefined. */
function documentedExample(
  document: OpenApi,
  request: ExampleRequest,
  status: number,
  contentType: string,
): unknown {
  const [, path = ''] = request.operation.split(' ');
  return document.paths[path]?.[request.method.toLowerCase()]?.responses[String(status)]?.content?.[
    contentType
  ]?.example;
}

t.test(
  'every documented example answers 2xx on a freshly seeded server, as the documented answer',
  async (t) => {
    const api = await startSeededApi(t);
    const document = await openApi(api);
    let sent = 0;
    for (const request of requestsOf(document)) {
      t.same(request.missing, [], `${request.operation}: every path parameter has an example`);
      const response = await api.as('admin', {
        method: request.method,
        url: request.url,
        ...(request.payload === undefined ? {} : { payload: request.payload as Record<string, unknown> }),
      });
      sent += 1;
      const ok = response.statusCode >= 200 && response.statusCode < 300;
      t.ok(
        ok,
        `${request.method} ${request.url}: ${response.statusCode} ${ok ? '' : response.body.slice(0, 300)}`,
      );
      const type = String(response.headers['content-type'] ?? '').split(';')[0] ?? '';
      if (!ok || type !== 'application/json') continue;
      // Times, ids and hashes differ from the recording's; the fields and which of them are null may not.
      const example = documentedExample(document, request, response.statusCode, type);
      t.same(
        shapeOfValue(example),
        shapeOfValue(trimmedAnswer(response.json())),
        `${keyOf(request.operation, response.statusCode, type)}: the documented answer has the shape of a fresh server's (else run \`npm run openapi:examples\`)`,
      );
    }
    t.ok(sent >= 40, `${sent} operations sent`);
  },
);

t.test('every response has an example, and its schema accepts it', async (t) => {
  const api = await startApi(t);
  const document = await openApi(api);
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema({ ...document, $id: 'openapi' });
  const escape = (part: string) => part.replaceAll('~', '~0').replaceAll('/', '~1');
  let checked = 0;
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const successes = Object.keys(operation.responses).filter((status) => /^2\d\d$/.test(status));
      t.ok(successes.length > 0, `${method} ${path} documents a 2xx answer`);
      for (const [status, response] of Object.entries(operation.responses)) {
        for (const [contentType, media] of Object.entries(response.content ?? {})) {
          const name = `${method.toUpperCase()} ${path} ${status} ${contentType}`;
          // A workbook is bytes: no example can be shown as text.
          if ((media.schema as { format?: string } | undefined)?.format === 'binary') continue;
          // The media type's example, and the schema's own where it has one (the report tables, Prometheus text).
          const examples = [
            media.example,
            (media.schema as { example?: unknown } | undefined)?.example,
          ].filter((example) => example !== undefined);
          t.ok(examples.length > 0, `${name} has an example`);
          const validate = ajv.compile({
            $ref: `openapi#/paths/${escape(path)}/${method}/responses/${status}/content/${escape(contentType)}/schema`,
          });
          for (const example of examples) {
            t.ok(validate(example), `${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
          }
          checked += 1;
        }
      }
    }
  }
  t.ok(checked >= 150, `${checked} examples validated`);
  // The check can fail: an answer without a field its schema requires is refused.
  const planSchema = ajv.compile({
    $ref: `openapi#/paths/${escape('/plans/{planId}')}/get/responses/200/content/application~1json/schema`,
  });
  t.notOk(planSchema({ planId: 'ahus-2020-2022' }));
});

t.test("each report's schema example has the report's own columns, in every row", async (t) => {
  for (const [name, example] of Object.entries(REPORT_EXAMPLES)) {
    t.ok(example.rows.length > 0, `${name}: a row`);
    for (const row of example.rows) t.same(Object.keys(row).sort(), [...example.columns].sort(), name);
  }
});
