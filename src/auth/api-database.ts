import Database from 'better-sqlite3';
import { join } from 'node:path';
import { ensureOwnerOnlyDirectory, ensureOwnerOnlyFile } from '../store/index.js';

/**
 * The API's own state beside the event store: access tokens (only their hashes) and idempotency records. It is a
 * separate SQLite file so that the event log holds nothing but plan history, whichever store is in use.
 */
export type ApiDatabase = Database.Database;

const SCHEMA_VERSION = 3;

export function apiDatabasePath(dataDir: string): string {
  return join(dataDir, 'api.sqlite');
}

export function openApiDatabase(dataDir: string): ApiDatabase {
  ensureOwnerOnlyDirectory(dataDir);
  ensureOwnerOnlyFile(apiDatabasePath(dataDir));
  const db = new Database(apiDatabasePath(dataDir));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    db.close();
    throw new Error(
      `${apiDatabasePath(dataDir)} has schema version ${version}; this version reads up to ${SCHEMA_VERSION}`,
    );
  }
  if (version < 1) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS tokens (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        organization TEXT,
        secret_hash BLOB NOT NULL,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      );
      PRAGMA user_version = 1;
    `);
  }
  if (version < 2) {
    // One row per (token, key): the request's fingerprint, then the response to replay (docs/api.md).
    db.exec(`
      CREATE TABLE IF NOT EXISTS idempotency_keys (
        principal_id TEXT NOT NULL,
        idempotency_key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('in_progress', 'completed')),
        status INTEGER,
        headers TEXT,
        body TEXT,
        created_at TEXT NOT NULL,
        PRIMARY KEY (principal_id, idempotency_key)
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS idempotency_keys_created_at ON idempotency_keys (created_at);
      PRAGMA user_version = 2;
    `);
  }
  if (version < 3) {
    // Expiry, last use and the plans a token is scoped to (a JSON array; NULL: every plan). docs/api.md.
    db.exec(`
      ALTER TABLE tokens ADD COLUMN expires_at TEXT;
      ALTER TABLE tokens ADD COLUMN last_used_at TEXT;
      ALTER TABLE tokens ADD COLUMN plans TEXT;
      PRAGMA user_version = 3;
    `);
  }
  return db;
}
