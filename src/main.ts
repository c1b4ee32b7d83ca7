// First, before any code it tunes is compiled.
import './gc-tuning.js';
import { loadConfig } from './config/config.js';
import { createLogger } from './observability/logger.js';
import { createService, type Service } from './service.js';
import { closeWithDeadline } from './shutdown-deadline.js';

/**
 * Composition root: configuration, logger, service, listening socket, signals. A start that cannot succeed prints
 * one line naming the problem and exits non-zero.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const service = await createService(config, logger);
  stopOnSignals(service, logger, config.SHUTDOWN_TIMEOUT_MS);
  try {
    await service.app.listen({ host: config.HOST, port: config.PORT });
  } catch (error) {
    await service.close();
    throw listenError(error, config.HOST, config.PORT);
  }
  const address = service.app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.PORT;
  const base = `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${port}`;
  logger.info({ store: service.storeDescription, url: base, docs: `${base}/docs` }, 'ready');
  // For the person at the terminal, on stderr: standard output carries only JSON lines, for a log shipper.
  process.stderr.write(
    `\nsamhandlingsplan is running on ${service.storeDescription}\n` +
      `  API documentation: ${base}/docs\n` +
      `  a token for requests: npm run token -- create --name "Your Name" --role editor\n\n`,
  );
}

/** Why the socket could not be opened, naming the setting at fault and its value: HOST or PORT. */
function listenError(error: unknown, host: string, port: number): Error {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new Error(`HOST=${JSON.stringify(host)}: no such host or address (${code})`);
    case 'EADDRNOTAVAIL':
      return new Error(`HOST=${JSON.stringify(host)}: not an address of this machine (${code})`);
    case 'EADDRINUSE':
      return new Error(`PORT=${port}: already in use on ${host} (${code})`);
    case 'EACCES':
      return new Error(`PORT=${port}: this user may not listen on it (${code})`);
    default:
      return error instanceof Error ? error : new Error(String(error));
  }
}

function stopOnSignals(service: Service, logger: Service['app']['log'], deadlineMs: number): void {
  let stopping = false;
  async function shutdown(signal: string): Promise<void> {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    try {
      const how = await closeWithDeadline(service, deadlineMs, logger);
      logger.info({ how }, 'stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  }
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch(function failStart(error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`samhandlingsplan: cannot start: ${message}\n`);
  process.exit(1);
});
