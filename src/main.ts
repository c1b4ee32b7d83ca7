import { loadConfig, type Config } from './config/config.js';
import { buildApp } from './http/app.js';
import { createLogger } from './observability/logger.js';
import { openEventStore } from './store/open-event-store.js';

/**
 * Composition root: configuration, logger, store, server. A start that cannot succeed prints one line naming the
 * problem and exits non-zero.
 */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    failStart(error);
  }
  const logger = createLogger(config.LOG_LEVEL);
  let opened;
  try {
    opened = await openEventStore({
      dataDir: config.DATA_DIR,
      eventStoreConnectionString: config.EVENTSTORE_CONNECTION_STRING,
    });
  } catch (error) {
    failStart(error);
  }
  const { store, description } = opened;
  const ready = { value: false, position: null as bigint | null };
  const app = await buildApp({
    logger,
    readiness: { isReady: () => ready.value, position: () => ready.position },
  });

  let stopping = false;
  async function shutdown(signal: string): Promise<void> {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    try {
      await app.close();
      await store.close();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  }
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  try {
    await app.listen({ host: config.HOST, port: config.PORT });
  } catch (error) {
    await store.close();
    failStart(error);
  }
  ready.position = await store.headPosition();
  ready.value = true;
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.PORT;
  const base = `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${port}`;
  logger.info({ store: description, url: base }, 'ready');
  process.stdout.write(
    `\nsamhandlingsplan is running on ${description}\n` + `  API documentation: ${base}/docs\n\n`,
  );
}

function failStart(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`samhandlingsplan: cannot start: ${message}\n`);
  process.exit(1);
}

void main();
