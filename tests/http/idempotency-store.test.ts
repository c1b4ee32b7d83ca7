import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { openApiDatabase } from '../../src/auth/api-database.js';
import {
  IDEMPOTENCY_RETENTION_MS,
  IDEMPOTENCY_RETRY_DELAY_MS,
  IDEMPOTENCY_WRITE_DELAY_MS,
  IdempotencyStore,
} from '../../src/http/idempotency/index.js';

function dataDir(t: { teardown(fn: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'shp-idempotency-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const response = { status: 201, headers: { location: '/tiltak/a' }, body: '{"revision":"0"}' };

t.test('a completed key replays its response, also after the database is reopened', async (t) => {
  const dir = dataDir(t);
  const first = openApiDatabase(dir);
  const store = new IdempotencyStore(first);
  t.same(store.claim('token-1', 'key-1', 'fp'), { kind: 'claimed' });
  store.complete('token-1', 'key-1', response);
  store.flush();
  first.close();

  const reopened = openApiDatabase(dir);
  t.teardown(() => reopened.close());
  t.same(new IdempotencyStore(reopened).claim('token-1', 'key-1', 'fp'), { kind: 'replay', response });
});

t.test('completed responses are written to the file together, shortly after they complete', async (t) => {
  const dir = dataDir(t);
  const db = openApiDatabase(dir);
  t.teardown(() => db.close());
  const store = new IdempotencyStore(db);
  for (const key of ['key-1', 'key-2']) {
    store.claim('token-1', key, 'fp');
    store.complete('token-1', key, response);
  }
  t.same(
    store.claim('token-1', 'key-1', 'fp'),
    { kind: 'replay', response },
    'answered before it is written',
  );
  await new Promise((resolve) => setTimeout(resolve, IDEMPOTENCY_WRITE_DELAY_MS + 50));
  const other = openApiDatabase(dir);
  t.teardown(() => other.close());
  const otherStore = new IdempotencyStore(other);
  t.same(otherStore.claim('token-1', 'key-1', 'fp'), { kind: 'replay', response });
  t.same(otherStore.claim('token-1', 'key-2', 'fp'), { kind: 'replay', response });
});

t.test('the same key with a different request is refused as reused', async (t) => {
  const db = openApiDatabase(dataDir(t));
  t.teardown(() => db.close());
  const store = new IdempotencyStore(db);
  store.claim('token-1', 'key-1', 'fp-a');
  store.complete('token-1', 'key-1', response);
  t.same(store.claim('token-1', 'key-1', 'fp-b'), { kind: 'key-reused' });
});

t.test('a key is in progress until completed, and free again when released', async (t) => {
  const db = openApiDatabase(dataDir(t));
  t.teardown(() => db.close());
  const store = new IdempotencyStore(db);
  store.claim('token-1', 'key-1', 'fp');
  t.same(store.claim('token-1', 'key-1', 'fp'), { kind: 'in-progress' });
  store.release('token-1', 'key-1');
  t.same(store.claim('token-1', 'key-1', 'fp'), { kind: 'claimed' });
});

t.test('keys are scoped per token', async (t) => {
  const db = openApiDatabase(dataDir(t));
  t.teardown(() => db.close());
  const store = new IdempotencyStore(db);
  store.claim('token-1', 'key-1', 'fp');
  store.complete('token-1', 'key-1', response);
  t.same(store.claim('token-2', 'key-1', 'fp'), { kind: 'claimed' });
});

t.test('a claim left unfinished by a stopped process is released at the next start', async (t) => {
  const dir = dataDir(t);
  const first = openApiDatabase(dir);
  new IdempotencyStore(first).claim('token-1', 'key-1', 'fp');
  first.close();
  const reopened = openApiDatabase(dir);
  t.teardown(() => reopened.close());
  t.same(new IdempotencyStore(reopened).claim('token-1', 'key-1', 'fp'), { kind: 'claimed' });
});

t.test('a key is forgotten after the retention period', async (t) => {
  const db = openApiDatabase(dataDir(t));
  t.teardown(() => db.close());
  let now = Date.parse('2023-01-01T00:00:00Z');
  const store = new IdempotencyStore(db, () => new Date(now));
  store.claim('token-1', 'key-1', 'fp');
  store.complete('token-1', 'key-1', response);
  now += IDEMPOTENCY_RETENTION_MS + 1;
  store.purgeExpired();
  t.same(store.claim('token-1', 'key-1', 'other'), { kind: 'claimed' });
});

t.test(
  'a full database file fails no caller: the records wait in memory and are written once there is room',
  async (t) => {
    const dir = dataDir(t);
    const db = openApiDatabase(dir);
    t.teardown(() => db.close());
    const warnings: string[] = [];
    const store = new IdempotencyStore(db, undefined, { warn: (_obj, msg) => warnings.push(msg) });
    // The injected fault: SQLite answers SQLITE_FULL for any page past those the file has now.
    const pages = Number(db.pragma('page_count', { simple: true }));
    db.pragma(`max_page_count = ${pages}`);
    for (let n = 0; n < 200; n++) {
      store.claim('token-1', `key-${n}`, 'fp');
      store.complete('token-1', `key-${n}`, { ...response, body: 'x'.repeat(2000) });
    }
    t.doesNotThrow(() => store.flush(), 'the write fails without throwing');
    t.equal(warnings.length, 1, 'the fault is logged once');
    t.same(store.claim('token-1', 'key-7', 'fp'), {
      kind: 'replay',
      response: { ...response, body: 'x'.repeat(2000) },
    });

    db.pragma('max_page_count = 1073741823');
    await new Promise((resolve) => setTimeout(resolve, IDEMPOTENCY_RETRY_DELAY_MS + 200));
    const other = openApiDatabase(dir);
    t.teardown(() => other.close());
    t.same(
      new IdempotencyStore(other).claim('token-1', 'key-199', 'fp'),
      { kind: 'replay', response: { ...response, body: 'x'.repeat(2000) } },
      'written by the timer once the fault has passed',
    );
  },
);

t.test(
  'a database another connection holds locked fails no caller, and its records are written later',
  async (t) => {
    const dir = dataDir(t);
    const db = openApiDatabase(dir);
    t.teardown(() => db.close());
    db.pragma('busy_timeout = 0');
    const store = new IdempotencyStore(db);
    const locker = openApiDatabase(dir);
    t.teardown(() => locker.close());
    locker.exec('BEGIN IMMEDIATE');
    store.claim('token-1', 'key-1', 'fp');
    store.complete('token-1', 'key-1', response);
    t.doesNotThrow(() => store.flush());
    locker.exec('ROLLBACK');
    await new Promise((resolve) => setTimeout(resolve, IDEMPOTENCY_RETRY_DELAY_MS + 200));
    t.same(new IdempotencyStore(locker).claim('token-1', 'key-1', 'fp'), { kind: 'replay', response });
  },
);
