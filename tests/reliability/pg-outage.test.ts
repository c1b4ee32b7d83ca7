import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { PgEventStore } from '../../src/store/postgres/index.js';
import { createPlanStructure, PLAN_ID, startApi, type Api } from '../http/api-fixture.js';
import { findPostgresBin, freePort, NO_POSTGRES_REASON, startPgNode } from '../support/pg-cluster.js';

/*
 * PostgreSQL away and back: at start the service refuses with one line and a non-zero exit; while running, writes
 * answer 503 STORE.UNAVAILABLE and readiness 503; once the server is back (stopped with -m immediate, as in a
 * crash, then started again) the service recovers by itself, and the log holds every acknowledged change once.
 */
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));

if (findPostgresBin() === null) {
  t.pass('skipped: no PostgreSQL binaries', { skip: NO_POSTGRES_REASON });
} else {
  await t.test('PostgreSQL down at start: one clear line and a non-zero exit', async (t) => {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'shp-pg-down-'));
    t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
    const child = spawn(
      process.execPath,
      ['--import', import.meta.resolve('@tapjs/typescript/import'), MAIN],
      {
        cwd: PROJECT_ROOT,
        env: {
          ...process.env,
          NODE_OPTIONS: '',
          TS_NODE_TRANSPILE_ONLY: '1',
          DATA_DIR: dataDir,
          DATABASE_URL: `postgres://postgres:secret-password@127.0.0.1:${port}/postgres`,
          PORT: '0',
          SEED: 'false',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const [code] = (await once(child, 'exit')) as [number | null];
    t.not(code, 0, 'the process exits non-zero');
    const lines = stderr.trim().split('\n');
    t.equal(lines.length, 1, `one line: ${stderr}`);
    t.match(lines[0], `samhandlingsplan: cannot start: cannot open the`);
    t.match(lines[0], `PostgreSQL at 127.0.0.1:${port}/postgres`);
    t.notMatch(stderr, 'secret-password', 'the password is not shown');
  });

  await t.test('down while running: 503 STORE.UNAVAILABLE, readiness 503, recovery by itself', async (t) => {
    const server = await startPgNode();
    t.teardown(() => server.stop());
    const api = await startApi(t, { DATABASE_URL: server.primary.url });
    await waitForReady(api);
    await createPlanStructure(api);

    await server.primary.stop('immediate');

    const refused = await createTiltak(api, 'under-utfall', randomUUID());
    t.equal(refused.statusCode, 503, 'a write is refused with 503');
    t.match(refused.headers['content-type'], /^application\/problem\+json/);
    t.equal(refused.json<{ code: string }>().code, 'STORE.UNAVAILABLE');
    const readiness = await api.app.inject({ method: 'GET', url: '/health/ready' });
    t.equal(readiness.statusCode, 503, 'readiness is 503');

    await server.primary.start();
    await waitForReady(api);
    const key = randomUUID();
    const first = await createTiltak(api, 'etter-utfall', key);
    t.equal(first.statusCode, 201, 'writes succeed again, without a restart of the service');
    const retried = await createTiltak(api, 'etter-utfall', key);
    t.equal(retried.statusCode, 201, 'a retry with the same Idempotency-Key gets the same answer');

    const check = await PgEventStore.connect({
      connectionString: server.primary.url,
      applicationName: 'outage-check',
    });
    t.teardown(() => check.close());
    const page = await check.readAll({ after: null, limit: 10_000 });
    const created = page.events.filter(
      (event) =>
        (event.data as { tiltakId?: string }).tiltakId !== undefined && event.type === 'TiltakCreated',
    );
    t.strictSame(
      created.map((event) => (event.data as { tiltakId: string }).tiltakId),
      ['etter-utfall'],
      'the refused write left nothing, the retried one landed once',
    );
    t.ok(
      page.events.some((event) => event.type === 'PlanCreated'),
      'what was acknowledged before the outage is still there',
    );
    t.strictSame(
      page.events.map((event) => event.position),
      page.events.map((_, index) => BigInt(index + 1)),
      'positions are dense: nothing lost or repeated',
    );
  });
}

function createTiltak(api: Api, tiltakId: string, key: string) {
  return api.as('editor', {
    method: 'POST',
    url: '/tiltak',
    headers: { 'idempotency-key': key },
    payload: {
      tiltakId,
      planId: PLAN_ID,
      tiltaksomradeId: 'skropelige-eldre',
      number: tiltakId === 'etter-utfall' ? '1.1.2' : '1.1.3',
      title: `Tiltak ${tiltakId}`,
      status: 'PLANNED',
      responsible: [{ kind: 'fagrad', name: 'Fagråd for eldre' }],
      effectiveAt: '2020-02-01T00:00:00+01:00',
    },
  });
}

async function waitForReady(api: Api): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const response = await api.app.inject({ method: 'GET', url: '/health/ready' });
    if (response.statusCode === 200) return;
    if (Date.now() > deadline) throw new Error(`not ready after 60 s: ${response.body}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
