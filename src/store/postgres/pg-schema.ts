import type { Pool, PoolClient } from 'pg';
import { StoreSchemaMismatch } from '../errors.js';

/** The value of the meta row that marks a database as this application's event store. */
export const PG_APPLICATION_NAME = 'samhandlingsplan-event-store';

/** Any constant works; it only has to be the same in every process that may migrate the schema at once. */
const MIGRATION_LOCK_KEY = 7_201_620_020;

interface Migration {
  version: number;
  description: string;
  sql: string;
}

/**
 * The ordered schema history. Append a step to change the schema, never edit one that has shipped.
 *
 * JSON is stored as text, not jsonb: the row must hold the exact canonical JSON the hash was computed over (jsonb
 * reorders keys and drops duplicates). event_log_head is the one row every append locks and updates inside its
 * transaction: it serialises appends, so position order is commit order (docs/postgresql.md).
 */
const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'meta, the events table and the log head',
    sql: `
      CREATE TABLE samhandlingsplan_meta (
        key   text PRIMARY KEY,
        value text NOT NULL
      );
      CREATE TABLE events (
        position       bigint  PRIMARY KEY CHECK (position > 0),
        event_id       text    NOT NULL UNIQUE,
        type           text    NOT NULL,
        schema_version integer NOT NULL,
        stream_id      text    NOT NULL,
        revision       bigint  NOT NULL CHECK (revision >= 0),
        recorded_at    text    NOT NULL,
        effective_at   text    NOT NULL,
        actor          text    NOT NULL,
        reason         text,
        correlation_id text    NOT NULL,
        causation_id   text,
        source         text    NOT NULL,
        data           text    NOT NULL,
        prev_hash      text    NOT NULL,
        hash           text    NOT NULL,
        UNIQUE (stream_id, revision)
      );
      CREATE TABLE event_log_head (
        singleton   boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        position    bigint  NOT NULL,
        recorded_at text
      );
      INSERT INTO event_log_head (singleton, position, recorded_at) VALUES (true, 0, NULL);
    `,
  },
];

export const PG_SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Creates or migrates the schema, under an advisory lock so that replicas starting together do not race. Refuses
 * a database that holds other tables but not ours, one written by a newer schema, and one not encoded in UTF-8.
 */
export async function migrateSchema(pool: Pool): Promise<number> {
  const client = await pool.connect();
  try {
    const encoding = await client.query<{ server_encoding: string }>('SHOW server_encoding');
    if (encoding.rows[0]?.server_encoding !== 'UTF8') {
      throw new StoreSchemaMismatch(
        `the PostgreSQL database is encoded in ${encoding.rows[0]?.server_encoding ?? 'an unknown encoding'}; the event store needs UTF8`,
      );
    }
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      const version = await currentVersion(client);
      if (version > PG_SCHEMA_VERSION) {
        throw new StoreSchemaMismatch(
          `the PostgreSQL event store has schema version ${version}, newer than ${PG_SCHEMA_VERSION} which this code reads; run a newer release`,
        );
      }
      for (const migration of MIGRATIONS.slice(version)) {
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO samhandlingsplan_meta (key, value) VALUES ('application', $1), ('schema_version', $2)
           ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
          [PG_APPLICATION_NAME, String(migration.version)],
        );
      }
      await client.query('COMMIT');
      return PG_SCHEMA_VERSION;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  } finally {
    client.release();
  }
}

async function currentVersion(client: PoolClient): Promise<number> {
  const tables = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_name IN ('samhandlingsplan_meta', 'events')`,
  );
  if (!tables.rows.some((row) => row.name === 'samhandlingsplan_meta')) {
    if (tables.rows.length > 0) {
      throw new StoreSchemaMismatch(
        'the PostgreSQL database has an events table but is not a samhandlingsplan event store',
      );
    }
    return 0;
  }
  const meta = await client.query<{ key: string; value: string }>(
    "SELECT key, value FROM samhandlingsplan_meta WHERE key IN ('application', 'schema_version')",
  );
  const values = new Map(meta.rows.map((row) => [row.key, row.value]));
  if (values.get('application') !== PG_APPLICATION_NAME) {
    throw new StoreSchemaMismatch('the PostgreSQL database is not a samhandlingsplan event store');
  }
  const version = Number(values.get('schema_version'));
  if (!Number.isSafeInteger(version) || version < 1) {
    throw new StoreSchemaMismatch('the PostgreSQL event store has no readable schema version');
  }
  return version;
}
