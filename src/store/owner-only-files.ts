import { chmodSync, closeSync, mkdirSync, openSync, statSync } from 'node:fs';

/**
 * DATA_DIR holds the events, the tokens' hashes and the log's signing key: nobody but the service's own user has
 * any business reading it (docs/deployment.md). A directory made here is 0700.
 */
export function ensureOwnerOnlyDirectory(path: string): void {
  mkdirSync(path, { recursive: true, mode: 0o700 });
}

/**
 * Creates a database file 0600 before SQLite opens it, so that SQLite, which gives its `-wal` and `-shm` files the
 * mode of the database file, makes them owner-only too. A file left 0644 by an older version is tightened; one we
 * may not change (a read-only mount) is left as it is, as the open that follows says what is wrong with it.
 */
export function ensureOwnerOnlyFile(path: string): void {
  try {
    closeSync(openSync(path, 'a', 0o600));
    if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  } catch {
    // The database open that follows reports the real problem in its own words.
  }
}
