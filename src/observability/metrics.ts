import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Where projection lag is read from: the store's head and the position the projections have applied. */
export interface LagSource {
  headPosition(): Promise<bigint | null>;
  appliedPosition(): bigint | null;
}

// Seconds; an append waits for a log sync (about 1-10 ms on a disk), an HTTP answer up to the request timeout.
const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const BATCH_BUCKETS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1000];

/**
 * The service's Prometheus metrics (docs/deployment.md, "Operating it"), in a registry of their own so that two
 * services in one process (tests) never share counters. Every label takes values from a closed set: route
 * patterns, command and event types, error codes.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly httpRequests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from the request to its answer, by route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly commands = new Counter({
    name: 'commands_total',
    help: 'Commands handled, by command type and outcome (appended, replayed, or the error code)',
    labelNames: ['type', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly commandDuration = new Histogram({
    name: 'command_duration_seconds',
    help: 'Time to handle a command: read, decide, append (retries included)',
    labelNames: ['type'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly appendDuration = new Histogram({
    name: 'store_append_duration_seconds',
    help: 'Time from an append to its acknowledgement (durable) or its refusal',
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly logSyncDuration = new Histogram({
    name: 'store_log_sync_duration_seconds',
    help: "Time of one sync of the SQLite store's write-ahead log to disk",
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly groupCommitSize = new Histogram({
    name: 'store_group_commit_appends',
    help: 'Appends committed in one SQLite transaction (group commit)',
    buckets: BATCH_BUCKETS,
    registers: [this.registry],
  });
  readonly eventsAppended = new Counter({
    name: 'events_appended_total',
    help: 'Events appended by this process, by event type',
    labelNames: ['type'] as const,
    registers: [this.registry],
  });
  #lagSource: LagSource | null = null;

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    const lagSource = (): LagSource | null => this.#lagSource;
    new Gauge({
      name: 'projection_lag_positions',
      help: 'Head position of the store minus the position the projections have applied (events on SQLite; log bytes on EventStoreDB)',
      registers: [this.registry],
      async collect() {
        const source = lagSource();
        if (source === null) return;
        const head = await source.headPosition().catch(() => null);
        const applied = source.appliedPosition() ?? 0n;
        this.set(head === null ? 0 : Number(head > applied ? head - applied : 0n));
      },
    });
  }

  /** Projection lag is read from here at each scrape. */
  followLag(source: LagSource): void {
    this.#lagSource = source;
  }

  /** The text a scrape gets (Prometheus exposition format 0.0.4). */
  async exposition(): Promise<{ contentType: string; text: string }> {
    return { contentType: this.registry.contentType, text: await this.registry.metrics() };
  }
}
