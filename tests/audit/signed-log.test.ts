// The signed log heads as a client uses them: kept from a write answer, checked with the public key, and later
// proven extended (or not) with an RFC 9162 verifier that shares no code with the server.
import { createHash, verify } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { LightMyRequestResponse } from 'fastify';
import pino from 'pino';
import t from 'tap';
import { loadConfig } from '../../src/config/config.js';
import { createService, type Service } from '../../src/service.js';
import {
  TILTAK_ID,
  code,
  createPlanStructure,
  createTiltak,
  startApi,
  type Api,
} from '../http/api-fixture.js';
import { verifyConsistency, verifyInclusion } from './rfc9162-verifier.js';
import {
  forgeBackDatedEvent,
  swapAdjacentRowsOfDifferentStreams,
  truncateLogTail,
  truncateStreamTail,
} from './tampering.js';

interface Head {
  treeSize: number;
  position: string;
  rootHash: string;
  timestamp: string;
  keyId: string;
  signature: string;
}

const STREAM = `tiltak-${TILTAK_ID}`;

/** The Audit-Log-Head header, an RFC 8941 dictionary of strings, read the way a client would. */
function headOf(response: LightMyRequestResponse): Head {
  const value = response.headers['audit-log-head'];
  if (typeof value !== 'string') throw new Error(`no Audit-Log-Head on ${response.statusCode}`);
  const fields = Object.fromEntries(
    [...value.matchAll(/([a-z-]+)="([^"]*)"/g)].map((match) => [match[1], match[2]]),
  ) as Record<string, string>;
  return {
    treeSize: Number(fields['tree-size']),
    position: fields['position'] as string,
    rootHash: fields['root-hash'] as string,
    timestamp: fields['timestamp'] as string,
    keyId: fields['key-id'] as string,
    signature: fields['signature'] as string,
  };
}

/** docs/audit.md: the signed bytes, checked with node:crypto and the key from GET /audit/public-key. */
function signatureHolds(head: Head, publicKeyPem: string): boolean {
  const message = `samhandlingsplan signed log head v1\n${head.treeSize}\n${head.position}\n${head.rootHash}\n${head.timestamp}\n`;
  return verify(null, Buffer.from(message), publicKeyPem, Buffer.from(head.signature, 'base64'));
}

const hex = (values: string[]) => values.map((value) => Buffer.from(value, 'hex'));

async function note(api: Pick<Api, 'as'>, text: string): Promise<LightMyRequestResponse> {
  return api.as('editor', { method: 'POST', url: `/tiltak/${TILTAK_ID}/notes`, payload: { text } });
}

async function consistency(api: Api, from: number, to?: number) {
  const query = to === undefined ? `from=${from}` : `from=${from}&to=${to}`;
  return api.as('reader', { method: 'GET', url: `/audit/consistency?${query}` });
}

t.test('a head kept from a write answer verifies, and later heads provably extend it', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  const created = await createTiltak(api);
  t.equal(created.statusCode, 201, created.body);
  const kept = headOf(created);
  t.equal(kept.position, created.json<{ position: string }>().position, 'the head covers the write');

  const key = await api.as(null, { method: 'GET', url: '/audit/public-key' });
  t.equal(key.statusCode, 200, 'the public key is open to everyone');
  const { publicKey, keyId } = key.json<{ publicKey: string; keyId: string }>();
  t.ok(signatureHolds(kept, publicKey), 'the kept head is signed by the published key');
  t.equal(kept.keyId, keyId);
  t.notOk(
    signatureHolds({ ...kept, treeSize: kept.treeSize + 1 }, publicKey),
    'a changed head does not verify',
  );
  t.equal(statSync(join(api.dataDir, 'audit-signing-key.pem')).mode & 0o777, 0o600, 'the key is owner-only');

  for (const text of ['Første møte', 'Andre møte', 'Tredje møte'])
    t.equal((await note(api, text)).statusCode, 200);
  const answer = await consistency(api, kept.treeSize);
  t.equal(answer.statusCode, 200, answer.body);
  const { to, proof } = answer.json<{ to: Head; proof: string[] }>();
  t.equal(to.treeSize, kept.treeSize + 3);
  t.ok(signatureHolds(to, publicKey), 'the new head is signed');
  t.ok(
    verifyConsistency(
      kept.treeSize,
      to.treeSize,
      Buffer.from(kept.rootHash, 'hex'),
      Buffer.from(to.rootHash, 'hex'),
      hex(proof),
    ),
    'the new head extends the kept one',
  );

  // Inclusion: the leaf recomputed from the event feed is in the new head.
  const feed = await api.as('auditor', { method: 'GET', url: '/events?limit=100' });
  const events = feed.json<{
    events: { position: string; streamId: string; revision: string; hash: string }[];
  }>().events;
  const event = events.find((candidate) => candidate.position === kept.position);
  if (event === undefined) throw new Error('the kept position is not in the feed');
  const leaf = createHash('sha256')
    .update(Buffer.from([0]))
    .update(`${event.position}\n${event.streamId}\n${event.revision}\n${event.hash}`)
    .digest();
  const included = await api.as('reader', {
    method: 'GET',
    url: `/audit/inclusion?position=${kept.position}&treeSize=${to.treeSize}`,
  });
  t.equal(included.statusCode, 200, included.body);
  const inclusion = included.json<{ leafIndex: number; proof: string[] }>();
  t.ok(
    verifyInclusion(
      inclusion.leafIndex,
      to.treeSize,
      leaf,
      Buffer.from(to.rootHash, 'hex'),
      hex(inclusion.proof),
    ),
    'the write is in the new head',
  );

  const checkpoint = await api.as('auditor', {
    method: 'GET',
    url: `/audit/checkpoint?position=${kept.position}`,
  });
  const { logHead } = checkpoint.json<{ logHead: Head }>();
  t.equal(logHead.rootHash, kept.rootHash, 'GET /audit/checkpoint signs the same tree at that position');
  t.ok(signatureHolds(logHead, publicKey));

  t.equal(code(await consistency(api, 0)), 'REQUEST.VALIDATION_FAILED', 'from 0 is refused');
  t.equal((await consistency(api, to.treeSize + 1)).statusCode, 400, 'from past the log is refused');
  t.equal((await consistency(api, 1, to.treeSize + 1)).statusCode, 400, 'to past the log is refused');
  t.equal((await api.as(null, { method: 'GET', url: '/audit/consistency?from=1' })).statusCode, 401);
});

t.test(
  'a head the client kept exposes a truncated log, even with the server’s own head removed',
  async (t) => {
    const api = await startApi(t);
    await createPlanStructure(api);
    await createTiltak(api);
    await note(api, 'Første møte');
    const kept = headOf(await note(api, 'Andre møte'));
    await api.service.close();
    const db = new Database(join(api.dataDir, 'events.sqlite'));
    truncateLogTail(db, 2);
    db.close();
    // The insider removes the head the server kept too, so the server starts as on a first start.
    rmSync(join(api.dataDir, 'audit-head.json'));
    await api.restart();

    const short = await consistency(api, kept.treeSize);
    t.equal(short.statusCode, 400, 'no proof reaches the kept head: the log is shorter than it');
    for (const text of ['Erstatning én', 'Erstatning to', 'Erstatning tre']) await note(api, text);
    const answer = await consistency(api, kept.treeSize);
    t.equal(answer.statusCode, 200, answer.body);
    const { to, proof } = answer.json<{ to: Head; proof: string[] }>();
    t.notOk(
      verifyConsistency(
        kept.treeSize,
        to.treeSize,
        Buffer.from(kept.rootHash, 'hex'),
        Buffer.from(to.rootHash, 'hex'),
        hex(proof),
      ),
      'the reused positions do not extend the kept head',
    );
  },
);

/** Starts a service on `dataDir` with its log lines captured, and waits for the start-up checks to finish. */
async function startCapturing(
  t: { teardown(fn: () => unknown): void },
  dataDir: string,
): Promise<{ service: Service; lines: string[] }> {
  const lines: string[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
  const config = loadConfig({
    DATA_DIR: dataDir,
    SEED: 'false',
    LOG_LEVEL: 'info',
    RATE_LIMIT_PER_MINUTE: '0',
  });
  const service = await createService(config, logger);
  t.teardown(() => service.close());
  const deadline = Date.now() + 60_000;
  while (service.auditLog.state === 'building' || !service.projections.isCaughtUp()) {
    if (Date.now() > deadline) throw new Error('the start-up checks did not finish');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { service, lines };
}

t.test('a tampered store is refused readiness at start-up, with one line saying where', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  await createTiltak(api);
  for (const text of ['Første møte', 'Andre møte']) await note(api, text);
  await api.service.close();
  const base = api.dataDir;

  // The log: 4 plan events (positions 1-4), the tiltak's creation (5) and two notes (6, 7).
  const cases: [string, (db: Database.Database) => void, ...[string, string][]][] = [
    ['the tail of the log truncated', (db) => truncateLogTail(db, 2), ['LOG_TRUNCATED', '5']],
    ["a stream's last event removed", (db) => void truncateStreamTail(db, STREAM), ['LOG_TRUNCATED', '6']],
    [
      "a stream's tail removed in the middle of the log",
      (db) => void truncateStreamTail(db, 'plan-handlingsplan-2020-2022'),
      ['POSITION_GAP', '5'],
    ],
    [
      'a forged back-dated event with a valid hash',
      (db) => forgeBackDatedEvent(db, STREAM),
      ['RECORDED_AT_DECREASED', '8'],
    ],
    [
      'two adjacent rows of different streams swapped',
      (db) => void swapAdjacentRowsOfDifferentStreams(db),
      // recordedAt shows it where the two were recorded in different milliseconds; the kept root always does.
      ['RECORDED_AT_DECREASED', '5'],
      ['LOG_ROOT_MISMATCH', '7'],
    ],
  ];
  let refused = 0;
  for (const [name, change, ...expected] of cases) {
    const dataDir = mkdtempSync(join(tmpdir(), 'shp-tampered-'));
    t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
    cpSync(base, dataDir, { recursive: true });
    const db = new Database(join(dataDir, 'events.sqlite'));
    change(db);
    db.close();
    const { service, lines } = await startCapturing(t, dataDir);
    const ready = await service.app.inject({ method: 'GET', url: '/health/ready' });
    const broken = lines.filter((line) => line.includes('audit log broken'));
    const line = broken[0] ?? '';
    const located =
      broken.length === 1 &&
      expected.some(
        ([problem, position]) =>
          line.includes(`"problem":"${problem}"`) && line.includes(`"position":"${position}"`),
      );
    const write = await service.app.inject({
      method: 'POST',
      url: `/tiltak/${TILTAK_ID}/notes`,
      headers: { authorization: `Bearer ${api.tokens.editor}` },
      payload: { text: 'Etter manipulering' },
    });
    const ok =
      ready.statusCode === 503 &&
      code(ready) === 'AUDIT.LOG_BROKEN' &&
      located &&
      write.statusCode === 503 &&
      code(write) === 'AUDIT.LOG_BROKEN';
    t.ok(ok, `${name}: not ready, writes refused, one line saying where`);
    if (!ok) t.comment(broken.join('') || lines.slice(-5).join(''));
    if (ok) refused += 1;
    await service.close();
  }
  t.comment(`tampered stores refused at start-up: ${refused} of ${cases.length}`);

  const { service } = await startCapturing(t, base);
  t.equal(
    (await service.app.inject({ method: 'GET', url: '/health/ready' })).statusCode,
    200,
    'the untouched store is ready',
  );
});
