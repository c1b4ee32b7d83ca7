import { join } from 'node:path';
import type { EventStore } from './event-store.js';
import { ensureOwnerOnlyDirectory } from './owner-only-files.js';
import { EventStoreDbEventStore } from './eventstoredb/eventstoredb-event-store.js';
import { describePostgresUrl, PgEventStore } from './postgres/pg-event-store.js';
import { SqliteEventStore, type SqliteStoreObserver } from './sqlite/sqlite-event-store.js';

export interface StoreSettings {
  dataDir: string;
  eventStoreConnectionString?: string | undefined;
  /** postgres://…: the PostgreSQL store (docs/postgresql.md). */
  databaseUrl?: string | undefined;
  logger?: { warn(obj: object, msg: string): void } | undefined;
  /** Group commits and log syncs of the embedded store, for the metrics (EventStoreDB has neither). */
  observer?: SqliteStoreObserver | undefined;
}

export interface OpenedStore {
  store: EventStore;
  /** One line for the start-up log: which store, where (never the credentials of a connection string). */
  description: string;
  /** Positions are 1, 2, 3, … with no gaps (SQLite's rowid), so the audit treats a gap as a removed event. */
  densePositions: boolean;
}

/** The file of the embedded store inside DATA_DIR. */
export function sqliteFilePath(dataDir: string): string {
  return join(dataDir, 'events.sqlite');
}

/**
 * PostgreSQL when DATABASE_URL is set, EventStoreDB when its connection string is (DESIGN.md §6), else the embedded
 * SQLite file in DATA_DIR.
 */
export async function openEventStore(settings: StoreSettings): Promise<OpenedStore> {
  if (settings.databaseUrl) {
    const store = await PgEventStore.connect({
      connectionString: settings.databaseUrl,
      logger: settings.logger,
    });
    // Every append locks the log head and continues from it, so positions are 1, 2, 3, … as in SQLite.
    return {
      store,
      description: `PostgreSQL ${describePostgresUrl(settings.databaseUrl)}`,
      densePositions: true,
    };
  }
  if (settings.eventStoreConnectionString) {
    const store = await EventStoreDbEventStore.connect({
      connectionString: settings.eventStoreConnectionString,
    });
    return { store, description: 'EventStoreDB', densePositions: false };
  }
  ensureOwnerOnlyDirectory(settings.dataDir);
  const path = sqliteFilePath(settings.dataDir);
  return {
    store: SqliteEventStore.open({ path, observer: settings.observer }),
    description: `SQLite ${path}`,
    densePositions: true,
  };
}
