import pg from 'pg';
import { EVENTS_CHANNEL } from './pg-append.js';

const RELISTEN_DELAY_MS = 1_000;

/**
 * Wakes idle subscriptions when the log may have grown: at once after an append of this process, and on the
 * NOTIFY every append transaction sends at commit (appends of other processes). Notifications are a hint only:
 * subscriptions also read again after a short idle time, so a lost listening connection delays but never loses.
 */
export class AppendSignal {
  readonly #connectionString: string;
  readonly #applicationName: string;
  readonly #logger: { warn(obj: object, msg: string): void } | undefined;
  #waiters = new Set<() => void>();
  #client: pg.Client | null = null;
  #wanted = false;
  #relisten: NodeJS.Timeout | null = null;

  constructor(
    connectionString: string,
    applicationName: string | undefined,
    logger: { warn(obj: object, msg: string): void } | undefined,
  ) {
    this.#connectionString = connectionString;
    this.#applicationName = `${applicationName ?? 'samhandlingsplan'} listener`;
    this.#logger = logger;
  }

  /** Resolves at the next append seen, or after `ms`. */
  next(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(wake, ms);
      const waiters = this.#waiters;
      function wake(): void {
        clearTimeout(timer);
        waiters.delete(wake);
        resolve();
      }
      waiters.add(wake);
    });
  }

  notifyLocal(): void {
    for (const wake of [...this.#waiters]) wake();
  }

  /** Starts listening for other processes' appends, if not already. */
  listen(): void {
    this.#wanted = true;
    if (this.#client === null && this.#relisten === null) void this.#connect();
  }

  stopListening(): void {
    this.#wanted = false;
    void this.#disconnect();
  }

  async close(): Promise<void> {
    this.#wanted = false;
    this.notifyLocal();
    await this.#disconnect();
  }

  async #connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.#connectionString,
      application_name: this.#applicationName,
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
    });
    this.#client = client;
    client.on('notification', () => this.notifyLocal());
    client.on('error', (error) => this.#lost(client, error));
    client.on('end', () => this.#lost(client, new Error('connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTS_CHANNEL}`);
      if (!this.#wanted) await this.#disconnect();
    } catch (error) {
      this.#lost(client, error);
    }
  }

  #lost(client: pg.Client, error: unknown): void {
    if (this.#client !== client) return;
    this.#client = null;
    client.end().catch(() => undefined);
    if (!this.#wanted) return;
    this.#logger?.warn({ err: error }, 'PostgreSQL listener lost; subscriptions poll until it is back');
    this.#relisten = setTimeout(() => {
      this.#relisten = null;
      if (this.#wanted && this.#client === null) void this.#connect();
    }, RELISTEN_DELAY_MS);
    this.#relisten.unref();
  }

  async #disconnect(): Promise<void> {
    if (this.#relisten !== null) {
      clearTimeout(this.#relisten);
      this.#relisten = null;
    }
    const client = this.#client;
    this.#client = null;
    if (client !== null) await client.end().catch(() => undefined);
  }
}
