// Every registered route against every role, no token, a malformed token and a revoked one, by the rules of
// DESIGN.md §5 written out here (not read from the routes' own settings); and no credential in any log line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import t from 'tap';
import { openApiDatabase } from '../../src/auth/api-database.js';
import type { Role } from '../../src/auth/roles.js';
import { TokenStore } from '../../src/auth/token-store.js';
import { loadConfig } from '../../src/config/config.js';
import { createLogger } from '../../src/observability/logger.js';
import { createService } from '../../src/service.js';

type Rule = 'public' | 'read' | 'write' | 'audit';

/** DESIGN.md §5: reader reads and reports; editor adds commands; auditor adds audit, feed and verify; admin all. */
const MAY: Record<Role, readonly Rule[]> = {
  reader: ['public', 'read'],
  editor: ['public', 'read', 'write'],
  auditor: ['public', 'read', 'audit'],
  admin: ['public', 'read', 'write', 'audit'],
};

/** The rule of a route by its method and path; a route this does not know fails the test. */
function ruleOf(method: string, url: string): Rule | null {
  if (url.startsWith('/health') || url.startsWith('/docs') || url === '/openapi.json') return 'public';
  if (url === '/audit/public-key') return 'public';
  // The web page and its assets load before anyone signs in.
  if (method === 'GET' && (url === '/' || url === '/assets/:name')) return 'public';
  // Who the token is: every role, scoped or not (the page asks it at sign-in).
  if (method === 'GET' && url === '/me') return 'read';
  // The log's proofs (docs/audit.md) are for every reader who kept a signed head from a write answer.
  if (method === 'GET' && /^\/audit\/(consistency|inclusion)$/.test(url)) return 'read';
  // Prometheus metrics: operational detail, for the roles that read the audit trail (docs/deployment.md).
  if (method === 'GET' && url === '/metrics') return 'audit';
  if (method === 'GET' && (url === '/events' || url.startsWith('/audit'))) return 'audit';
  if (method === 'GET' && /^\/(plans|tiltak|reports|parties)(\/|$)/.test(url)) return 'read';
  if (method === 'POST' && /^\/(plans|tiltak|events)(\/|$)/.test(url)) return 'write';
  return null;
}

/**
 * What a token scoped to plans meets besides its role's rules (docs/api.md, "Tokens"): a read naming a plan by
 * `:planId` follows the scope; a read of the whole log (event feed, audit trail without a plan, verify) is refused
 * to any scoped token; lists, reports and commands (here refused on their empty body first) are not refused.
 */
type ScopeRule = 'plan' | 'log' | 'none';
function scopeRuleOf(method: string, url: string): ScopeRule {
  if (method !== 'GET') return 'none';
  if (url === '/events' || url.startsWith('/audit')) return 'log';
  return url.includes(':planId') ? 'plan' : 'none';
}

/** The id every path parameter gets in the matrix; a scope naming it is "in scope". */
const PARAMETER_ID = 'finnes-ikke';

const MALFORMED = 'not-a-token';
const ROLES: Role[] = ['reader', 'editor', 'auditor', 'admin'];

t.test('every route answers every role by the rules, and no credential reaches the log', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'shp-access-'));
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
  const tokenDb = openApiDatabase(dataDir);
  const tokenStore = new TokenStore(tokenDb);
  const tokens = Object.fromEntries(
    ROLES.map((role) => [role, tokenStore.create({ name: `Person ${role}`, role }).token]),
  ) as Record<Role, string>;
  const scopedTokens: [string, string, Role, 'in' | 'out'][] = [
    ['editor scoped to the plan asked', 'editor', PARAMETER_ID, 'in'],
    ['editor scoped to another plan', 'editor', 'en-annen-plan', 'out'],
    ['auditor scoped to the plan asked', 'auditor', PARAMETER_ID, 'in'],
    ['reader scoped to another plan', 'reader', 'en-annen-plan', 'out'],
  ].map(([label, role, plan, where]) => [
    label as string,
    tokenStore.create({ name: label as string, role: role as Role, plans: [plan as string] }).token,
    role as Role,
    where as 'in' | 'out',
  ]);
  const expired = tokenStore.create({ name: 'Expired', role: 'admin', expiresAt: new Date(Date.now() - 1) });
  const doomed = tokenStore.create({ name: 'Leaving', role: 'admin' });
  const revoked = tokenStore.create({ name: 'Left', role: 'admin' });
  t.ok(tokenStore.revoke(revoked.info.id), 'one token is revoked before the matrix');
  const lines: string[] = [];
  const capture = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  const service = await createService(
    loadConfig({ DATA_DIR: dataDir, SEED: 'false', RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'trace' }),
    createLogger('trace', capture),
  );
  t.teardown(async () => {
    await service.close();
    tokenDb.close();
  });
  const app = service.app;
  await app.ready();

  const routes = app.registeredRoutes.filter(
    (route) => route.method !== 'HEAD' && route.method !== 'OPTIONS',
  );
  const unknown = routes.filter((route) => ruleOf(route.method, route.url) === null);
  t.same(unknown, [], 'every route has a rule here: a new route must be added to this test');

  const credentials: [string, string | undefined, Role | null, ('in' | 'out')?][] = [
    ...ROLES.map((role): [string, string, Role] => [role, `Bearer ${tokens[role]}`, role]),
    ...scopedTokens.map(([label, token, role, where]): [string, string, Role, 'in' | 'out'] => [
      label,
      `Bearer ${token}`,
      role,
      where,
    ]),
    ['no token', undefined, null],
    ['malformed token', `Bearer ${MALFORMED}`, null],
    ['wrong scheme', `Basic ${tokens.admin}`, null],
    ['revoked token', `Bearer ${revoked.token}`, null],
    ['expired token', `Bearer ${expired.token}`, null],
  ];
  let checked = 0;
  for (const route of routes) {
    const rule = ruleOf(route.method, route.url) as Rule;
    const url = route.url.replace(/:[A-Za-z]+/g, PARAMETER_ID).replace('*', 'index.html');
    const scopeRule = scopeRuleOf(route.method, route.url);
    for (const [label, authorization, role, scope] of credentials) {
      const response = await app.inject({
        method: route.method as 'GET' | 'POST',
        url,
        headers: {
          ...(authorization === undefined ? {} : { authorization }),
          ...(route.method === 'POST' ? { 'content-type': 'application/json' } : {}),
        },
        ...(route.method === 'POST' ? { payload: '{}' } : {}),
      });
      const code = String(response.headers['content-type']).includes('json')
        ? response.json<{ code?: string }>().code
        : undefined;
      const where = `${route.method} ${route.url} as ${label}`;
      if (rule === 'public') {
        t.not(response.statusCode, 401, where);
        t.not(response.statusCode, 403, where);
      } else if (role === null) {
        t.equal(response.statusCode, 401, where);
        t.match(code, label === 'expired token' ? 'AUTH.TOKEN_EXPIRED' : /^AUTH\./, where);
      } else if (
        MAY[role].includes(rule) &&
        scope !== undefined &&
        (scopeRule === 'log' || (scopeRule === 'plan' && scope === 'out'))
      ) {
        t.equal(response.statusCode, 403, `${where}: outside the scope`);
        t.equal(code, 'AUTH.OUT_OF_SCOPE', where);
      } else if (MAY[role].includes(rule)) {
        t.ok(
          response.statusCode !== 401 && response.statusCode !== 403,
          `${where}: allowed (${response.statusCode})`,
        );
      } else {
        t.equal(response.statusCode, 403, where);
        t.equal(code, 'AUTH.FORBIDDEN', where);
      }
      checked += 1;
    }
  }
  t.comment(`${routes.length} routes × ${credentials.length} credentials = ${checked} requests checked`);

  const before = await app.inject({
    method: 'GET',
    url: '/plans',
    headers: { authorization: `Bearer ${doomed.token}` },
  });
  t.equal(before.statusCode, 200, 'a token works until it is revoked');
  t.ok(tokenStore.revoke(doomed.info.id));
  const after = await app.inject({
    method: 'GET',
    url: '/plans',
    headers: { authorization: `Bearer ${doomed.token}` },
  });
  t.equal(after.statusCode, 401, 'and is refused on the very next request');

  const secrets = [
    ...Object.values(tokens),
    ...scopedTokens.map(([, token]) => token),
    doomed.token,
    revoked.token,
    expired.token,
    MALFORMED,
  ];
  const leaks = lines.filter(
    (line) => secrets.some((secret) => line.includes(secret)) || /bearer /i.test(line),
  );
  t.ok(lines.length > checked, `the log was written (${lines.length} lines at trace level)`);
  t.same(leaks, [], 'no token and no Authorization value in any log line');
});
