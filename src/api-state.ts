import type { Logger } from 'pino';
import { openApiDatabase } from './auth/api-database.js';
import { openPgApiDatabase } from './auth/pg-api-database.js';
import { PgTokenStore } from './auth/pg-token-store.js';
import type { TokenRegistry } from './auth/token-registry.js';
import { TokenStore } from './auth/token-store.js';
import type { Config } from './config/config.js';
import { IdempotencyStore, type IdempotencyRecords } from './http/idempotency/index.js';
import { PgIdempotencyStore } from './http/idempotency/pg-idempotency-store.js';
import { StoreUnavailable } from './store/errors.js';
import { describePostgresUrl } from './store/postgres/index.js';

/** The API's own state: tokens and idempotency records, kept beside whichever event store is in use. */
export interface ApiState {
  tokens: TokenRegistry;
  idempotency: IdempotencyRecords;
  close(): Promise<void>;
}

const API_DATABASE_BUSY_TIMEOUT_MS = 20;

/**
 * In PostgreSQL when DATABASE_URL is set, so that every replica accepts every token and sees every Idempotency-Key;
 * else in DATA_DIR/api.sqlite (with EventStoreDB too: one server process per DATA_DIR).
 */
export async function openApiState(config: Config, logger: Logger): Promise<ApiState> {
  if (config.DATABASE_URL) {
    const pool = await openPgApiDatabase(config.DATABASE_URL).catch((error: unknown) => {
      throw new StoreUnavailable(
        `cannot open the API tables in PostgreSQL at ${describePostgresUrl(config.DATABASE_URL ?? '')}: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    });
    const idempotency = new PgIdempotencyStore(pool, { logger, requestTimeoutMs: config.REQUEST_TIMEOUT_MS });
    return {
      tokens: new PgTokenStore(pool),
      idempotency,
      async close() {
        await idempotency.flush();
        await pool.end();
      },
    };
  }
  const apiDatabase = openApiDatabase(config.DATA_DIR);
  // The server writes only idempotency records here, in batches (IdempotencyStore); an fsync each would block the
  // event loop. In WAL mode NORMAL still survives a crash of the process; after a power cut a lost record costs
  // no duplicate either, since a retry finds its append by the key-named event ids. Checkpoints every 10,000
  // pages rather than 1,000: a page of the key index dirtied by many batches is then copied back once, not often
  // (a third less time per record).
  apiDatabase.pragma('synchronous = NORMAL');
  apiDatabase.pragma('wal_autocheckpoint = 10000');
  // Another process holding the file's write lock must not hold the event loop: a write that finds it busy
  // fails at once and is tried again later (IdempotencyStore); reads in WAL mode never wait for it.
  apiDatabase.pragma(`busy_timeout = ${API_DATABASE_BUSY_TIMEOUT_MS}`);
  const idempotency = new IdempotencyStore(apiDatabase, undefined, logger);
  return {
    tokens: new TokenStore(apiDatabase),
    idempotency,
    close() {
      idempotency.flush();
      apiDatabase.close();
      return Promise.resolve();
    },
  };
}
