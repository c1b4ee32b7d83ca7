// The real server on a small filesystem that fills up: writes answer 503, reads and the process go on, and
// writing resumes by itself once space returns; also after a restart on the still-full disk.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { createPlanWithTiltak, createToken, eventually, send } from '../support/api-client.js';
import {
  killServerProcess,
  serverEnvironment,
  startServerProcess,
  type ServerProcess,
} from '../support/server-process.js';

const ROOT = join(import.meta.dirname, '..', '..');
const LOADER = process.execArgv.filter((flag) => flag.includes('@tapjs/typescript'));
const TILTAK = 'fullt-tiltak';

function mountTmpfs(dir: string, size: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Fills the filesystem with files of 64 KiB, then of 1 KiB, until nothing more fits. */
function fill(dir: string): string[] {
  const files: string[] = [];
  for (const size of [64 * 1024, 1024]) {
    for (;;) {
      const file = join(dir, `filler-${files.length}`);
      try {
        writeFileSync(file, Buffer.alloc(size, 1));
        files.push(file);
      } catch {
        rmSync(file, { force: true });
        break;
      }
    }
  }
  return files;
}

const dataDir = mkdtempSync(join(tmpdir(), 'shp-full-'));
const mounted = mountTmpfs(dataDir, '6m');
t.teardown(() => {
  if (mounted) execFileSync('umount', ['-l', dataDir]);
  rmdirSync(dataDir);
});

async function start(): Promise<ServerProcess> {
  const server = await startServerProcess([...LOADER, 'src/main.ts'], {
    cwd: ROOT,
    env: serverEnvironment(dataDir),
  });
  t.teardown(() => killServerProcess(server));
  return server;
}

const alive = (server: ServerProcess) =>
  server.process.exitCode === null && server.process.signalCode === null;
const note = (n: number) => ({ text: `Notat ${n} ${'x'.repeat(4000)}` });

t.test(
  'a full disk is answered, never fatal',
  {
    skip: mounted
      ? false
      : 'no tmpfs can be mounted here (it needs root): the full disk is injected instead (PRAGMA max_page_count) in tests/http/idempotency-store.test.ts',
  },
  async (t) => {
    const token = createToken(dataDir);
    let server = await start();
    await createPlanWithTiltak(server.base, token, 'fullplan', TILTAK);
    const fillers = fill(dataDir);

    // The log's file may still have room for a few pages; write until the disk refuses.
    let refused: Record<string, unknown> | null = null;
    for (let n = 0; n < 200 && refused === null; n++) {
      const answer = await send(server.base, token, 'POST', `/tiltak/${TILTAK}/notes`, {
        body: note(n),
        key: `note-${n}`,
      });
      if (answer.status === 503) refused = answer.body;
      else t.equal(answer.status, 200, `note ${n} is stored while there is room`);
    }
    t.equal(refused?.['code'], 'STORE.UNAVAILABLE', 'a write on the full disk is 503 STORE.UNAVAILABLE');
    // A keyed refusal leaves an idempotency record to write on the full disk (the fault that ended the process).
    const missing = await send(server.base, token, 'POST', '/tiltak/finnes-ikke/notes', {
      body: note(0),
      key: 'refused-on-full-disk',
    });
    t.equal(missing.status, 404);
    // Past the records' write delay and a retry of it.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    t.ok(alive(server), 'the process lives on after its background writes failed');
    t.equal((await send(server.base, token, 'GET', `/tiltak/${TILTAK}`)).status, 200, 'reads go on');
    t.equal((await fetch(`${server.base}/health/live`)).status, 200);

    // Restart on the still-full disk: it starts, and a keyed refusal does not end it either.
    server.process.kill('SIGKILL');
    await server.exited;
    server = await start();
    t.equal((await send(server.base, token, 'GET', `/tiltak/${TILTAK}`)).status, 200, 'reads after restart');
    const again = await send(server.base, token, 'POST', '/tiltak/finnes-ikke/notes', {
      body: note(1),
      key: 'refused-after-restart',
    });
    t.equal(again.status, 404);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    t.ok(alive(server), 'the restarted process lives on too');

    for (const file of fillers) rmSync(file);
    let resumed = 0;
    await eventually(
      async () => {
        const answer = await send(server.base, token, 'POST', `/tiltak/${TILTAK}/notes`, {
          body: note(1000 + resumed),
          key: `after-${resumed++}`,
        });
        return answer.status === 200;
      },
      20_000,
      'a write succeeds once space has returned',
    );
    t.pass('writing resumed by itself once space returned');
    const replay = await send(server.base, token, 'POST', '/tiltak/finnes-ikke/notes', {
      body: note(1),
      key: 'refused-after-restart',
    });
    t.equal(
      replay.headers.get('idempotent-replayed'),
      'true',
      'the record kept in memory is written and replayed',
    );
    t.ok(alive(server));
  },
);
