// Smaller hostile-input findings (issue "Hardening", §6): text that is not Unicode, request ids a client chooses,
// credentials in URLs, and who may read DATA_DIR.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import t from 'tap';
import { loadConfig } from '../../src/config/config.js';
import { createLogger } from '../../src/observability/logger.js';
import { redactUrl } from '../../src/observability/redact-url.js';
import { createService } from '../../src/service.js';
import { code, createPlanStructure, createTiltak, startApi, TILTAK_ID } from './api-fixture.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

t.test('a lone UTF-16 surrogate is a 400 naming the field, and nothing is stored', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  await createTiltak(api);
  const stream = `tiltak-${TILTAK_ID}`;
  const before = (await api.service.store.readStream(stream)).length;
  for (const [field, payload] of [
    ['body.reason', '{"text":"Møte holdt","reason":"a\\ud800b"}'],
    ['body.text', '{"text":"slutt \\udc00"}'],
  ] as const) {
    const response = await api.as('editor', {
      method: 'POST',
      url: `/tiltak/${TILTAK_ID}/notes`,
      headers: { 'content-type': 'application/json' },
      payload,
    });
    t.equal(response.statusCode, 400, field);
    t.equal(code(response), 'REQUEST.VALIDATION_FAILED');
    t.same(
      response.json<{ errors: { path: string }[] }>().errors.map((error) => error.path),
      [field],
    );
  }
  const pair = await api.as('editor', {
    method: 'POST',
    url: `/tiltak/${TILTAK_ID}/notes`,
    headers: { 'content-type': 'application/json' },
    payload: '{"text":"en smilefjes \\ud83d\\ude00 er tekst"}',
  });
  t.equal(pair.statusCode, 200, 'a surrogate pair is a character and is kept');
  t.equal(
    (await api.service.store.readStream(stream)).length,
    before + 1,
    'only the well-formed note stored',
  );
});

t.test('a client request id is kept only when short and plain', async (t) => {
  const api = await startApi(t);
  const send = (id: string) =>
    api.as('reader', { method: 'GET', url: '/plans', headers: { 'x-request-id': id } });
  const plain = await send('trace-42:a.b_c');
  t.equal(plain.headers['x-request-id'], 'trace-42:a.b_c', 'a plain id comes back');
  for (const [label, id] of [
    ['12 KB', 'a'.repeat(12_000)],
    ['a control character', 'bad\u0001id'],
    ['a space', 'two words'],
  ] as const) {
    const response = await send(id);
    t.equal(response.statusCode, 200, label);
    t.match(String(response.headers['x-request-id']), UUID, `${label}: replaced by a fresh id`);
  }
});

t.test('a credential in a URL is redacted in the request log', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'shp-redact-'));
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
  const lines: string[] = [];
  const capture = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  const service = await createService(
    loadConfig({ DATA_DIR: dataDir, SEED: 'false', RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'info' }),
    createLogger('info', capture),
  );
  t.teardown(() => service.close());
  const secret = `shp_abcdefghijkl_${'S'.repeat(43)}`;
  const response = await service.app.inject({ method: 'GET', url: `/plans?access_token=${secret}` });
  t.equal(response.statusCode, 401);
  const logged = lines.join('');
  t.notMatch(logged, 'SSSSSSSSSS', 'the secret is not in the log');
  t.match(logged, '/plans?access_token=[redacted]', 'the request line says a credential was sent');

  t.equal(redactUrl('/plans?validAt=2021-01-01&api_key=x'), '/plans?validAt=2021-01-01&api_key=[redacted]');
  t.equal(redactUrl(`/tiltak/${secret}`), '/tiltak/[redacted]', 'a token-shaped path segment');
  t.equal(redactUrl(`/plans?q=${secret}`), '/plans?q=[redacted]', 'a token-shaped value of any parameter');
  t.equal(redactUrl('/plans?validAt=2021-01-01'), '/plans?validAt=2021-01-01', 'the rest is kept');
});

t.test('DATA_DIR and its databases are created owner-only', async (t) => {
  const parent = mkdtempSync(join(tmpdir(), 'shp-modes-'));
  t.teardown(() => rmSync(parent, { recursive: true, force: true }));
  const dataDir = join(parent, 'var');
  const service = await createService(
    loadConfig({ DATA_DIR: dataDir, SEED: 'true', RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'silent' }),
    createLogger('silent'),
  );
  t.teardown(() => service.close());
  await service.app.ready();
  const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);
  t.equal(mode(dataDir), '700', 'DATA_DIR');
  const files = readdirSync(dataDir);
  t.ok(files.includes('events.sqlite') && files.includes('api.sqlite'), 'both databases are there');
  for (const file of files) t.equal(mode(join(dataDir, file)), '600', file);
  t.ok(existsSync(join(dataDir, 'events.sqlite-wal')), 'the seed wrote the log, whose mode was checked');
});
