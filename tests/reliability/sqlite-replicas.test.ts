// Two API replicas (real server processes) on one DATA_DIR, and the import CLI writing to it while they run: each
// replica follows the other's writes and the import's without a restart, a read naming a write's position on the
// other replica sees that write, writers on both replicas keep every tiltak's revisions and hash chain whole, and
// both end at the same position as the file, which `npm run verify` finds intact.
import Database from 'better-sqlite3';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';
import { createPlanWithTiltak, createToken, eventually } from '../support/api-client.js';
import { freePort } from '../support/pg-cluster.js';
import { call, readyPosition } from '../support/replica-client.js';
import {
  killServerProcess,
  serverEnvironment,
  startServerProcess,
  type ServerProcess,
} from '../support/server-process.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const IMPORTED = join(ROOT, 'data', 'plans', 'ahus-samhandling-2020-2022.json');
const IMPORTED_PLAN = 'ahus-2020-2022';
const WRITES_PER_REPLICA = 25;

// The built server, as `npm start` runs it: a process compiling TypeScript as it loads took 30 s to start here.
execFileSync(process.execPath, ['scripts/build-if-stale.js'], { cwd: ROOT, stdio: 'inherit' });

const dataDir = mkdtempSync(join(tmpdir(), 'shp-replicas-'));
t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
const token = createToken(dataDir);
const servers: ServerProcess[] = [];
t.teardown(() => servers.forEach(killServerProcess));

async function startReplica(): Promise<ServerProcess> {
  const env = { ...serverEnvironment(dataDir), PORT: String(await freePort()) };
  const server = await startServerProcess(['dist/src/main.js'], { cwd: ROOT, env });
  servers.push(server);
  return server;
}

function fileHead(): string {
  const db = new Database(join(dataDir, 'events.sqlite'), { readonly: true });
  try {
    return String((db.prepare('SELECT max(position) AS head FROM events').get() as { head: number }).head);
  } finally {
    db.close();
  }
}

t.test('two replicas on one SQLite file and an import while they run', async (t) => {
  const started = Date.now();
  const phase = (what: string) => t.comment(`${what} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const a = await startReplica();
  phase('replica a started');
  await createPlanWithTiltak(a.base, token, 'replikaplan', 'delt');
  const b = await startReplica();
  phase('replica b started');
  const replicas = [a, b];

  // Writers on both replicas on one shared tiltak, conditional (If-Match, again after a 412), each write then read
  // on the other replica with the position it answered.
  const written: { revision: bigint; position: string; text: string }[] = [];
  const staleReads: string[] = [];
  await Promise.all(
    replicas.map(async (writer, index) => {
      const reader = replicas[1 - index] as ServerProcess;
      for (let n = 0; n < WRITES_PER_REPLICA; n += 1) {
        const text = `Notat ${n} skrevet på replika ${index}`;
        for (let attempt = 0; ; attempt += 1) {
          const current = await call(writer.base, token, 'GET', '/tiltak/delt');
          const answer = await call(writer.base, token, 'POST', '/tiltak/delt/notes', {
            body: { text },
            ifMatch: `"${String(current.body.revision)}"`,
          });
          if (answer.status === 412 && attempt < 50) continue;
          if (answer.status !== 200)
            throw new Error(`note answered ${answer.status}: ${JSON.stringify(answer.body)}`);
          const revision = BigInt(answer.body.revision as string);
          const position = answer.body.position as string;
          written.push({ revision, position, text });
          const read = await call(reader.base, token, 'GET', '/tiltak/delt', { minPosition: position });
          if (read.status !== 200 || BigInt(read.body.revision as string) < revision) {
            staleReads.push(`${read.status} revision ${String(read.body.revision)} < ${revision}`);
          }
          break;
        }
      }
    }),
  );
  t.equal(written.length, 2 * WRITES_PER_REPLICA, 'every write acknowledged');
  t.same(staleReads, [], 'no read naming a position on the other replica saw an older tiltak');
  const revisions = written.map((write) => write.revision).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  t.equal(new Set(revisions).size, written.length, 'no two writes got the same revision');

  phase('writes done');
  // The import CLI: a third process appending to the file while both replicas run.
  const imported = await run(process.execPath, ['dist/src/cli/import.js', IMPORTED], {
    cwd: ROOT,
    env: serverEnvironment(dataDir),
  });
  t.match(imported.stdout, /events appended/, imported.stdout.trim());
  for (const replica of replicas) {
    await eventually(
      async () => (await call(replica.base, token, 'GET', `/plans/${IMPORTED_PLAN}`)).status === 200,
      30_000,
      `${replica.base} shows the imported plan`,
    );
  }
  phase('import seen');
  const head = fileHead();
  for (const replica of replicas) {
    await eventually(async () => (await readyPosition(replica.base)) === head, 30_000, 'ready at the head');
  }
  t.pass(`both replicas ready at the file's head, position ${head}`);
  const plans = await Promise.all(
    replicas.map((replica) =>
      call(replica.base, token, 'GET', `/plans/${IMPORTED_PLAN}`, { minPosition: head }),
    ),
  );
  t.same(plans[0]?.body, plans[1]?.body, 'both replicas serve the same imported plan');

  const notes = await call(b.base, token, 'GET', '/tiltak/delt/notes?limit=100');
  const texts = (notes.body.notes as { text: string }[]).map((note) => note.text).sort();
  t.same(
    texts,
    written.map((write) => write.text).sort(),
    'every note once, on the replica that wrote half of them',
  );

  phase('reads done');
  const verified = await run(process.execPath, ['dist/src/cli/verify.js', '--data-dir', dataDir], {
    cwd: ROOT,
    env: serverEnvironment(dataDir),
  }).then(
    (result) => ({ code: 0, output: result.stdout }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({
      code: error.code ?? -1,
      output: `${error.stdout ?? ''}${error.stderr ?? ''}`,
    }),
  );
  t.equal(verified.code, 0, `npm run verify: ${verified.output.trim().split('\n').slice(0, 3).join(' | ')}`);
});
