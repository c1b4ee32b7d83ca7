import { parseArgs } from 'node:util';
import { z } from 'zod';
import { openApiDatabase } from '../auth/api-database.js';
import { roleSchema } from '../auth/roles.js';
import { TokenStore } from '../auth/token-store.js';
import { loadConfig } from '../config/config.js';

const usage = `usage:
  npm run token -- create --name "Kari Nordmann" --role reader|editor|auditor|admin [--organization Ahus]
  npm run token -- list
  npm run token -- revoke <token-id>`;

const createOptions = z.strictObject({
  name: z.string().trim().min(1).max(200),
  role: roleSchema,
  organization: z.string().trim().min(1).max(200).optional(),
});

/** `npm run token`: create, list and revoke access tokens in DATA_DIR. Prints a created token once. */
function main(argv: string[]): number {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { name: { type: 'string' }, role: { type: 'string' }, organization: { type: 'string' } },
  });
  const [command, ...rest] = positionals;
  if (command === undefined) return fail('no command given');
  const config = loadConfig();
  const db = openApiDatabase(config.DATA_DIR);
  try {
    const tokens = new TokenStore(db);
    switch (command) {
      case 'create': {
        const parsed = createOptions.safeParse(values);
        if (!parsed.success)
          return fail(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
        const { token, info } = tokens.create(parsed.data);
        process.stdout.write(
          `created token ${info.id} for ${info.name} (${info.role}${info.organization ? `, ${info.organization}` : ''})\n` +
            `${token}\n` +
            `Keep it now: only its hash is stored. Use it as the header "Authorization: Bearer <token>".\n`,
        );
        return 0;
      }
      case 'list': {
        for (const info of tokens.list()) {
          const state = info.revokedAt ? `revoked ${info.revokedAt}` : 'active';
          process.stdout.write(
            `${info.id}\t${info.role}\t${info.name}\t${info.organization ?? ''}\tcreated ${info.createdAt}\t${state}\n`,
          );
        }
        return 0;
      }
      case 'revoke': {
        const id = rest[0];
        if (!id) return fail('revoke needs a token id (see `npm run token -- list`)');
        if (!tokens.revoke(id)) return fail(`no active token with id ${id}`);
        process.stdout.write(`revoked token ${id}\n`);
        return 0;
      }
      default:
        return fail(`unknown command ${command}`);
    }
  } finally {
    db.close();
  }
}

function fail(message: string): number {
  process.stderr.write(`token: ${message}\n${usage}\n`);
  return 2;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.exitCode = fail(error instanceof Error ? error.message : String(error));
}
