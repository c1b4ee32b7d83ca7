import Database from 'better-sqlite3';
import { StoreSchemaMismatch, StoreUnavailable } from '../errors.js';
import { messageOf } from './sync-reads.js';
import { ensureOwnerOnlyFile } from '../owner-only-files.js';

/** One step of the schema: `up` turns a database at `version - 1` into one at `version`, inside a transaction. */
export interface Migration {
  version: number;
  description: string;
  up(db: Database.Database): void;
}

/** The value of meta.application that marks a file as this application's event store. */
export const APPLICATION_NAME = 'samhandlingsplan-event-store';

/**
 * The ordered schema history; a fresh file runs them all. Append a step to change the schema, never edit one that
 * has shipped: files in the field were written by it.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'meta table naming the application; the events table',
    up(db) {
      db.exec(`
        CREATE TABLE meta (
          key   TEXT PRIMARY KEY,
          value TEXT NOT NULL
        ) STRICT;
        CREATE TABLE events (
          position       INTEGER PRIMARY KEY,
          event_id       TEXT    NOT NULL UNIQUE,
          type           TEXT    NOT NULL,
          schema_version INTEGER NOT NULL,
          stream_id      TEXT    NOT NULL,
          revision       INTEGER NOT NULL CHECK (revision >= 0),
          recorded_at    TEXT    NOT NULL,
          effective_at   TEXT    NOT NULL,
          actor          TEXT    NOT NULL,
          reason         TEXT,
          correlation_id TEXT    NOT NULL,
          causation_id   TEXT,
          source         TEXT    NOT NULL,
          data           TEXT    NOT NULL,
          prev_hash      TEXT    NOT NULL,
          hash           TEXT    NOT NULL,
          UNIQUE (stream_id, revision)
        ) STRICT;
      `);
      db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('application', APPLICATION_NAME);
    },
  },
];

/**
 * Opens the file, refuses one that is not ours or is newer than `migrations` knows, migrates an older one, and
 * sets WAL with synchronous=NORMAL (the store syncs the log itself: WalSync). Throws StoreSchemaMismatch or
 * StoreUnavailable with a one-line message.
 */
export function openEventDatabase(
  path: string,
  migrations: readonly Migration[] = MIGRATIONS,
): { db: Database.Database; schemaVersion: number } {
  assertOrdered(migrations);
  const newest = migrations.length;
  let db: Database.Database;
  try {
    if (path !== ':memory:') ensureOwnerOnlyFile(path);
    db = new Database(path);
  } catch (error) {
    throw new StoreUnavailable(`cannot open the event store ${path}: ${messageOf(error)}`, { cause: error });
  }
  try {
    db.pragma('busy_timeout = 5000');
    // Identify the file before changing anything in it: a refused file is left exactly as it was.
    checkIdentity(db, path, userVersion(db), newest);
    if (path !== ':memory:') {
      const mode = db.pragma('journal_mode = WAL', { simple: true });
      if (mode !== 'wal')
        throw new StoreUnavailable(`cannot put the event store ${path} in WAL mode (got ${String(mode)})`);
    }
    // Commits do not fsync; the store syncs the log itself, off the event loop, before it acknowledges (WalSync).
    // In WAL mode NORMAL keeps the file consistent through a crash and syncs around every checkpoint.
    db.pragma('synchronous = NORMAL');
    migrate(db, path, migrations);
    db.defaultSafeIntegers(true);
    return { db, schemaVersion: newest };
  } catch (error) {
    db.close();
    if (error instanceof StoreSchemaMismatch || error instanceof StoreUnavailable) throw error;
    throw translateOpenError(error, path);
  }
}

function checkIdentity(db: Database.Database, path: string, version: number, newest: number): void {
  if (version === 0) {
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as {
      n: number;
    };
    if (tables.n > 0) throw notOurs(path);
    return;
  }
  const meta = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'meta'").get();
  const application =
    meta === undefined
      ? undefined
      : (db.prepare("SELECT value FROM meta WHERE key = 'application'").pluck().get() as string | undefined);
  if (application !== APPLICATION_NAME) throw notOurs(path);
  if (version > newest) {
    throw new StoreSchemaMismatch(
      `the event store ${path} has schema version ${version}, newer than ${newest} which this code reads; run a newer release`,
    );
  }
}

function migrate(db: Database.Database, path: string, migrations: readonly Migration[]): void {
  const newest = migrations.length;
  const run = db.transaction(() => {
    // Read again under the write lock: another process may have created or migrated the file meanwhile.
    const version = userVersion(db);
    if (version > newest) checkIdentity(db, path, version, newest);
    for (const migration of migrations.slice(version)) {
      try {
        migration.up(db);
      } catch (error) {
        throw new StoreSchemaMismatch(
          `cannot migrate the event store ${path} to schema version ${migration.version} (${migration.description}): ${messageOf(error)}`,
        );
      }
      db.pragma(`user_version = ${migration.version}`);
    }
  });
  if (userVersion(db) < newest) run.immediate();
}

function userVersion(db: Database.Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1)
      throw new TypeError('migrations must be numbered 1, 2, 3, ... in order');
  });
  if (migrations.length === 0) throw new TypeError('at least one migration is needed');
}

function notOurs(path: string): StoreSchemaMismatch {
  return new StoreSchemaMismatch(`${path} is an SQLite database but not a samhandlingsplan event store`);
}

function translateOpenError(error: unknown, path: string): StoreUnavailable {
  // Garbage bytes give SQLITE_NOTADB, a damaged file SQLITE_CORRUPT, a missing directory SQLITE_CANTOPEN.
  return new StoreUnavailable(`cannot read the event store ${path}: ${messageOf(error)}`, { cause: error });
}
