import pino from 'pino';
import t from 'tap';
import type { Permission } from '../../src/auth/roles.js';
import type { Principal } from '../../src/auth/token-store.js';
import { buildApp } from '../../src/http/app.js';

const principals: Record<string, Principal> = {
  'reader-token': { id: 'r1', name: 'Rita Reader', role: 'reader' },
  'editor-token': { id: 'e1', name: 'Erik Editor', role: 'editor', organization: 'Ahus' },
  'auditor-token': { id: 'a1', name: 'Anne Auditor', role: 'auditor' },
  'admin-token': { id: 'd1', name: 'Dag Admin', role: 'admin' },
};

async function appWithProbeRoutes() {
  const app = await buildApp({
    logger: pino({ level: 'silent' }),
    readiness: { check: () => Promise.resolve({ ready: true as const, position: null }) },
    authenticator: { authenticate: (token) => principals[token] ?? null },
  });
  for (const access of ['read', 'write', 'audit'] as Permission[]) {
    app.get(`/probe/${access}`, { config: { access } }, function probe(request) {
      return { actor: request.principal };
    });
  }
  app.get('/probe/unmarked', function unmarked() {
    return { leaked: true };
  });
  t.teardown(() => app.close());
  return app;
}

const allowed: Record<string, Permission[]> = {
  'reader-token': ['read'],
  'editor-token': ['read', 'write'],
  'auditor-token': ['read', 'audit'],
  'admin-token': ['read', 'write', 'audit'],
};

t.test('each role reaches exactly what DESIGN.md §5 allows it', async (t) => {
  const app = await appWithProbeRoutes();
  for (const [token, permissions] of Object.entries(allowed)) {
    for (const access of ['read', 'write', 'audit'] as Permission[]) {
      const response = await app.inject({
        method: 'GET',
        url: `/probe/${access}`,
        headers: { authorization: `Bearer ${token}` },
      });
      const expected = permissions.includes(access) ? 200 : 403;
      t.equal(response.statusCode, expected, `${token} on ${access}`);
      if (expected === 200) t.same(response.json(), { actor: principals[token] });
      else t.equal(response.json<{ code: string }>().code, 'AUTH.FORBIDDEN');
    }
  }
});

t.test('a missing, malformed or unknown token is 401 with a challenge', async (t) => {
  const app = await appWithProbeRoutes();
  const cases: [Record<string, string>, string][] = [
    [{}, 'AUTH.MISSING_TOKEN'],
    [{ authorization: 'Basic cmVhZGVyOnB3' }, 'AUTH.INVALID_TOKEN'],
    [{ authorization: 'Bearer' }, 'AUTH.INVALID_TOKEN'],
    [{ authorization: 'Bearer nope' }, 'AUTH.INVALID_TOKEN'],
    [{ authorization: 'Bearer reader-token extra' }, 'AUTH.INVALID_TOKEN'],
  ];
  for (const [headers, code] of cases) {
    const response = await app.inject({ method: 'GET', url: '/probe/read', headers });
    t.equal(response.statusCode, 401, JSON.stringify(headers));
    t.match(response.headers['content-type'], /^application\/problem\+json/);
    t.match(response.headers['www-authenticate'], /^Bearer/);
    t.equal(response.json<{ code: string }>().code, code);
  }
});

t.test('a route registered without an access rule fails closed', async (t) => {
  const app = await appWithProbeRoutes();
  const response = await app.inject({
    method: 'GET',
    url: '/probe/unmarked',
    headers: { authorization: 'Bearer admin-token' },
  });
  t.equal(response.statusCode, 500);
  t.notMatch(response.body, 'leaked');
});

t.test('health, docs and the OpenAPI document are open', async (t) => {
  const app = await appWithProbeRoutes();
  for (const url of ['/health/live', '/health/ready', '/docs/', '/openapi.json']) {
    const response = await app.inject({ method: 'GET', url });
    t.equal(response.statusCode, 200, url);
  }
});
