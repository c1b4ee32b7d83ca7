import pino from 'pino';
import t from 'tap';
import { buildApp } from '../../src/http/app.js';

async function appWith(ready: boolean) {
  const app = await buildApp({
    logger: pino({ level: 'silent' }),
    readiness: {
      check: () =>
        Promise.resolve(
          ready
            ? { ready: true as const, position: 41n }
            : { ready: false as const, reason: 'catching-up', position: null },
        ),
    },
    authenticator: { authenticate: () => null },
  });
  t.teardown(() => app.close());
  return app;
}

t.test('liveness answers 200 without credentials', async (t) => {
  const app = await appWith(false);
  const response = await app.inject({ method: 'GET', url: '/health/live' });
  t.equal(response.statusCode, 200);
  t.same(response.json(), { status: 'ok' });
  t.ok(response.headers['x-request-id'], 'every response names its request id');
});

t.test('readiness is 503 problem+json until the projections have caught up', async (t) => {
  const app = await appWith(false);
  const response = await app.inject({ method: 'GET', url: '/health/ready' });
  t.equal(response.statusCode, 503);
  t.match(response.headers['content-type'], /^application\/problem\+json/);
  t.equal(response.json<{ code: string }>().code, 'SERVICE.NOT_READY');
});

t.test('readiness is 200 with the position once caught up', async (t) => {
  const app = await appWith(true);
  const response = await app.inject({ method: 'GET', url: '/health/ready' });
  t.equal(response.statusCode, 200);
  t.same(response.json(), { status: 'ready', position: '41' });
});

t.test('an unknown route is a 404 problem with a stable code', async (t) => {
  const app = await appWith(true);
  const response = await app.inject({ method: 'GET', url: '/nope?x=1' });
  t.equal(response.statusCode, 404);
  t.match(response.headers['content-type'], /^application\/problem\+json/);
  t.equal(response.json<{ code: string }>().code, 'ROUTE.NOT_FOUND');
});

t.test('the OpenAPI document is served and lists the health routes', async (t) => {
  const app = await appWith(true);
  const response = await app.inject({ method: 'GET', url: '/openapi.json' });
  t.equal(response.statusCode, 200);
  const document = response.json<{ openapi: string; paths: Record<string, unknown> }>();
  t.match(document.openapi, /^3\./);
  t.ok(document.paths['/health/live']);
  t.ok(document.paths['/health/ready']);
});

t.test('Swagger UI is served at /docs', async (t) => {
  const app = await appWith(true);
  const response = await app.inject({ method: 'GET', url: '/docs/' });
  t.equal(response.statusCode, 200);
  t.match(response.headers['content-type'], /text\/html/);
});
