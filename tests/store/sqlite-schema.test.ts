import { writeFile } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { StoreSchemaMismatch, StoreUnavailable } from '../../src/store/errors.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { APPLICATION_NAME, MIGRATIONS, openEventDatabase } from '../../src/store/sqlite/sqlite-schema.js';
import type { Migration } from '../../src/store/sqlite/sqlite-schema.js';
import { freshStream, newEvent, tempDatabasePath } from './fixtures/store-fixtures.js';

/** A second schema version that exists only in this test, to exercise the migration path on a real v1 file. */
const ADD_TYPE_INDEX: Migration = {
  version: 2,
  description: 'index events by type',
  up(db) {
    db.exec('CREATE INDEX events_by_type ON events (type, position)');
  },
};

function inspect(path: string): {
  userVersion: number;
  journalMode: string;
  indexes: string[];
  tables: string[];
} {
  const db = new Database(path, { readonly: true });
  try {
    const names = (type: string): string[] =>
      db
        .prepare<[string], string>('SELECT name FROM sqlite_schema WHERE type = ? ORDER BY name')
        .pluck()
        .all(type);
    return {
      userVersion: Number(db.pragma('user_version', { simple: true })),
      journalMode: String(db.pragma('journal_mode', { simple: true })),
      indexes: names('index'),
      tables: names('table'),
    };
  } finally {
    db.close();
  }
}

function setUserVersion(path: string, version: number): void {
  const db = new Database(path);
  db.pragma(`user_version = ${version}`);
  db.close();
}

async function writeStoreWithOneEvent(path: string): Promise<string> {
  const store = SqliteEventStore.open({ path });
  const streamId = freshStream();
  await store.append(streamId, [newEvent()], 'no_stream');
  await store.close();
  return streamId;
}

t.test(
  'a fresh file is created at the current schema version, in WAL mode, its log synced by the store itself',
  async (t) => {
    const path = await tempDatabasePath(t);

    const store = SqliteEventStore.open({ path });
    const diagnostics = store.diagnostics();
    await store.close();

    t.equal(diagnostics.schemaVersion, MIGRATIONS.length);
    t.equal(diagnostics.journalMode, 'wal');
    // SQLite does not fsync each commit; the store syncs the log before it acknowledges (sqlite-log-sync.test.ts).
    t.equal(diagnostics.synchronous, 'NORMAL');
    const file = inspect(path);
    t.equal(file.userVersion, MIGRATIONS.length);
    t.equal(file.journalMode, 'wal');
    t.strictSame(file.tables, ['events', 'meta']);
    const db = new Database(path, { readonly: true });
    t.equal(db.prepare("SELECT value FROM meta WHERE key = 'application'").pluck().get(), APPLICATION_NAME);
    db.close();
  },
);

t.test('a store reopens with its events', async (t) => {
  const path = await tempDatabasePath(t);
  const streamId = await writeStoreWithOneEvent(path);

  const store = SqliteEventStore.open({ path });
  t.teardown(() => store.close());

  t.equal((await store.readStream(streamId)).length, 1);
});

t.test('a store written by a newer schema version is refused and left as it was', async (t) => {
  const path = await tempDatabasePath(t);
  await writeStoreWithOneEvent(path);
  setUserVersion(path, 999);

  t.throws(() => SqliteEventStore.open({ path }), StoreSchemaMismatch);

  t.equal(inspect(path).userVersion, 999);
});

t.test('an SQLite database of another application is refused and left as it was', async (t) => {
  const path = await tempDatabasePath(t);
  const foreign = new Database(path);
  foreign.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount INTEGER)');
  foreign.close();

  t.throws(() => SqliteEventStore.open({ path }), StoreSchemaMismatch);

  t.strictSame(inspect(path), { userVersion: 0, journalMode: 'delete', indexes: [], tables: ['invoices'] });
});

t.test('a database with our table names but another application in meta is refused', async (t) => {
  const path = await tempDatabasePath(t);
  await writeStoreWithOneEvent(path);
  const db = new Database(path);
  db.prepare("UPDATE meta SET value = 'some-other-app' WHERE key = 'application'").run();
  db.close();

  t.throws(() => SqliteEventStore.open({ path }), StoreSchemaMismatch);
});

t.test('a database with a schema version but no meta table is refused', async (t) => {
  const path = await tempDatabasePath(t);
  setUserVersion(path, 1);

  t.throws(() => SqliteEventStore.open({ path }), StoreSchemaMismatch);
});

t.test('a file of garbage bytes is StoreUnavailable', async (t) => {
  const path = await tempDatabasePath(t);
  await writeFile(path, Buffer.from('this is not an SQLite database, just some bytes '.repeat(200)));

  t.throws(() => SqliteEventStore.open({ path }), StoreUnavailable);
});

t.test('a store file whose schema page is damaged is StoreUnavailable', async (t) => {
  const path = await tempDatabasePath(t);
  await writeStoreWithOneEvent(path);
  const handle = await open(path, 'r+');
  // Past the 100-byte file header, page 1 holds the schema table: overwrite it.
  await handle.write(Buffer.alloc(2000, 0xa5), 0, 2000, 100);
  await handle.close();

  t.throws(() => SqliteEventStore.open({ path }), StoreUnavailable);
});

t.test('a path in a missing directory is StoreUnavailable', async (t) => {
  const path = await tempDatabasePath(t);

  t.throws(() => SqliteEventStore.open({ path: join(path, 'missing', 'events.sqlite') }), StoreUnavailable);
});

t.test('a file written at an older schema version is migrated and keeps its events', async (t) => {
  const path = await tempDatabasePath(t);
  const streamId = await writeStoreWithOneEvent(path);
  t.equal(inspect(path).userVersion, 1);

  const { db, schemaVersion } = openEventDatabase(path, [...MIGRATIONS, ADD_TYPE_INDEX]);
  const events = db.prepare('SELECT count(*) FROM events WHERE stream_id = ?').pluck().get(streamId);
  db.close();

  t.equal(schemaVersion, 2);
  t.equal(events, 1n);
  const file = inspect(path);
  t.equal(file.userVersion, 2);
  t.ok(file.indexes.includes('events_by_type'));
  t.throws(
    () => SqliteEventStore.open({ path }),
    StoreSchemaMismatch,
    'code that knows only v1 refuses the v2 file',
  );
});

t.test('a fresh file runs every migration in order', async (t) => {
  const path = await tempDatabasePath(t);

  openEventDatabase(path, [...MIGRATIONS, ADD_TYPE_INDEX]).db.close();

  const file = inspect(path);
  t.equal(file.userVersion, 2);
  t.ok(file.indexes.includes('events_by_type'));
});

t.test('a migration that fails is rolled back whole and the file stays at its version', async (t) => {
  const path = await tempDatabasePath(t);
  await writeStoreWithOneEvent(path);
  const failing: Migration = {
    version: 2,
    description: 'fails half-way',
    up(db) {
      db.exec('CREATE INDEX events_by_type ON events (type)');
      throw new Error('disk on fire');
    },
  };

  t.throws(() => openEventDatabase(path, [...MIGRATIONS, failing]), StoreSchemaMismatch);

  const file = inspect(path);
  t.equal(file.userVersion, 1);
  t.notOk(file.indexes.includes('events_by_type'));
  const store = SqliteEventStore.open({ path });
  t.equal(store.diagnostics().schemaVersion, 1, 'the file still opens at its version');
  await store.close();
});

t.test('migrations must be numbered 1, 2, 3 in order', async (t) => {
  const path = await tempDatabasePath(t);

  t.throws(
    () =>
      openEventDatabase(path, [
        { ...ADD_TYPE_INDEX, version: 1 },
        { ...ADD_TYPE_INDEX, version: 3 },
      ]),
    TypeError,
  );
});
