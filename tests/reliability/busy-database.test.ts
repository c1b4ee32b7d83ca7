// Another process holding the write lock of the server's SQLite files for seconds: the event loop goes on
// serving (liveness answers throughout), the process survives, and writing goes on once the lock is released.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { createPlanWithTiltak, createToken, send, type Answer } from '../support/api-client.js';
import {
  killServerProcess,
  serverEnvironment,
  startServerProcess,
  type ServerProcess,
} from '../support/server-process.js';

const ROOT = join(import.meta.dirname, '..', '..');
const LOADER = process.execArgv.filter((flag) => flag.includes('@tapjs/typescript'));
// Longer than the 5 s the connections used to wait inside SQLite, blocking the loop, before they threw.
const LOCK_HELD_MS = 6500;
// Generous: an answer from a loop that is not blocked takes milliseconds; a blocked one took seconds.
const LIVENESS_BOUND_MS = 2500;

const dataDir = mkdtempSync(join(tmpdir(), 'shp-busy-'));
t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
const token = createToken(dataDir);
let server: ServerProcess;

t.before(async () => {
  server = await startServerProcess([...LOADER, 'src/main.ts'], {
    cwd: ROOT,
    env: serverEnvironment(dataDir),
  });
  await createPlanWithTiltak(server.base, token, 'travelplan', 'travelt');
});
t.teardown(() => killServerProcess(server));

const alive = () => server.process.exitCode === null && server.process.signalCode === null;

/** Holds BEGIN IMMEDIATE on `file` from a second connection while `during` runs and liveness is polled. */
async function whileLocked(file: string, during: () => Promise<void>): Promise<number> {
  const locker = new Database(join(dataDir, file));
  locker.exec('BEGIN IMMEDIATE');
  let slowest = 0;
  const until = Date.now() + LOCK_HELD_MS;
  const writes = during();
  try {
    while (Date.now() < until) {
      const started = Date.now();
      const response = await fetch(`${server.base}/health/live`);
      slowest = Math.max(slowest, Date.now() - started);
      if (response.status !== 200) throw new Error(`liveness answered ${response.status}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    locker.exec('ROLLBACK');
    locker.close();
  }
  await writes;
  return slowest;
}

t.test('a write lock held on events.sqlite stalls no request and ends nothing', async (t) => {
  let during: Answer | null = null;
  const slowest = await whileLocked('events.sqlite', async () => {
    during = await send(server.base, token, 'POST', '/tiltak/travelt/notes', { body: { text: 'under lås' } });
  });
  t.ok(
    slowest < LIVENESS_BOUND_MS,
    `liveness kept answering while the file was locked (slowest ${slowest} ms)`,
  );
  const answer = during as Answer | null;
  t.ok(
    answer !== null && (answer.status === 200 || answer.body['code'] === 'STORE.UNAVAILABLE'),
    'the write made meanwhile is stored, or answered 503 STORE.UNAVAILABLE once it waited too long',
  );
  t.ok(alive(), 'the process lives on');
  const after = await send(server.base, token, 'POST', '/tiltak/travelt/notes', { body: { text: 'etter' } });
  t.equal(after.status, 200, 'writing goes on once the lock is released');
});

t.test('a write lock held on api.sqlite stalls no request and ends nothing', async (t) => {
  const answers: Answer[] = [];
  const slowest = await whileLocked('api.sqlite', async () => {
    // Keyed writes: their records are written to api.sqlite from a timer, into the lock.
    for (let n = 0; n < 5; n++) {
      answers.push(
        await send(server.base, token, 'POST', '/tiltak/travelt/notes', {
          body: { text: `nøkkel ${n}` },
          key: `locked-${n}`,
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  });
  t.ok(
    slowest < LIVENESS_BOUND_MS,
    `liveness kept answering while the file was locked (slowest ${slowest} ms)`,
  );
  t.same(
    answers.map((answer) => answer.status),
    [200, 200, 200, 200, 200],
    'keyed writes are answered meanwhile',
  );
  t.ok(alive(), 'the process lives on');
  const replay = await send(server.base, token, 'POST', '/tiltak/travelt/notes', {
    body: { text: 'nøkkel 0' },
    key: 'locked-0',
  });
  t.equal(replay.headers.get('idempotent-replayed'), 'true', 'a key written meanwhile replays');
});
