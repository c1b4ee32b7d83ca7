import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { openApiDatabase } from '../../src/auth/api-database.js';
import { TokenStore } from '../../src/auth/token-store.js';

function freshStore(t: Test) {
  const dir = mkdtempSync(join(tmpdir(), 'tokens-'));
  const db = openApiDatabase(dir);
  t.teardown(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { store: new TokenStore(db), db, dir };
}

t.test('a created token authenticates as its principal', async (t) => {
  const { store } = freshStore(t);
  const { token, info } = store.create({ name: 'Kari Nordmann', role: 'editor', organization: 'Ahus' });
  t.same(store.authenticate(token), {
    id: info.id,
    name: 'Kari Nordmann',
    role: 'editor',
    organization: 'Ahus',
    plans: undefined,
  });
});

t.test('only a hash of the secret is stored', async (t) => {
  const { store, db } = freshStore(t);
  const { token } = store.create({ name: 'Kari', role: 'reader' });
  const secret = token.split('_').slice(2).join('_');
  const rows = db.prepare('SELECT * FROM tokens').all() as Record<string, unknown>[];
  const stored = JSON.stringify(
    rows.map((row) => ({ ...row, secret_hash: (row.secret_hash as Buffer).toString('hex') })),
  );
  t.notMatch(stored, secret);
  t.notMatch(stored, token);
});

t.test('a wrong secret, an unknown id or a malformed token is refused', async (t) => {
  const { store } = freshStore(t);
  const { token } = store.create({ name: 'Kari', role: 'reader' });
  const last = token.at(-1) === 'A' ? 'B' : 'A';
  t.equal(store.authenticate(token.slice(0, -1) + last), null);
  t.equal(store.authenticate(token.replace(/^shp_[a-z0-9]{12}/, 'shp_000000000000')), null);
  for (const bad of ['', 'Bearer', 'shp_', `${token}x`, token.toUpperCase(), 'æøå'.repeat(50)]) {
    t.equal(store.authenticate(bad), null, `refused: ${JSON.stringify(bad.slice(0, 20))}`);
  }
});

t.test('a revoked token is refused at once, also by another connection to the same file', async (t) => {
  const { store, dir } = freshStore(t);
  const { token, info } = store.create({ name: 'Ola', role: 'admin' });
  const other = openApiDatabase(dir);
  t.teardown(() => other.close());
  const otherStore = new TokenStore(other);
  t.ok(otherStore.authenticate(token));
  t.ok(store.revoke(info.id));
  t.equal(otherStore.authenticate(token), null);
  t.notOk(store.revoke(info.id), 'revoking twice reports nothing revoked');
  t.ok(store.list()[0]?.revokedAt);
});
