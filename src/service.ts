import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { CommandHandler } from './application/index.js';
import { AuditLog, loadOrCreateSigningKey, verifiedHeadPath, withSignedLogHeads } from './audit/index.js';
import { openApiState } from './api-state.js';
import type { Config } from './config/config.js';
import { prepareDataDir } from './config/data-dir.js';
import { buildApp } from './http/app.js';
import { PlanResponseCache } from './http/plan-response-cache.js';
import { seedPlans } from './import/index.js';
import { withCommandMetrics } from './observability/command-metrics.js';
import { instrumentEventStore } from './observability/instrumented-event-store.js';
import { ServiceMetrics } from './observability/metrics.js';
import type { Tracing } from './observability/tracing.js';
import { checkReadiness, startProjections, type Projections } from './projections/index.js';
import type { EventStore } from './store/event-store.js';
import { openEventStore } from './store/open-event-store.js';

/** The running service: what main starts and stops, and what end-to-end tests drive. */
export interface Service {
  app: FastifyInstance;
  store: EventStore;
  projections: Projections;
  commands: CommandHandler;
  /** The log-wide Merkle tree and its signed heads (docs/audit.md). */
  auditLog: AuditLog;
  storeDescription: string;
  /** The Prometheus registry GET /metrics serves. */
  metrics: ServiceMetrics;
  /** Finishes in-flight requests, then stops the projections and closes the store and the API database. */
  close(): Promise<void>;
}

/** The OTLP exporter, imported only when configured: unset, nothing of OpenTelemetry is loaded. */
async function startTracing(config: Config): Promise<Tracing | null> {
  if (config.OTEL_EXPORTER_OTLP_ENDPOINT === undefined) return null;
  const { startOtlpTracing } = await import('./observability/otlp-tracing.js');
  return startOtlpTracing({
    endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
    serviceName: config.OTEL_SERVICE_NAME,
  });
}

/** Opens the stores, starts the projections and builds the app; does not listen. A failure closes what was opened. */
export async function createService(config: Config, logger: Logger): Promise<Service> {
  prepareDataDir(config.DATA_DIR);
  const apiState = await openApiState(config, logger);
  const cleanup: (() => Promise<void> | void)[] = [() => apiState.close()];
  let closing: Promise<void> | null = null;
  function closeAll(): Promise<void> {
    closing ??= (async function closeInReverse() {
      for (const step of [...cleanup].reverse()) await step();
    })();
    return closing;
  }
  const metrics = new ServiceMetrics();
  try {
    const tracing = await startTracing(config);
    if (tracing !== null) cleanup.push(() => tracing.shutdown());
    const { store, description, densePositions } = await openEventStore({
      dataDir: config.DATA_DIR,
      eventStoreConnectionString: config.EVENTSTORE_CONNECTION_STRING,
      databaseUrl: config.DATABASE_URL,
      logger,
      observer: {
        batchCommitted: (appends) => metrics.groupCommitSize.observe(appends),
        logSynced: (seconds) => metrics.logSyncDuration.observe(seconds),
      },
    });
    cleanup.push(() => store.close());
    // Writers go through the measured port; readers (projections, the audit log) need no measuring.
    const measuredStore = instrumentEventStore(store, metrics);
    const commands = new CommandHandler({
      store: measuredStore,
      stateCacheStreams: config.COMMAND_STATE_CACHE_STREAMS,
    });
    // On a first start with an empty store, the shipped plans are imported before the server reports ready.
    if (config.SEED) await seedPlans({ store: measuredStore, logger });
    const auditLog = new AuditLog({
      store,
      key: loadOrCreateSigningKey(config.DATA_DIR),
      headPath: verifiedHeadPath(config.DATA_DIR),
      densePositions,
      logger,
    });
    if (auditLog.keyLooseMode !== null) {
      logger.warn(
        { mode: auditLog.keyLooseMode.toString(8) },
        'the audit signing key in DATA_DIR can be read by others than its owner; chmod 600 it',
      );
    }
    auditLog.start();
    cleanup.push(() => auditLog.stop());
    const projections = startProjections(store, { logger });
    cleanup.push(() => projections.stop());
    metrics.followLag({
      headPosition: () => store.headPosition(),
      appliedPosition: () => projections.position(),
    });
    const app = await buildApp({
      logger,
      readiness: {
        check: () =>
          checkReadiness({ store, projections, auditLogVerified: () => auditLog.state === 'verified' }),
        blocker: () =>
          auditLog.state === 'broken'
            ? { code: 'AUDIT.LOG_BROKEN', detail: 'the audit log failed its checks; see GET /audit/verify' }
            : null,
      },
      authenticator: apiState.tokens,
      metrics,
      ...(tracing === null ? {} : { tracing }),
      settings: {
        rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
        maxInFlightRequests: config.MAX_IN_FLIGHT_REQUESTS,
        maxInFlightPerToken: config.MAX_IN_FLIGHT_PER_TOKEN,
        requestTimeoutMs: config.REQUEST_TIMEOUT_MS,
        corsOrigins: config.CORS_ORIGINS,
      },
      api: {
        commands: withSignedLogHeads(withCommandMetrics(commands, metrics), auditLog),
        readModel: projections,
        eventLog: store,
        auditLog,
        densePositions,
        planResponses: new PlanResponseCache(config.PLAN_CACHE_MB * 1024 * 1024, projections),
        idempotency: apiState.idempotency,
      },
    });
    cleanup.push(() => app.close());
    return {
      app,
      store,
      projections,
      commands,
      auditLog,
      storeDescription: description,
      metrics,
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
