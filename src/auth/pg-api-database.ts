import pg from 'pg';

/**
 * The API's own state in PostgreSQL when it is the event store (docs/postgresql.md): access tokens (hashes only)
 * and idempotency records, in their own tables beside the log, so that every replica accepts every token and
 * sees every key. The tables are made here, under an advisory lock so that replicas starting together do not race.
 */
export type PgApiDatabase = pg.Pool;

const SCHEMA_LOCK_KEY = 7_201_620_021;

export async function openPgApiDatabase(connectionString: string): Promise<PgApiDatabase> {
  const pool = new pg.Pool({
    connectionString,
    application_name: 'samhandlingsplan api-state',
    max: 5,
    connectionTimeoutMillis: 5_000,
    keepAlive: true,
  });
  // An idle connection the server drops emits here; unhandled it would end the process. The next query reconnects.
  pool.on('error', () => undefined);
  const client = await pool.connect().catch(async (error: unknown) => {
    await pool.end().catch(() => undefined);
    throw error;
  });
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK_KEY]);
    await client.query(`
      CREATE TABLE IF NOT EXISTS api_tokens (
        id           text PRIMARY KEY,
        name         text NOT NULL,
        role         text NOT NULL,
        organization text,
        secret_hash  bytea NOT NULL,
        created_at   text NOT NULL,
        revoked_at   text,
        expires_at   text,
        last_used_at text,
        plans        text
      );
      CREATE TABLE IF NOT EXISTS api_idempotency_keys (
        principal_id    text NOT NULL,
        idempotency_key text NOT NULL,
        fingerprint     text NOT NULL,
        state           text NOT NULL CHECK (state IN ('in_progress', 'completed')),
        status          integer,
        headers         text,
        body            text,
        created_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (principal_id, idempotency_key)
      );
      CREATE INDEX IF NOT EXISTS api_idempotency_keys_created_at ON api_idempotency_keys (created_at);
    `);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release();
    await pool.end().catch(() => undefined);
    throw error;
  }
  client.release();
  return pool;
}
