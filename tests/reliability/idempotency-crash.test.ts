// SIGKILL right after a keyed answer, before its record could be written: the retry is decided from the durable
// events. The same request is replayed; another request with the key is refused, whichever comes first.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { createPlanWithTiltak, createToken, send } from '../support/api-client.js';
import {
  killServerProcess,
  serverEnvironment,
  startServerProcess,
  type ServerProcess,
} from '../support/server-process.js';

const ROOT = join(import.meta.dirname, '..', '..');
const LOADER = process.execArgv.filter((flag) => flag.includes('@tapjs/typescript'));

t.test('a key answered just before a SIGKILL keeps its promise after the restart', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'shp-idem-crash-'));
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
  const token = createToken(dataDir);
  const start = async (): Promise<ServerProcess> => {
    const server = await startServerProcess([...LOADER, 'src/main.ts'], {
      cwd: ROOT,
      env: serverEnvironment(dataDir),
    });
    t.teardown(() => killServerProcess(server));
    return server;
  };
  let server = await start();
  await createPlanWithTiltak(server.base, token, 'krasjplan', 'krasj');

  const original = { text: 'Første notat' };
  const first = await send(server.base, token, 'POST', '/tiltak/krasj/notes', { body: original, key: 'k-1' });
  // At once: the answer's record would have been written up to 50 ms later.
  server.process.kill('SIGKILL');
  await server.exited;
  t.equal(first.status, 200);
  server = await start();

  const other = await send(server.base, token, 'POST', '/tiltak/krasj/notes', {
    body: { text: 'Et annet notat' },
    key: 'k-1',
  });
  t.equal(other.status, 422, 'another request with the key is refused');
  t.equal(other.body['code'], 'IDEMPOTENCY.KEY_REUSED');

  const retry = await send(server.base, token, 'POST', '/tiltak/krasj/notes', { body: original, key: 'k-1' });
  t.equal(retry.status, 200, 'the genuine retry is answered');
  t.equal(retry.headers.get('idempotent-replayed'), 'true', 'as a replay');
  t.same(retry.body['eventIds'], first.body['eventIds'], 'with the first answer’s events');

  const tiltak = await send(server.base, token, 'GET', '/tiltak/krasj/history');
  const notes = JSON.stringify(tiltak.body);
  t.notOk(notes.includes('Et annet notat'), 'the refused request stored nothing');
});
