// Every example in the OpenAPI document works against a fresh install (issue 17 §6): the seed plans loaded, each
// operation is sent with the examples of its path and query parameters and its body, in the document's order, on
// one server, and answers 2xx. Optional headers (If-Match, Idempotency-Key, If-None-Match) are left out: their
// examples show the form, not a value that holds.
import t from 'tap';
import { startApi, type Api } from './api-fixture.js';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  example?: unknown;
  schema?: { example?: unknown };
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: { example?: unknown } }> };
}
type OpenApi = { paths: Record<string, Record<string, Operation>> };

async function seededApi(t: Parameters<typeof startApi>[0]): Promise<Api> {
  const api = await startApi(t, { SEED: 'true' });
  const head = await api.service.store.headPosition();
  if (head === null) throw new Error('the seed appended nothing');
  if (!(await api.service.projections.waitForPosition(head, 120_000))) throw new Error('projections lag');
  return api;
}

/** A parameter's example as it goes in a URL: numbers and strings as they are. */
function exampleOf(parameter: Parameter): string | undefined {
  const example = parameter.example ?? parameter.schema?.example;
  if (example === undefined) return undefined;
  return typeof example === 'string' ? example : JSON.stringify(example);
}

t.test('every documented example answers 2xx on a freshly seeded server', async (t) => {
  const api = await seededApi(t);
  const document = (await api.app.inject({ method: 'GET', url: '/openapi.json' })).json<OpenApi>();
  let sent = 0;
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const parameters = operation.parameters ?? [];
      let url = path;
      const query = new URLSearchParams();
      for (const parameter of parameters) {
        const example = exampleOf(parameter);
        if (parameter.in === 'path') {
          t.not(example, undefined, `${method} ${path}: path parameter ${parameter.name} has an example`);
          url = url.replace(`{${parameter.name}}`, encodeURIComponent(String(example ?? '')));
        }
        if (parameter.in === 'query' && example !== undefined) query.set(parameter.name, example);
      }
      const body = operation.requestBody?.content['application/json']?.schema.example;
      const target = query.size === 0 ? url : `${url}?${query.toString()}`;
      const response = await api.as('admin', {
        method: method.toUpperCase(),
        url: target,
        ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
      });
      sent += 1;
      t.ok(
        response.statusCode >= 200 && response.statusCode < 300,
        `${method.toUpperCase()} ${target}: ${response.statusCode} ${response.statusCode >= 300 ? response.body.slice(0, 300) : ''}`,
      );
    }
  }
  t.ok(sent >= 40, `${sent} operations sent`);
});
