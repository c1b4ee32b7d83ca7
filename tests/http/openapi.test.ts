import SwaggerParser from '@apidevtools/swagger-parser';
import t from 'tap';
import { startApi } from './api-fixture.js';

interface Operation {
  summary?: string;
  description?: string;
  security?: unknown[];
  responses: Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }>;
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
}
type OpenApi = { openapi: string; paths: Record<string, Record<string, Operation>> };

function openApiPath(url: string): string {
  return url.replace(/:([A-Za-z]+)/g, '{$1}');
}

t.test('the OpenAPI document is valid OpenAPI 3 and lists every route the app serves', async (t) => {
  const api = await startApi(t);
  const response = await api.app.inject({ method: 'GET', url: '/openapi.json' });
  t.equal(response.statusCode, 200);
  const document = response.json<OpenApi>();
  await t.resolves(SwaggerParser.validate(structuredClone(document) as never), 'swagger-parser accepts it');

  const served = api.app.registeredRoutes.filter(
    (route) =>
      !route.hidden &&
      route.method !== 'HEAD' &&
      route.method !== 'OPTIONS' &&
      !route.url.startsWith('/docs') &&
      route.url !== '/openapi.json',
  );
  t.ok(served.length >= 25, `${served.length} routes`);
  for (const route of served) {
    const operation = document.paths[openApiPath(route.url)]?.[route.method.toLowerCase()];
    t.ok(operation, `${route.method} ${route.url} is documented`);
  }
});

/** The routes besides the health probes that need no token (the key is what a client checks heads with). */
const OPEN_PATHS = new Set(['/audit/public-key']);

t.test('every operation has a summary, a description, an example and its error responses', async (t) => {
  const api = await startApi(t);
  const document = (await api.app.inject({ method: 'GET', url: '/openapi.json' })).json<OpenApi>();
  const documentText = JSON.stringify(document);
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const name = `${method.toUpperCase()} ${path}`;
      t.ok(operation.summary, `${name} has a summary`);
      t.ok(operation.description, `${name} has a description`);
      if (path.startsWith('/health')) continue;
      const open = OPEN_PATHS.has(path);
      t.same(operation.security, open ? [] : [{ bearerAuth: [] }], `${name} names its security`);
      for (const status of open ? ['400', '429', '500'] : ['400', '401', '403', '429', '500']) {
        t.ok(
          operation.responses[status]?.content?.['application/problem+json'],
          `${name} documents ${status}`,
        );
      }
      if (method === 'post') {
        for (const status of ['409', '412', '413', '415', '422']) {
          t.ok(operation.responses[status], `${name} documents ${status}`);
        }
        t.match(JSON.stringify(operation.requestBody), /"example"/, `${name} has a request example`);
      } else {
        t.match(
          JSON.stringify(operation),
          /"example"|\$ref/,
          `${name} has an example or a referenced schema`,
        );
      }
    }
  }
  t.match(documentText, /"bearerAuth"/);
});
