import { parseArgs } from 'node:util';
import { z } from 'zod';
import {
  openApiDatabase,
  roleSchema,
  parseExpiry,
  openPgApiDatabase,
  PgTokenStore,
  TokenStore,
} from '../auth/index.js';
import type { TokenInfo, TokenRegistry } from '../auth/index.js';
import { EntityIdSchema } from '../domain/index.js';
import { loadConfig, DataDirUnusable, prepareDataDir } from '../config/index.js';

const usage = `usage:
  npm run token -- create --name "Kari Nordmann" --role reader|editor|auditor|admin [--organization Ahus]
                          [--expires 90d|12h|8w|2027-06-30|<instant>] [--plans plan-id[,plan-id…]]
                          [--json | --quiet]
  npm run token -- list
  npm run token -- revoke <token-id>
  npm run token -- --help
tokens are kept (as hashes) in DATA_DIR, or in PostgreSQL when DATABASE_URL is set; --json prints the new token and its details as one JSON object,
--quiet prints only the token, for TOKEN=$(npm run -s token -- create … --quiet)`;

const createOptions = z.strictObject({
  name: z.string().trim().min(1).max(200),
  role: roleSchema,
  organization: z.string().trim().min(1).max(200).optional(),
  expires: z.string().trim().min(1).max(100).optional(),
  plans: z
    .string()
    .transform((list) => list.split(',').map((id) => id.trim()))
    .pipe(z.array(EntityIdSchema).min(1).max(100))
    .optional(),
});

/** `npm run token`: create, list and revoke access tokens in DATA_DIR. Prints a created token once. */
async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      role: { type: 'string' },
      organization: { type: 'string' },
      expires: { type: 'string' },
      plans: { type: 'string' },
      json: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const { json, quiet, help, ...createValues } = values;
  if (help === true) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (command === undefined) return fail('no command given');
  if (json === true && quiet === true) return fail('--json and --quiet exclude each other');
  const config = loadConfig();
  const { tokens, close } = await openTokens(config.DATA_DIR, config.DATABASE_URL);
  try {
    switch (command) {
      case 'create': {
        const parsed = createOptions.safeParse(createValues);
        if (!parsed.success)
          return fail(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
        const { expires, ...rest } = parsed.data;
        const { token, info } = await tokens.create({
          ...rest,
          expiresAt: expires === undefined ? undefined : parseExpiry(expires, new Date()),
        });
        if (quiet === true) {
          process.stdout.write(`${token}\n`);
          return 0;
        }
        if (json === true) {
          process.stdout.write(`${JSON.stringify({ token, ...info })}\n`);
          return 0;
        }
        process.stdout.write(
          `created token ${info.id} for ${info.name} (${info.role}${info.organization ? `, ${info.organization}` : ''})\n` +
            `expires ${info.expiresAt ?? 'never'}; plans ${scopeOf(info)}\n` +
            `${token}\n` +
            `Keep it now: only its hash is stored. Use it as the header "Authorization: Bearer <token>".\n`,
        );
        return 0;
      }
      case 'list': {
        const now = Date.now();
        for (const info of await tokens.list()) {
          const state = info.revokedAt
            ? `revoked ${info.revokedAt}`
            : info.expiresAt !== null && Date.parse(info.expiresAt) <= now
              ? 'expired'
              : 'active';
          process.stdout.write(
            [
              info.id,
              info.role,
              info.name,
              info.organization ?? '',
              `created ${info.createdAt}`,
              `expires ${info.expiresAt ?? 'never'}`,
              `last used ${info.lastUsedAt ?? 'never'}`,
              `plans ${scopeOf(info)}`,
              state,
            ].join('\t') + '\n',
          );
        }
        return 0;
      }
      case 'revoke': {
        const id = rest[0];
        if (!id) return fail('revoke needs a token id (see `npm run token -- list`)');
        if (!(await tokens.revoke(id))) return fail(`no active token with id ${id}`);
        process.stdout.write(`revoked token ${id}\n`);
        return 0;
      }
      default:
        return fail(`unknown command ${command}`);
    }
  } finally {
    await close();
  }
}

/** The token table beside the event store: PostgreSQL's when DATABASE_URL is set, else DATA_DIR's SQLite file. */
async function openTokens(
  dataDir: string,
  databaseUrl: string | undefined,
): Promise<{ tokens: TokenRegistry; close: () => Promise<void> }> {
  if (databaseUrl) {
    const pool = await openPgApiDatabase(databaseUrl);
    return { tokens: new PgTokenStore(pool), close: () => pool.end() };
  }
  prepareDataDir(dataDir);
  const db = openApiDatabase(dataDir);
  return {
    tokens: new TokenStore(db),
    close: () => {
      db.close();
      return Promise.resolve();
    },
  };
}

function scopeOf(info: TokenInfo): string {
  return info.plans === undefined ? 'all' : info.plans.join(',');
}

function fail(message: string): number {
  process.stderr.write(`token: ${message}\n${usage}\n`);
  return 2;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof DataDirUnusable) {
    // Not a usage error: one line, naming the setting and the path.
    process.stderr.write(`token: ${error.message}\n`);
    process.exitCode = 1;
  } else process.exitCode = fail(error instanceof Error ? error.message : String(error));
}
