import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import t from 'tap';
import { openPgApiDatabase } from '../../src/auth/pg-api-database.js';
import { PgTokenStore } from '../../src/auth/pg-token-store.js';
import { loadConfig } from '../../src/config/config.js';
import { PgIdempotencyStore } from '../../src/http/idempotency/pg-idempotency-store.js';
import { createService, type Service } from '../../src/service.js';
import { PgEventStore } from '../../src/store/postgres/index.js';
import { findPostgresBin, NO_POSTGRES_REASON, startPgNode } from '../support/pg-cluster.js';

/*
 * Two replicas of the service, each with its own DATA_DIR, on one PostgreSQL: a token made once is accepted by
 * both, a revocation counts on both, and a POST retried with its Idempotency-Key on the other replica is replayed,
 * not appended again.
 */
if (findPostgresBin() === null) {
  t.pass('skipped: no PostgreSQL binaries', { skip: NO_POSTGRES_REASON });
} else {
  const server = await startPgNode();
  t.teardown(() => server.stop());
  const url = server.primary.url;

  async function replica(): Promise<Service> {
    const dataDir = mkdtempSync(join(tmpdir(), 'shp-replica-'));
    const config = loadConfig({
      DATA_DIR: dataDir,
      DATABASE_URL: url,
      SEED: 'false',
      LOG_LEVEL: 'silent',
      RATE_LIMIT_PER_MINUTE: '0',
    });
    const service = await createService(config, pino({ level: 'silent' }));
    t.teardown(async () => {
      await service.close();
      rmSync(dataDir, { recursive: true, force: true });
    });
    return service;
  }
  const a = await replica();
  const b = await replica();
  const pool = await openPgApiDatabase(url);
  t.teardown(() => pool.end());
  const tokens = new PgTokenStore(pool);
  const editor = await tokens.create({ name: 'Kari Nordmann', role: 'editor', organization: 'Ahus' });

  const plan = {
    planId: 'handlingsplan-2020-2022',
    title: 'Handlingsplan for samhandlingen 2020-2022',
    period: { from: '2020-01-01', to: '2022-12-31' },
    owner: { kind: 'helseforetak', name: 'Akershus universitetssykehus HF' },
    effectiveAt: '2020-01-01T00:00:00+01:00',
  };
  const post = (service: Service, token: string, key: string) =>
    service.app.inject({
      method: 'POST',
      url: '/plans',
      headers: { authorization: `Bearer ${token}`, 'idempotency-key': key },
      payload: plan,
    });

  await t.test('a retry on the other replica is replayed and appends nothing', async (t) => {
    const key = randomUUID();
    const first = await post(a, editor.token, key);
    t.equal(first.statusCode, 201, 'replica A accepts the token made in PostgreSQL and creates the plan');
    const idempotency = new PgIdempotencyStore(pool);
    // The record is written just after the answer; wait until it is there, as a client's retry would.
    for (let tries = 0; tries < 600; tries += 1) {
      const claim = await idempotency.claim(editor.info.id, key, 'another fingerprint');
      if (claim.kind === 'key-reused') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const retried = await post(b, editor.token, key);
    t.equal(retried.statusCode, 201, 'replica B answers the retry with the first response');
    t.equal(retried.headers['idempotent-replayed'], 'true');
    t.equal(retried.body, first.body, 'byte for byte');
    t.equal(retried.headers['location'], first.headers['location']);

    const store = await PgEventStore.connect({ connectionString: url, applicationName: 'api-state-check' });
    t.teardown(() => store.close());
    const created = (await store.readAll({ after: null, limit: 1000 })).events.filter(
      (event) => event.type === 'PlanCreated',
    );
    t.equal(created.length, 1, 'the plan was created once');
  });

  await t.test('a claim in progress on one replica is seen as in progress on the other', async (t) => {
    const one = new PgIdempotencyStore(pool);
    const other = new PgIdempotencyStore(pool);
    const key = randomUUID();
    t.strictSame(await one.claim('principal-1', key, 'fp'), { kind: 'claimed' });
    t.strictSame(await other.claim('principal-1', key, 'fp'), { kind: 'in-progress' });
    t.strictSame(await other.claim('principal-1', key, 'other'), { kind: 'key-reused' });
    one.release('principal-1', key);
    await one.flush();
    t.strictSame(await other.claim('principal-1', key, 'other'), { kind: 'claimed' }, 'released: free again');
  });

  await t.test('a token revoked through one replica’s table is refused by both', async (t) => {
    const reader = await tokens.create({ name: 'Rita Leser', role: 'reader' });
    const get = (service: Service) =>
      service.app.inject({
        method: 'GET',
        url: '/plans',
        headers: { authorization: `Bearer ${reader.token}` },
      });
    t.equal((await get(a)).statusCode, 200);
    t.equal((await get(b)).statusCode, 200);
    t.equal(await tokens.revoke(reader.info.id), true);
    t.equal((await get(a)).statusCode, 401, 'replica A refuses it at once');
    t.equal((await get(b)).statusCode, 401, 'replica B refuses it at once');
  });
}
