// Tampering with the SQLite file directly is detected and located by the chain verification or a kept checkpoint.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { CommandHandler } from '../../src/application/index.js';
import {
  checkpointAt,
  loadOrCreateSigningKey,
  verifiedHeadPath,
  verifyCheckpoint,
  verifyEventStore,
  writeVerifiedHead,
} from '../../src/audit/index.js';
import { signLogHead } from '../../src/audit/signed-log-head.js';
import type { BrokenLinkProblem, ChainVerification } from '../../src/audit/index.js';
import { runVerifyCli } from '../../src/cli/verify.js';
import { computeEventHash } from '../../src/store/hash-chain.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { ACTOR, PLAN_ID, TILTAK_ID, createPlan, createTiltak } from '../application/handler-fixtures.js';
import {
  forgeBackDatedEvent,
  swapAdjacentRowsOfDifferentStreams,
  truncateLogTail,
  truncateStreamTail,
} from './tampering.js';

const STREAM = `tiltak-${TILTAK_ID}`;
const directory = mkdtempSync(join(tmpdir(), 'shp-audit-'));
t.teardown(() => rmSync(directory, { recursive: true, force: true }));
const original = join(directory, 'original.sqlite');

/** The tiltak stream gets revisions 0..3: created, two status changes and a note. */
async function writeHistory(path: string): Promise<void> {
  // A minute between appends, so that a back-dated forgery is earlier than the event before it.
  let now = Date.parse('2026-01-01T08:00:00.000Z');
  const store = SqliteEventStore.open({ path, clock: () => new Date((now += 60_000)) });
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

type Row = Record<string, string | number | bigint | null>;

/** The hash a row's content gives, as a careful tamperer recomputes it. */
function hashOfRow(row: Row, data: unknown = JSON.parse(String(row['data']))): string {
  return computeEventHash(String(row['prev_hash']), {
    eventId: String(row['event_id']),
    type: String(row['type']),
    schemaVersion: Number(row['schema_version']),
    streamId: String(row['stream_id']),
    revision: BigInt(row['revision'] as number),
    recordedAt: String(row['recorded_at']),
    effectiveAt: String(row['effective_at']),
    actor: JSON.parse(String(row['actor'])) as typeof ACTOR,
    reason: (row['reason'] as string | null) ?? null,
    correlationId: String(row['correlation_id']),
    causationId: (row['causation_id'] as string | null) ?? null,
    source: JSON.parse(String(row['source'])) as { kind: 'api' },
    data,
  });
}

/** Rewrites one event's data and gives it the hash its new content has, as a careful tamperer would. */
function rewriteWithFreshHash(db: Database.Database, revision: number, text: string): void {
  const row = db
    .prepare('SELECT * FROM events WHERE stream_id = ? AND revision = ?')
    .get(STREAM, revision) as Row;
  const data = { ...(JSON.parse(String(row['data'])) as Record<string, unknown>), text };
  const hash = hashOfRow(row, data);
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

t.test('what only positions, recordedAt and the log-wide tree show is detected and located', async (t) => {
  const store = SqliteEventStore.open({ path: original });
  const untouched = await verifyEventStore(store, { densePositions: true });
  await store.close();
  t.ok(untouched.ok, 'the untouched history verifies with every check');
  // The head a client (or the server's DATA_DIR) kept when the log had these 8 events.
  const kept = untouched.log;
  t.equal(kept.treeSize, 8);
  const PLAN_STREAM = `plan-${PLAN_ID}`;
  const chainsOnly = (found: ChainVerification) =>
    !found.brokenLinks.some((link) =>
      ['HASH_MISMATCH', 'PREV_HASH_MISMATCH', 'REVISION_GAP', 'REVISION_OUT_OF_ORDER'].includes(link.problem),
    );
  const problems = (found: ChainVerification) => found.brokenLinks.map((link) => link.problem);

  const cases: [
    string,
    (db: Database.Database) => void,
    (found: ChainVerification, withHead: ChainVerification) => boolean,
  ][] = [
    [
      'a forged back-dated event with a valid recomputed hash: recordedAt decreases',
      (db) => forgeBackDatedEvent(db, STREAM),
      (found) => chainsOnly(found) && located(found, 'RECORDED_AT_DECREASED', 4),
    ],
    [
      'the tail of the log truncated: shorter than the kept head',
      (db) => truncateLogTail(db, 2),
      (found, withHead) =>
        found.ok && problems(withHead).includes('LOG_TRUNCATED') && withHead.brokenLinks[0]?.position === '6',
    ],
    [
      "a stream's tail truncated and the position and revision reused by the next write",
      (db) => {
        truncateStreamTail(db, STREAM);
        const row = db
          .prepare('SELECT * FROM events WHERE stream_id = ? AND revision = 2')
          .get(STREAM) as Record<string, unknown>;
        // The next honest-looking write: revision 3 at position 8 again, continuing the chain from revision 2.
        forgeNextWrite(db, row);
      },
      (found, withHead) =>
        found.ok &&
        withHead.brokenLinks.some((link) => link.problem === 'LOG_ROOT_MISMATCH' && link.position === '8'),
    ],
    [
      "a stream's tail truncated in the middle of the log: a position gap",
      (db) => void truncateStreamTail(db, PLAN_STREAM),
      (found) => chainsOnly(found) && problems(found).includes('POSITION_GAP'),
    ],
    [
      'two adjacent rows of different streams swapped, each stream in order',
      (db) => void swapAdjacentRowsOfDifferentStreams(db),
      (found, withHead) =>
        chainsOnly(found) &&
        problems(found).includes('RECORDED_AT_DECREASED') &&
        problems(withHead).includes('LOG_ROOT_MISMATCH'),
    ],
  ];
  let detected = 0;
  for (const [name, change, isDetected] of cases) {
    const { path } = await tampered(change);
    const reopened = SqliteEventStore.open({ path });
    const found = await verifyEventStore(reopened, { densePositions: true });
    const withHead = await verifyEventStore(reopened, { densePositions: true, head: kept });
    await reopened.close();
    const caught = isDetected(found, withHead) && !withHead.ok;
    t.ok(caught, `${name}: detected and located`);
    if (!caught) t.comment(JSON.stringify({ found: found.brokenLinks, withHead: withHead.brokenLinks }));
    if (caught) detected += 1;
  }
  t.comment(`log-wide tamper cases detected: ${detected} of ${cases.length}`);
});

/** Inserts revision 3 of the tiltak again, as the next write after a truncation would, with a valid chain. */
function forgeNextWrite(db: Database.Database, previous: Record<string, unknown>): void {
  const recordedAt = new Date(Date.parse(String(previous['recorded_at'])) + 120_000).toISOString();
  const row: Record<string, unknown> = {
    ...previous,
    event_id: 'next-write',
    revision: 3,
    recorded_at: recordedAt,
    effective_at: recordedAt,
    data: JSON.stringify({ tiltakId: TILTAK_ID, text: 'Et nytt notat' }),
    type: 'ProgressNoted',
    prev_hash: previous['hash'],
  };
  delete row['position'];
  row['hash'] = hashOfRow(row as Row);
  const columns = Object.keys(row);
  db.prepare(
    `INSERT INTO events (${columns.join(', ')}) VALUES (${columns.map((name) => `@${name}`).join(', ')})`,
  ).run(row);
}

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
  t.equal((await run([], garbage)).code, 3, 'a file that cannot be read at all is unreadable, not broken');

  const unreadable = mkdtempSync(join(directory, 'unreadable-'));
  const damaged = await tampered((db) =>
    db.prepare(`UPDATE events SET actor = '{' WHERE stream_id = ? AND revision = 3`).run(STREAM),
  );
  copyFileSync(damaged.path, join(unreadable, 'events.sqlite'));
  t.equal((await run(['--take-checkpoint'], unreadable)).code, 1, 'no checkpoint of a log with a hole');
});

t.test('npm run verify checks the log against the head the server kept in the data directory', async (t) => {
  const run = (dataDir: string) => {
    let out = '';
    return runVerifyCli(['--data-dir', dataDir, '--json'], {
      env: {},
      stdout: (text) => (out += text),
      stderr: () => {},
    }).then((code) => ({ code, result: JSON.parse(out || '{}') as Partial<ChainVerification> }));
  };
  const keep = async (dataDir: string) => {
    const store = SqliteEventStore.open({ path: join(dataDir, 'events.sqlite') });
    const { log } = await verifyEventStore(store);
    await store.close();
    const key = loadOrCreateSigningKey(dataDir);
    const head = signLogHead(key, { ...log, position: '8', timestamp: new Date().toISOString() });
    await writeVerifiedHead(verifiedHeadPath(dataDir), head);
  };
  const intact = mkdtempSync(join(directory, 'kept-'));
  copyFileSync(original, join(intact, 'events.sqlite'));
  await keep(intact);
  t.equal((await run(intact)).code, 0, 'the log extends its kept head');

  const cut = mkdtempSync(join(directory, 'kept-cut-'));
  copyFileSync(original, join(cut, 'events.sqlite'));
  await keep(cut);
  const db = new Database(join(cut, 'events.sqlite'));
  truncateLogTail(db, 1);
  db.close();
  const found = await run(cut);
  t.equal(found.code, 1, 'a truncated tail is broken');
  t.match(found.result.brokenLinks, [{ problem: 'LOG_TRUNCATED', position: '7' }]);

  writeFileSync(verifiedHeadPath(intact), '{"treeSize": 8}');
  t.equal((await run(intact)).code, 1, 'a damaged kept head is reported, not ignored');
});

t.test('npm run verify reads a copy of the store on a read-only file system', async (t) => {
  const mountPoint = mkdtempSync(join(directory, 'read-only-fs-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    // Root ignores file modes, so only a file system mounted read-only shows what an operator's copy is.
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', mountPoint]);
    if (mounted.status !== 0) {
      const why = `cannot mount a tmpfs here (${mounted.stderr.toString().trim()})`;
      await t.test('on a read-only file system', { skip: why }, () => {});
      return;
    }
    t.teardown(() => void spawnSync('umount', [mountPoint]));
  }
  copyFileSync(original, join(mountPoint, 'events.sqlite'));
  if (asRoot) t.equal(spawnSync('mount', ['-o', 'remount,ro', mountPoint]).status, 0, 'remounted read-only');
  else {
    chmodSync(join(mountPoint, 'events.sqlite'), 0o444);
    chmodSync(mountPoint, 0o555);
    t.teardown(() => chmodSync(mountPoint, 0o755));
  }
  let out = '';
  let err = '';
  const code = await runVerifyCli(['--data-dir', mountPoint], {
    env: {},
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
  });
  t.equal(code, 0, out + err);
  t.match(out, /8 events in 2 streams/);
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
