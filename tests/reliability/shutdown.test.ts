// SIGTERM with a stalled upload in flight: after SHUTDOWN_TIMEOUT_MS the connection is cut, the store is closed
// and the process exits, instead of waiting for the client.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { createPlanWithTiltak, createToken } from '../support/api-client.js';
import { killServerProcess, serverEnvironment, startServerProcess } from '../support/server-process.js';

const ROOT = join(import.meta.dirname, '..', '..');
const LOADER = process.execArgv.filter((flag) => flag.includes('@tapjs/typescript'));

t.test('a stalled upload holds the shutdown no longer than its deadline', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'shp-shutdown-'));
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
  const token = createToken(dataDir);
  const server = await startServerProcess([...LOADER, 'src/main.ts'], {
    cwd: ROOT,
    env: { ...serverEnvironment(dataDir), SHUTDOWN_TIMEOUT_MS: '500' },
  });
  t.teardown(() => killServerProcess(server));
  await createPlanWithTiltak(server.base, token, 'stoppplan', 'stopp');

  const { hostname, port } = new URL(server.base);
  const socket = connect(Number(port), hostname);
  socket.on('error', () => {});
  await new Promise((resolve) => socket.once('connect', resolve));
  // Headers and the first bytes of a body that never comes.
  socket.write(
    `POST /tiltak/stopp/notes HTTP/1.1\r\nHost: ${hostname}\r\nAuthorization: Bearer ${token}\r\n` +
      'Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"text":"',
  );
  const cut = new Promise((resolve) => socket.once('close', resolve));
  await new Promise((resolve) => setTimeout(resolve, 300));

  server.process.kill('SIGTERM');
  // Generous, and still well under the body timeout that would end the upload otherwise.
  const exited = await Promise.race([
    server.exited,
    new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 7000)),
  ]);
  t.same(exited, [0, null], 'the process exits 0 after its deadline');
  await cut;
  t.pass('the stalled connection was cut');
  t.notOk(existsSync(join(dataDir, 'events.sqlite-wal')), 'the store was closed (its log checkpointed away)');
});
