// Tampering with the SQLite file directly is detected and located by the chain verification or a kept checkpoint.
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { CommandHandler } from '../../src/application/index.js';
import { checkpointAt, verifyCheckpoint, verifyEventStore } from '../../src/audit/index.js';
import type { BrokenLinkProblem, ChainVerification } from '../../src/audit/index.js';
import { runVerifyCli } from '../../src/cli/verify.js';
import { computeEventHash } from '../../src/store/hash-chain.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { ACTOR, TILTAK_ID, createPlan, createTiltak } from '../application/handler-fixtures.js';

const STREAM = `tiltak-${TILTAK_ID}`;
const directory = mkdtempSync(join(tmpdir(), 'shp-audit-'));
t.teardown(() => rmSync(directory, { recursive: true, force: true }));
const original = join(directory, 'original.sqlite');

/** The tiltak stream gets revisions 0..3: created, two status changes and a note. */
async function writeHistory(path: string): Promise<void> {
  const store = SqliteEventStore.open({ path });
  const handler = new CommandHandler({ store });
  await createPlan(handler);
  await createTiltak(handler, 'PLANNED');
  for (const data of [
    { status: 'IN_PROGRESS', effectiveAt: '2020-06-01T00:00:00Z' },
    { status: 'COMPLETED', effectiveAt: '2021-06-01T00:00:00Z' },
  ]) {
    await handler.handle(
      { type: 'ChangeTiltakStatus', data: { tiltakId: TILTAK_ID, ...data } },
      { actor: ACTOR },
    );
  }
  await handler.handle(
    { type: 'NoteProgress', data: { tiltakId: TILTAK_ID, text: 'Evaluert' } },
    { actor: ACTOR },
  );
  await store.close();
}

let copies = 0;
/** A fresh copy of the history, changed directly in the file, then verified through the store port. */
async function tampered(
  change: (db: Database.Database) => void,
): Promise<{ path: string; result: ChainVerification }> {
  const path = join(directory, `copy-${++copies}.sqlite`);
  copyFileSync(original, path);
  const db = new Database(path);
  change(db);
  db.close();
  const store = SqliteEventStore.open({ path });
  try {
    return { path, result: await verifyEventStore(store) };
  } finally {
    await store.close();
  }
}

async function checkpointMatches(path: string, digest: string, position: bigint): Promise<boolean> {
  const store = SqliteEventStore.open({ path });
  try {
    return (await verifyCheckpoint(store, digest, position)).matches;
  } finally {
    await store.close();
  }
}

/** The position of the tiltak's event at `revision`, read from the file itself. */
function positionOf(path: string, revision: number): bigint {
  const db = new Database(path, { readonly: true });
  db.defaultSafeIntegers(true);
  try {
    return db
      .prepare('SELECT position FROM events WHERE stream_id = ? AND revision = ?')
      .pluck()
      .get(STREAM, revision) as bigint;
  } finally {
    db.close();
  }
}

function located(result: ChainVerification, problem: BrokenLinkProblem, revision: number): boolean {
  return result.brokenLinks.some(
    (link) => link.problem === problem && link.streamId === STREAM && link.revision === String(revision),
  );
}

/** Rewrites one event's data and gives it the hash its new content has, as a careful tamperer would. */
function rewriteWithFreshHash(db: Database.Database, revision: number, text: string): void {
  const row = db
    .prepare('SELECT * FROM events WHERE stream_id = ? AND revision = ?')
    .get(STREAM, revision) as Record<string, string | number>;
  const data = { ...(JSON.parse(String(row['data'])) as Record<string, unknown>), text };
  const hash = computeEventHash(String(row['prev_hash']), {
    eventId: String(row['event_id']),
    type: String(row['type']),
    schemaVersion: Number(row['schema_version']),
    streamId: STREAM,
    revision: BigInt(revision),
    recordedAt: String(row['recorded_at']),
    effectiveAt: String(row['effective_at']),
    actor: JSON.parse(String(row['actor'])) as typeof ACTOR,
    reason: (row['reason'] as string | null) ?? null,
    correlationId: String(row['correlation_id']),
    causationId: (row['causation_id'] as string | null) ?? null,
    source: JSON.parse(String(row['source'])) as { kind: 'api' },
    data,
  });
  db.prepare('UPDATE events SET data = ?, hash = ? WHERE stream_id = ? AND revision = ?').run(
    JSON.stringify(data),
    hash,
    STREAM,
    revision,
  );
}

t.before(() => writeHistory(original));

t.test('tampering with the file is detected and located', async (t) => {
  const store = SqliteEventStore.open({ path: original });
  const untouched = await verifyEventStore(store);
  const checkpoint = await checkpointAt(store);
  await store.close();
  t.ok(untouched.ok, 'the untouched history verifies');
  t.equal(untouched.eventsChecked, 8);
  t.equal(untouched.streamsChecked, 2);
  const position = BigInt(checkpoint.position ?? '0');

  const cases: [
    string,
    (db: Database.Database) => void,
    (found: ChainVerification, path: string) => Promise<boolean>,
  ][] = [
    [
      'an edited payload',
      (db) =>
        db
          .prepare(
            `UPDATE events SET data = replace(data, 'IN_PROGRESS', 'ON_HOLD') WHERE stream_id = ? AND revision = 1`,
          )
          .run(STREAM),
      async (found) => located(found, 'HASH_MISMATCH', 1),
    ],
    [
      'an edited actor',
      (db) =>
        db
          .prepare(
            `UPDATE events SET actor = replace(actor, 'Kari Nordmann', 'Ola Nordmann') WHERE stream_id = ? AND revision = 2`,
          )
          .run(STREAM),
      async (found) => located(found, 'HASH_MISMATCH', 2),
    ],
    [
      'an edited recordedAt',
      (db) =>
        db
          .prepare(
            `UPDATE events SET recorded_at = '2019-01-01T00:00:00.000Z' WHERE stream_id = ? AND revision = 1`,
          )
          .run(STREAM),
      async (found) => located(found, 'HASH_MISMATCH', 1),
    ],
    [
      'an edit in the middle with a fresh hash breaks the next link',
      (db) => rewriteWithFreshHash(db, 2, 'forfalsket'),
      async (found) => located(found, 'PREV_HASH_MISMATCH', 3) && !located(found, 'HASH_MISMATCH', 2),
    ],
    [
      "an edit of a stream's last event with a fresh hash is caught by the checkpoint",
      (db) => rewriteWithFreshHash(db, 3, 'forfalsket'),
      async (found, path) => found.ok && !(await checkpointMatches(path, checkpoint.digest, position)),
    ],
    [
      'a deleted event in the middle',
      (db) => db.prepare('DELETE FROM events WHERE stream_id = ? AND revision = 1').run(STREAM),
      async (found) => located(found, 'REVISION_GAP', 2) && located(found, 'PREV_HASH_MISMATCH', 2),
    ],
    [
      'a deleted last event is caught by the checkpoint',
      (db) => db.prepare('DELETE FROM events WHERE stream_id = ? AND revision = 3').run(STREAM),
      async (found, path) => found.ok && !(await checkpointMatches(path, checkpoint.digest, position)),
    ],
    [
      'two events with their revisions swapped',
      (db) => {
        const swap = db.prepare('UPDATE events SET revision = ? WHERE stream_id = ? AND revision = ?');
        db.transaction(() => {
          swap.run(1000, STREAM, 1);
          swap.run(1, STREAM, 2);
          swap.run(2, STREAM, 1000);
        })();
      },
      async (found) => located(found, 'HASH_MISMATCH', 1) && located(found, 'HASH_MISMATCH', 2),
    ],
    [
      'two events reordered in the log',
      (db) => {
        const positions = db
          .prepare('SELECT position FROM events WHERE stream_id = ? AND revision IN (1, 2) ORDER BY revision')
          .pluck()
          .all(STREAM) as bigint[];
        const move = db.prepare('UPDATE events SET position = ? WHERE position = ?');
        db.transaction(() => {
          move.run(100_000, positions[0]);
          move.run(positions[0], positions[1]);
          move.run(positions[1], 100_000);
        })();
      },
      async (found) => located(found, 'REVISION_OUT_OF_ORDER', 1),
    ],
    [
      'a forged event added to a stream',
      (db) =>
        db
          .prepare(
            `INSERT INTO events (event_id, type, schema_version, stream_id, revision, recorded_at, effective_at, actor, reason, correlation_id, causation_id, source, data, prev_hash, hash)
             SELECT 'forged-1', type, schema_version, stream_id, 4, recorded_at, effective_at, actor, reason, correlation_id, causation_id, source, data, hash, hash
             FROM events WHERE stream_id = ? AND revision = 3`,
          )
          .run(STREAM),
      async (found) => located(found, 'HASH_MISMATCH', 4),
    ],
    [
      'a row made unreadable is stepped over and located; the rest is still checked',
      (db) =>
        db.prepare(`UPDATE events SET data = '{broken' WHERE stream_id = ? AND revision = 1`).run(STREAM),
      async (found, path) =>
        found.brokenLinks.some(
          (link) => link.problem === 'UNREADABLE' && link.position === String(positionOf(path, 1)),
        ) &&
        located(found, 'PREV_HASH_MISMATCH', 2) &&
        found.eventsChecked === 7 &&
        !(await checkpointMatches(path, checkpoint.digest, position)),
    ],
  ];
  let detected = 0;
  for (const [name, change, isDetected] of cases) {
    const { path, result } = await tampered(change);
    const caught = await isDetected(result, path);
    t.ok(caught, `${name}: detected and located`);
    if (caught) detected += 1;
  }
  t.comment(`tamper cases detected: ${detected} of ${cases.length}`);
});

t.test('a checkpoint still matches its position after later appends, and not at another', async (t) => {
  const path = join(directory, 'growing.sqlite');
  copyFileSync(original, path);
  const store = SqliteEventStore.open({ path });
  t.teardown(() => store.close());
  const before = await checkpointAt(store);
  const handler = new CommandHandler({ store });
  await handler.handle(
    { type: 'NoteProgress', data: { tiltakId: TILTAK_ID, text: 'Nytt notat' } },
    { actor: ACTOR },
  );
  const position = BigInt(before.position ?? '0');
  const again = await verifyCheckpoint(store, before.digest, position);
  t.ok(again.matches, 'the history up to the checkpoint is unchanged');
  t.ok(again.chains.ok);
  t.equal(again.chains.eventsChecked, 8, 'only the events up to the checkpoint');
  t.notOk((await verifyCheckpoint(store, before.digest, position + 1n)).matches);
});

t.test('npm run verify exits 0 on an intact store, 1 on a tampered one, 2 on bad usage', async (t) => {
  const run = async (argv: string[], dataDir?: string) => {
    let out = '';
    let err = '';
    const code = await runVerifyCli(argv, {
      env: dataDir === undefined ? {} : { DATA_DIR: dataDir },
      stdout: (text) => (out += text),
      stderr: (text) => (err += text),
    });
    return { code, out, err };
  };
  const intact = mkdtempSync(join(directory, 'intact-'));
  copyFileSync(original, join(intact, 'events.sqlite'));
  const ok = await run([], intact);
  t.equal(ok.code, 0, ok.out + ok.err);
  t.match(ok.out, /8 events in 2 streams/);

  const broken = mkdtempSync(join(directory, 'broken-'));
  const { path } = await tampered((db) =>
    db.prepare(`UPDATE events SET reason = 'endret' WHERE stream_id = ? AND revision = 2`).run(STREAM),
  );
  copyFileSync(path, join(broken, 'events.sqlite'));
  const bad = await run(['--json'], broken);
  t.equal(bad.code, 1);
  t.match(JSON.parse(bad.out) as unknown, {
    ok: false,
    brokenLinks: [{ streamId: STREAM, revision: '2', problem: 'HASH_MISMATCH' }],
  });

  const taken = await run(['--take-checkpoint', '--json'], intact);
  const { digest, position } = JSON.parse(taken.out) as { digest: string; position: string };
  t.equal((await run(['--checkpoint', digest, '--position', position], intact)).code, 0);
  t.equal((await run(['--checkpoint', digest, '--position', position], broken)).code, 1);

  t.equal((await run(['--checkpoint', 'abc'], intact)).code, 2);
  t.equal((await run(['--position', 'x'], intact)).code, 2);
  t.equal((await run(['--what'], intact)).code, 2);
  t.equal((await run([], join(directory, 'no-such-dir'))).code, 2);

  const notOurs = mkdtempSync(join(directory, 'not-ours-'));
  const other = new Database(join(notOurs, 'events.sqlite'));
  other.exec('CREATE TABLE notes (text TEXT)');
  other.close();
  t.equal((await run([], notOurs)).code, 2, 'an SQLite file that is not an event store is a usage mistake');

  const garbage = mkdtempSync(join(directory, 'garbage-'));
  writeFileSync(join(garbage, 'events.sqlite'), 'x'.repeat(8192));
  t.equal((await run([], garbage)).code, 1, 'an event store file that cannot be read is broken');

  const unreadable = mkdtempSync(join(directory, 'unreadable-'));
  const damaged = await tampered((db) =>
    db.prepare(`UPDATE events SET actor = '{' WHERE stream_id = ? AND revision = 3`).run(STREAM),
  );
  copyFileSync(damaged.path, join(unreadable, 'events.sqlite'));
  t.equal((await run(['--take-checkpoint'], unreadable)).code, 1, 'no checkpoint of a log with a hole');
});

t.test('npm run verify leaves the data directory as it found it', async (t) => {
  const dataDir = mkdtempSync(join(directory, 'read-only-'));
  copyFileSync(original, join(dataDir, 'events.sqlite'));
  const before = readFileSync(join(dataDir, 'events.sqlite'));
  const code = await runVerifyCli(['--data-dir', dataDir], { env: {}, stdout: () => {}, stderr: () => {} });
  t.equal(code, 0);
  t.ok(readFileSync(join(dataDir, 'events.sqlite')).equals(before), 'the event store file is unchanged');
  // A read-only connection may leave an empty -wal/-shm pair behind; it must not leave a frame in the WAL.
  const wal = readdirSync(dataDir).filter((name) => name.endsWith('-wal'));
  for (const name of wal) t.equal(readFileSync(join(dataDir, name)).length, 0, `${name} is empty`);
});
