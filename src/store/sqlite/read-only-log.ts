import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { StoreSchemaMismatch, StoreUnavailable } from '../errors.js';
import type { ReadAllOptions, ReadAllPage, ReadOnlyEventLog } from '../event-store.js';
import { APPLICATION_NAME, MIGRATIONS } from './sqlite-schema.js';
import { EventStatements } from './sqlite-statements.js';
import { messageOf, settle } from './sync-reads.js';

const MAX_PAGE_SIZE = 10_000;

/**
 * Opens an SQLite event store file read-only for `npm run verify`: unlike SqliteEventStore.open it never creates,
 * migrates or switches the journal mode of the file, so verifying cannot change the evidence. It refuses a file
 * that is not an event store or has another schema version (StoreSchemaMismatch) or cannot be opened
 * (StoreUnavailable).
 */
export function openReadOnlySqliteLog(path: string): ReadOnlyEventLog {
  let db: Database.Database | undefined;
  let copy: string | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    // Opening is lazy: the first read is what fails in a read-only directory.
    db.pragma('schema_version');
  } catch (error) {
    db?.close();
    if (!existsSync(path)) {
      throw new StoreUnavailable(`cannot open the event store ${path}: ${messageOf(error)}`, {
        cause: error,
      });
    }
    // A WAL database in a directory nobody may write to cannot be opened read-only when its -shm file is missing
    // (SQLite must create it), and better-sqlite3 offers no `immutable` URI: verify a private copy instead.
    copy = mkdtempSync(join(tmpdir(), 'shp-verify-'));
    try {
      db = new Database(copyWithLog(path, copy), { fileMustExist: true });
    } catch (copyError) {
      rmSync(copy, { recursive: true, force: true });
      throw new StoreUnavailable(`cannot open the event store ${path}: ${messageOf(copyError)}`, {
        cause: copyError,
      });
    }
  }
  const removeCopy = () => {
    if (copy !== null) rmSync(copy, { recursive: true, force: true });
  };
  try {
    db.pragma('busy_timeout = 5000');
    assertCurrentEventStore(db, path);
    db.defaultSafeIntegers(true);
    // The statements include an INSERT; preparing it is harmless on a read-only connection, running it would fail.
    const statements = new EventStatements(db);
    return readerOver(db, statements, removeCopy);
  } catch (error) {
    db.close();
    removeCopy();
    if (error instanceof StoreSchemaMismatch) throw error;
    throw new StoreUnavailable(`cannot read the event store ${path}: ${messageOf(error)}`, { cause: error });
  }
}

/** Copies the database file and its write-ahead log (if any) into `directory`; the path of the copy. */
function copyWithLog(path: string, directory: string): string {
  const target = join(directory, basename(path));
  copyFileSync(path, target);
  if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${target}-wal`);
  return target;
}

function readerOver(
  db: Database.Database,
  statements: EventStatements,
  removeCopy: () => void,
): ReadOnlyEventLog {
  return {
    readAll(options: ReadAllOptions): Promise<ReadAllPage> {
      return settle(() => {
        const { limit } = options;
        if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
          throw new RangeError(`page size must be an integer from 1 to ${MAX_PAGE_SIZE}, not ${limit}`);
        }
        const after = options.after ?? null;
        // One read transaction, so the page and the head agree while a server appends to the same file.
        return db
          .transaction(() => {
            const events = statements.readAll(after ?? 0n, limit);
            const lastPosition = events.at(-1)?.position ?? after;
            const head = statements.headPosition();
            return {
              events,
              lastPosition,
              isEnd: head === null || (lastPosition !== null && lastPosition >= head),
            };
          })
          .deferred();
      });
    },
    headPosition: () => settle(() => statements.headPosition()),
    close: () =>
      settle(() => {
        db.close();
        removeCopy();
      }),
  };
}

function assertCurrentEventStore(db: Database.Database, path: string): void {
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'meta'").get();
  const application =
    hasMeta === undefined
      ? undefined
      : (db.prepare("SELECT value FROM meta WHERE key = 'application'").pluck().get() as string | undefined);
  if (application !== APPLICATION_NAME) {
    throw new StoreSchemaMismatch(`${path} is not a samhandlingsplan event store`);
  }
  const version = Number(db.pragma('user_version', { simple: true }));
  if (version !== MIGRATIONS.length) {
    throw new StoreSchemaMismatch(
      `the event store ${path} has schema version ${version}, this release reads ${MIGRATIONS.length}; verify it with the release that wrote it, or start the server once to migrate it`,
    );
  }
}
