import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { openApiDatabase } from './auth/api-database.js';
import { TokenStore } from './auth/token-store.js';
import type { Config } from './config/config.js';
import { buildApp } from './http/app.js';
import type { EventStore } from './store/event-store.js';
import { openEventStore } from './store/open-event-store.js';

/** The running service: what main starts and stops, and what end-to-end tests drive. */
export interface Service {
  app: FastifyInstance;
  store: EventStore;
  storeDescription: string;
  /** Finishes in-flight requests, then closes the store and the API database. */
  close(): Promise<void>;
}

/** Opens the stores and builds the app; does not listen. Resources opened before a failure are closed again. */
export async function createService(config: Config, logger: Logger): Promise<Service> {
  const apiDatabase = openApiDatabase(config.DATA_DIR);
  let opened;
  try {
    opened = await openEventStore({
      dataDir: config.DATA_DIR,
      eventStoreConnectionString: config.EVENTSTORE_CONNECTION_STRING,
    });
  } catch (error) {
    apiDatabase.close();
    throw error;
  }
  const { store, description } = opened;
  const ready = { value: false, position: null as bigint | null };
  const app = await buildApp({
    logger,
    readiness: { isReady: () => ready.value, position: () => ready.position },
    authenticator: new TokenStore(apiDatabase),
  });
  // Until the projections exist, being ready means the store answered at start.
  ready.position = await store.headPosition();
  ready.value = true;

  return {
    app,
    store,
    storeDescription: description,
    async close() {
      await app.close();
      await store.close();
      apiDatabase.close();
    },
  };
}
