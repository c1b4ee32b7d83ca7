import t from 'tap';
import { TILTAK_ID, code, createPlanStructure, createTiltak, startApi } from './api-fixture.js';

t.test('a body over 1 MiB is a 413 problem', async (t) => {
  const api = await startApi(t);
  const response = await api.as('editor', {
    method: 'POST',
    url: '/plans',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ title: 'x'.repeat(1024 * 1024 + 1) }),
  });
  t.equal(response.statusCode, 413);
  t.match(response.headers['content-type'], /^application\/problem\+json/);
  t.equal(code(response), 'REQUEST.TOO_LARGE');
});

t.test('a body that is not JSON is a 415 problem; broken JSON is 400', async (t) => {
  const api = await startApi(t);
  const response = await api.as('editor', {
    method: 'POST',
    url: '/plans',
    headers: { 'content-type': 'text/plain' },
    payload: 'planId=x',
  });
  t.equal(response.statusCode, 415);
  t.equal(code(response), 'REQUEST.UNSUPPORTED_MEDIA_TYPE');
  const broken = await api.as('editor', {
    method: 'POST',
    url: '/plans',
    headers: { 'content-type': 'application/json' },
    payload: '{"planId": ',
  });
  t.equal(broken.statusCode, 400);
  t.equal(code(broken), 'REQUEST.INVALID_JSON');
});

t.test('security headers are set, and the request id comes back', async (t) => {
  const api = await startApi(t);
  const response = await api.as('reader', {
    method: 'GET',
    url: '/plans',
    headers: { 'x-request-id': 'trace-42' },
  });
  t.equal(response.headers['x-request-id'], 'trace-42');
  t.equal(response.headers['x-content-type-options'], 'nosniff');
  t.ok(response.headers['content-security-policy']);
  t.ok(response.headers['strict-transport-security']);
  for (const name of [
    'cross-origin-opener-policy',
    'cross-origin-resource-policy',
    'origin-agent-cluster',
    'referrer-policy',
    'x-dns-prefetch-control',
    'x-download-options',
    'x-frame-options',
    'x-permitted-cross-domain-policies',
    'x-xss-protection',
  ]) {
    t.ok(response.headers[name], `helmet's ${name}`);
  }
  t.equal(response.headers['x-frame-options'], 'SAMEORIGIN');
  t.notMatch(String(response.headers['content-security-policy']), /upgrade-insecure-requests/);
  const refused = await api.as(null, { method: 'GET', url: '/plans' });
  t.equal(refused.headers['x-content-type-options'], 'nosniff', 'a 401 carries them too');
});

t.test('Swagger UI loads under its own content security policy', async (t) => {
  const api = await startApi(t);
  const page = await api.app.inject({ method: 'GET', url: '/docs/' });
  t.equal(page.statusCode, 200);
  const csp = String(page.headers['content-security-policy']);
  t.match(csp, /script-src 'self'/);
  t.notMatch(csp, /upgrade-insecure-requests/, 'plain-http local starts can load the page assets');
  const asset = await api.app.inject({ method: 'GET', url: '/docs/static/swagger-ui-bundle.js' });
  t.equal(asset.statusCode, 200);
});

t.test('CORS is off unless origins are configured', async (t) => {
  const off = await startApi(t);
  const response = await off.as('reader', {
    method: 'GET',
    url: '/plans',
    headers: { origin: 'https://a.example' },
  });
  t.equal(response.headers['access-control-allow-origin'], undefined);

  const on = await startApi(t, { CORS_ORIGINS: 'https://a.example' });
  const allowed = await on.as('reader', {
    method: 'GET',
    url: '/plans',
    headers: { origin: 'https://a.example' },
  });
  t.equal(allowed.headers['access-control-allow-origin'], 'https://a.example');
  const preflight = await on.app.inject({
    method: 'OPTIONS',
    url: '/tiltak',
    headers: {
      origin: 'https://a.example',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization,content-type,idempotency-key',
    },
  });
  t.equal(preflight.statusCode, 204, 'a preflight needs no token');
  const other = await on.as('reader', {
    method: 'GET',
    url: '/plans',
    headers: { origin: 'https://b.example' },
  });
  t.equal(other.headers['access-control-allow-origin'], undefined);
});

t.test('each token has its own rate limit; the 429 is a problem with Retry-After', async (t) => {
  const api = await startApi(t, { RATE_LIMIT_PER_MINUTE: '3' });
  for (let index = 0; index < 3; index++) {
    const response = await api.as('reader', { method: 'GET', url: '/plans' });
    t.equal(response.statusCode, 200);
  }
  const limited = await api.as('reader', { method: 'GET', url: '/plans' });
  t.equal(limited.statusCode, 429);
  t.equal(code(limited), 'REQUEST.RATE_LIMITED');
  t.match(limited.headers['content-type'], /^application\/problem\+json/);
  t.ok(Number(limited.headers['retry-after']) > 0);
  const otherToken = await api.as('editor', { method: 'GET', url: '/plans' });
  t.equal(otherToken.statusCode, 200, 'another token is not limited by the first one');
  const health = await api.app.inject({ method: 'GET', url: '/health/live' });
  t.equal(health.statusCode, 200, 'health checks are not limited');
});

t.test('an unexpected error is a 500 with a generic detail and the request id, no stack', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  await createTiltak(api);
  // The command handler fails in a way no rule anticipates.
  const original = api.service.commands.handle.bind(api.service.commands);
  api.service.commands.handle = () => Promise.reject(new Error('disk on fire at /var/secret/path'));
  t.teardown(() => {
    api.service.commands.handle = original;
  });
  const response = await api.as('editor', {
    method: 'POST',
    url: `/tiltak/${TILTAK_ID}/status`,
    headers: { 'x-request-id': 'req-500' },
    payload: { status: 'IN_PROGRESS' },
  });
  t.equal(response.statusCode, 500);
  t.equal(code(response), 'INTERNAL');
  t.equal(response.json<{ requestId: string }>().requestId, 'req-500');
  t.notMatch(response.body, 'disk on fire');
  t.notMatch(response.body, 'secret');
});
