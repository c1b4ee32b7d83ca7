// Tokens that expire (issue 15 §6): --expires on the CLI, expiry and last use in `list`, and an expired token
// refused with its own code.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { openApiDatabase } from '../../src/auth/api-database.js';
import { parseExpiry } from '../../src/auth/token-expiry.js';
import { isExpired } from '../../src/auth/token-registry.js';
import { LAST_USE_RESOLUTION_MS, TokenStore } from '../../src/auth/token-store.js';
import { startApi } from '../http/api-fixture.js';

const ROOT = join(import.meta.dirname, '..', '..');
const LOADER = process.execArgv.filter((flag) => flag.includes('@tapjs/typescript'));

function freshStore(t: Test, clock: () => Date) {
  const dir = mkdtempSync(join(tmpdir(), 'tokens-'));
  const db = openApiDatabase(dir);
  t.teardown(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { store: new TokenStore(db, clock), dir };
}

t.test('--expires takes a duration, a date or an instant, and only a future one', async (t) => {
  const now = new Date('2026-12-02T12:00:00.000Z');
  t.equal(parseExpiry('90d', now).toISOString(), '2027-03-02T12:00:00.000Z');
  t.equal(parseExpiry('12h', now).toISOString(), '2026-12-03T00:00:00.000Z');
  t.equal(parseExpiry('2w', now).toISOString(), '2026-12-16T12:00:00.000Z');
  t.equal(parseExpiry('2027-06-30', now).toISOString(), '2027-06-30T21:59:59.999Z', 'through that Oslo day');
  t.equal(parseExpiry('2027-01-01T08:00:00+01:00', now).toISOString(), '2027-01-01T07:00:00.000Z');
  for (const bad of [
    '0d',
    '90',
    '90y',
    'soon',
    '2026-12-01',
    '2026-12-02T11:00:00Z',
    '2027-01-01T08:00:00',
  ]) {
    t.throws(() => parseExpiry(bad, now), { name: 'InvalidExpiry' }, `refused: ${bad}`);
  }
});

t.test('a token is accepted until its expiry and refused as expired from then on', async (t) => {
  let now = new Date('2026-12-02T12:00:00.000Z');
  const { store } = freshStore(t, () => now);
  const { token, info } = store.create({
    name: 'Kari',
    role: 'editor',
    expiresAt: new Date('2026-12-03T12:00:00.000Z'),
  });
  t.equal(info.expiresAt, '2026-12-03T12:00:00.000Z');
  const before = store.authenticate(token);
  t.notOk(isExpired(before));
  t.equal(before !== null && !isExpired(before) ? before.id : null, info.id);
  now = new Date('2026-12-03T12:00:00.000Z');
  const after = store.authenticate(token);
  t.ok(isExpired(after), 'expired at its expiry instant, also when it was verified before (cached)');
  t.same(after, { expired: true, id: info.id, expiresAt: '2026-12-03T12:00:00.000Z' });
  const forever = store.create({ name: 'Ola', role: 'reader' });
  now = new Date('2099-01-01T00:00:00.000Z');
  t.notOk(isExpired(store.authenticate(forever.token)), 'a token without expiry never expires');
  t.equal(store.list().find((entry) => entry.id === forever.info.id)?.expiresAt, null);
});

t.test('the last use is recorded, at most once a minute per token', async (t) => {
  let now = new Date('2026-12-02T12:00:00.000Z');
  const { store, dir } = freshStore(t, () => now);
  const { token, info } = store.create({ name: 'Kari', role: 'reader' });
  t.equal(store.list()[0]?.lastUsedAt, null, 'never used');
  store.authenticate(token);
  t.equal(store.list()[0]?.lastUsedAt, '2026-12-02T12:00:00.000Z');
  now = new Date(now.getTime() + LAST_USE_RESOLUTION_MS - 1);
  store.authenticate(token);
  t.equal(store.list()[0]?.lastUsedAt, '2026-12-02T12:00:00.000Z', 'not written again within the minute');
  now = new Date(now.getTime() + 1);
  store.authenticate(token);
  t.equal(store.list()[0]?.lastUsedAt, '2026-12-02T12:01:00.000Z');
  // Another connection (the CLI) sees it.
  const other = openApiDatabase(dir);
  t.teardown(() => other.close());
  t.equal(new TokenStore(other).list()[0]?.lastUsedAt, '2026-12-02T12:01:00.000Z');
  t.equal(store.list()[0]?.id, info.id);
});

t.test('an expired token is answered 401 AUTH.TOKEN_EXPIRED, a wrong one AUTH.INVALID_TOKEN', async (t) => {
  const api = await startApi(t);
  const db = openApiDatabase(api.dataDir);
  const store = new TokenStore(db);
  const expired = store.create({ name: 'Gone', role: 'admin', expiresAt: new Date(Date.now() - 1000) });
  const valid = store.create({ name: 'Here', role: 'admin', expiresAt: new Date(Date.now() + 3_600_000) });
  db.close();
  const as = (token: string) =>
    api.app.inject({ method: 'GET', url: '/plans', headers: { authorization: `Bearer ${token}` } });
  const refused = await as(expired.token);
  t.equal(refused.statusCode, 401);
  t.equal(refused.json<{ code: string }>().code, 'AUTH.TOKEN_EXPIRED');
  t.match(String(refused.headers['content-type']), /application\/problem\+json/);
  t.equal((await as(valid.token)).statusCode, 200, 'a token before its expiry works');
  const wrong = await as(`${valid.token.slice(0, -1)}${valid.token.endsWith('A') ? 'B' : 'A'}`);
  t.equal(wrong.json<{ code: string }>().code, 'AUTH.INVALID_TOKEN');
});

t.test('npm run token: create --expires, and list shows expiry and last use', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'shp-token-cli-'));
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
  const cli = (...args: string[]) =>
    execFileSync(process.execPath, [...LOADER, 'src/cli/token.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir },
      encoding: 'utf8',
    });
  const created = cli('create', '--name', 'Kari Nordmann', '--role', 'editor', '--expires', '90d');
  const token = /^(shp_\S+)$/m.exec(created)?.[1] ?? '';
  const expires = /^expires (\S+);/m.exec(created)?.[1] ?? '';
  const days = (Date.parse(expires) - Date.now()) / 86_400_000;
  t.ok(days > 89.9 && days <= 90, `expires in 90 days (${expires})`);
  const db = openApiDatabase(dataDir);
  new TokenStore(db).authenticate(token);
  db.close();
  const listed = cli('list');
  t.match(listed, new RegExp(`expires ${expires.replace(/[.]/g, '\\.')}`));
  t.match(listed, /last used \d{4}-\d{2}-\d{2}T/);
  t.match(listed, /\tactive\n/);
  const scopedOutput = cli(
    'create',
    '--name',
    'Per',
    '--role',
    'editor',
    '--plans',
    'ahus-2020-2022,hso-2021',
  );
  t.match(scopedOutput, /plans ahus-2020-2022,hso-2021/);
  t.match(cli('list'), /\tplans ahus-2020-2022,hso-2021\t/, 'list shows the scope');
  t.throws(
    () => cli('create', '--name', 'Per', '--role', 'editor', '--plans', 'Ikke Gyldig'),
    'a bad plan id',
  );
  t.throws(
    () => cli('create', '--name', 'Ola', '--role', 'reader', '--expires', 'tomorrow'),
    'an unreadable --expires is refused',
  );
});
