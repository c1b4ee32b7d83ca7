import { z } from 'zod';

/**
 * The settings of DESIGN.md §6, read from the environment and validated once at start. A bad value stops the start
 * with one line that names the setting.
 */
const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

export const configSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default('./var'),
  EVENTSTORE_CONNECTION_STRING: z
    .string()
    .regex(/^(esdb|esdb\+discover|kurrentdb|kurrentdb\+discover|kdb|kdb\+discover):\/\//, {
      message: 'must start with esdb:// (or esdb+discover://)',
    })
    .optional(),
  /** postgres://user:password@host:port/database: the PostgreSQL event store (docs/postgresql.md). */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, { message: 'must start with postgres:// (or postgresql://)' })
    .optional(),
  SEED: booleanFlag.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Requests per minute per token (per IP before authentication); 0 turns rate limiting off. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(10_000_000).default(6000),
  /** Requests in progress past which new ones are refused at once with 503 (load shedding); 0 turns it off. */
  MAX_IN_FLIGHT_REQUESTS: z.coerce.number().int().min(0).max(1_000_000).default(512),
  /** How long SIGTERM waits for requests in flight before it cuts their connections and closes the store. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(8000),
  /** Requests of one token in progress past which its next is refused with 429; 0 turns it off. */
  MAX_IN_FLIGHT_PER_TOKEN: z.coerce.number().int().min(0).max(1_000_000).default(64),
  /** Time for a whole request, headers and body, to arrive; a slower one is cut with 408. */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  /** Memory for plan answers kept serialized between changes of the plan (MiB); 0 turns the cache off. */
  PLAN_CACHE_MB: z.coerce.number().int().min(0).max(65_536).default(64),
  /** Comma-separated origins allowed by CORS (`https://a.example,https://b.example`); unset: CORS is off. */
  CORS_ORIGINS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter((origin) => origin !== ''),
    )
    .pipe(
      z
        .array(
          z
            .string()
            .regex(/^https?:\/\/[^/\s]+$/, { message: 'each origin is scheme://host[:port] with no path' }),
        )
        .min(1),
    )
    .optional(),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  readonly code = 'CONFIG.INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Settings that may carry a password: never repeated in an error message. */
const SECRET_SETTINGS = new Set(['EVENTSTORE_CONNECTION_STRING', 'DATABASE_URL']);

/** Reads the configuration; empty strings count as unset so `PORT=` falls back to the default. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(
    Object.keys(configSchema.shape)
      .map((key) => [key, env[key]] as const)
      .filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = configSchema
    .refine((config) => !(config.DATABASE_URL && config.EVENTSTORE_CONNECTION_STRING), {
      message: 'set DATABASE_URL (PostgreSQL) or EVENTSTORE_CONNECTION_STRING (EventStoreDB), not both',
      path: ['DATABASE_URL'],
    })
    .safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const key = issue.path.join('.');
      const shown = SECRET_SETTINGS.has(key) ? '(hidden)' : JSON.stringify(present[key]);
      return `${key}=${shown}: ${issue.message}`;
    });
    throw new ConfigError(`invalid configuration: ${lines.join('; ')}`);
  }
  return parsed.data;
}
