import { existsSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  checkpointAt,
  readSigningKey,
  readVerifiedHead,
  verifiedHeadPath,
  verifyCheckpoint,
  verifyEventStore,
  verifyLogHeadSignature,
  type ChainVerification,
  type SignedLogHead,
} from '../audit/index.js';
import { ConfigError, loadConfig, DataDirUnusable, requireDataDir } from '../config/index.js';
import { StoreSchemaMismatch, StoreUnavailable } from '../store/index.js';
import type { ReadOnlyEventLog } from '../store/index.js';
import { openEventStore, sqliteFilePath } from '../store/open-event-store.js';
import { openReadOnlySqliteLog } from '../store/sqlite/index.js';
import { exitWith, processIo, type CommandLineIo } from './process-io.js';

export type VerifyIo = CommandLineIo;

const USAGE = `usage: npm run verify -- [--data-dir <dir>] [--checkpoint <digest> --position <p>] [--json]
       npm run verify -- --take-checkpoint [--position <p>] [--data-dir <dir>]
       npm run verify -- --help
checks the hash chains and the signed log tree of the store in DATA_DIR (or EVENTSTORE_CONNECTION_STRING)
exit code: 0 everything verifies, 1 something is broken, 2 bad usage, 3 the store cannot be read at all`;

/** Exit codes of `npm run verify` (docs/audit.md). */
export const VERIFY_EXIT = { ok: 0, broken: 1, usage: 2, unreadable: 3 } as const;

/**
 * `npm run verify`: checks the hash chains, the log-wide tree against the head the server kept in DATA_DIR (and a
 * kept checkpoint) offline, the way `GET /audit/verify` does online, without writing to it. Exit codes:
 * VERIFY_EXIT.
 */
export async function runVerifyCli(argv: readonly string[], io: VerifyIo): Promise<number> {
  let options;
  try {
    options = parseArgs({
      args: [...argv],
      options: {
        'data-dir': { type: 'string' },
        checkpoint: { type: 'string' },
        position: { type: 'string' },
        'take-checkpoint': { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    io.stderr(`verify: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  if (options.help === true) {
    io.stdout(`${USAGE}\n`);
    return VERIFY_EXIT.ok;
  }
  const position = options.position;
  if (position !== undefined && !/^\d{1,19}$/.test(position))
    return usage(io, '--position must be a whole number');
  if (
    options.checkpoint !== undefined &&
    (position === undefined || !/^[0-9a-fA-F]{64}$/.test(options.checkpoint))
  ) {
    return usage(io, '--checkpoint needs a 64-digit sha256 hex digest and --position');
  }
  let config;
  try {
    config = loadConfig({
      ...io.env,
      ...(options['data-dir'] === undefined ? {} : { DATA_DIR: options['data-dir'] }),
    });
  } catch (error) {
    if (error instanceof ConfigError) return usage(io, error.message);
    throw error;
  }
  if (!config.EVENTSTORE_CONNECTION_STRING && !config.DATABASE_URL) {
    // One line naming the setting and the path: nothing to verify is a usage error, not a broken log.
    try {
      requireDataDir(config.DATA_DIR);
    } catch (error) {
      if (!(error instanceof DataDirUnusable)) throw error;
      io.stderr(`verify: ${error.message}\n`);
      return VERIFY_EXIT.usage;
    }
    if (!existsSync(sqliteFilePath(config.DATA_DIR))) {
      io.stderr(
        `verify: DATA_DIR=${JSON.stringify(config.DATA_DIR)}: holds no event store (events.sqlite)\n`,
      );
      return VERIFY_EXIT.usage;
    }
  }
  let opened;
  try {
    opened = await openForReading(config.DATA_DIR, config.EVENTSTORE_CONNECTION_STRING, config.DATABASE_URL);
  } catch (error) {
    if (error instanceof StoreSchemaMismatch) return usage(io, error.message);
    // Nothing was read, so nothing can be said to be broken: a distinct code from a log that fails its checks.
    if (error instanceof StoreUnavailable) {
      io.stderr(`verify: ${error.message}\n`);
      return VERIFY_EXIT.unreadable;
    }
    throw error;
  }
  const { store, description, densePositions } = opened;
  let head: SignedLogHead | null;
  try {
    head = keptHead(config.DATA_DIR, io);
  } catch (error) {
    await store.close();
    io.stderr(`verify: ${error instanceof Error ? error.message : String(error)}\n`);
    return VERIFY_EXIT.broken;
  }
  const verifyOptions = { densePositions, head: head ?? undefined };
  try {
    if (options['take-checkpoint'] === true) {
      const checkpoint = await checkpointAt(store, position === undefined ? undefined : BigInt(position));
      io.stdout(
        options.json === true
          ? `${JSON.stringify(checkpoint)}\n`
          : `checkpoint of ${description} at position ${String(checkpoint.position)}: ${checkpoint.digest} (${checkpoint.streams} streams)\n`,
      );
      return 0;
    }
    if (options.checkpoint !== undefined && position !== undefined) {
      const result = await verifyCheckpoint(store, options.checkpoint, BigInt(position), {
        densePositions,
      });
      if (options.json === true) io.stdout(`${JSON.stringify(result)}\n`);
      else {
        io.stdout(
          result.matches
            ? `checkpoint at position ${position} matches: the history up to it is unchanged\n`
            : `checkpoint at position ${position} DOES NOT MATCH: computed ${result.computedDigest}\n`,
        );
        io.stdout(describe(result.chains));
      }
      return result.matches && result.chains.ok ? 0 : 1;
    }
    const result = await verifyEventStore(store, verifyOptions);
    io.stdout(options.json === true ? `${JSON.stringify(result)}\n` : `${description}\n${describe(result)}`);
    return result.ok ? 0 : 1;
  } catch (error) {
    // checkpointAt refuses a log it cannot read through; that is broken, like a failed verification.
    if (!(error instanceof StoreUnavailable)) throw error;
    io.stderr(`verify: ${error.message}\n`);
    return 1;
  } finally {
    await store.close();
  }
}

/** EventStoreDB or PostgreSQL through its adapter (reads never write there); an SQLite file read-only, never migrated. */
async function openForReading(
  dataDir: string,
  connectionString: string | undefined,
  databaseUrl: string | undefined,
): Promise<{ store: ReadOnlyEventLog; description: string; densePositions: boolean }> {
  if (databaseUrl) return openEventStore({ dataDir, databaseUrl });
  if (connectionString) return openEventStore({ dataDir, eventStoreConnectionString: connectionString });
  const path = sqliteFilePath(dataDir);
  return {
    store: openReadOnlySqliteLog(path),
    description: `SQLite ${path} (read-only)`,
    densePositions: true,
  };
}

/** The head the server kept in DATA_DIR, its signature checked when the key is there too; throws when damaged. */
function keptHead(dataDir: string, io: VerifyIo): SignedLogHead | null {
  const head = readVerifiedHead(verifiedHeadPath(dataDir));
  if (head === null) return null;
  const key = readSigningKey(dataDir);
  if (key === null)
    io.stderr('verify: no signing key in the data directory; the kept head is used unsigned\n');
  else if (head.keyId !== key.keyId || !verifyLogHeadSignature(key, head)) {
    throw new Error('the kept log head in the data directory is not signed by its signing key');
  }
  return head;
}

function describe(result: ChainVerification): string {
  const summary = `${result.eventsChecked} events in ${result.streamsChecked} streams checked up to position ${String(result.headPosition)}: ${result.ok ? 'every chain verifies' : `${result.brokenLinks.length} broken links`}\n`;
  return (
    summary +
    result.brokenLinks
      .map(
        (link) =>
          `  ${link.problem} ${link.streamId === null ? 'row' : `at ${link.streamId} revision ${String(link.revision)}`} (position ${String(link.position)})${link.expectedHash === null ? '' : `: expected ${link.expectedHash}, found ${String(link.foundHash)}`}\n`,
      )
      .join('')
  );
}

function usage(io: VerifyIo, message: string): number {
  io.stderr(`verify: ${message}\n${USAGE}\n`);
  return 2;
}

function isMain(): boolean {
  const script = process.argv[1];
  return (
    script !== undefined && existsSync(script) && import.meta.url === pathToFileURL(realpathSync(script)).href
  );
}

if (isMain()) exitWith('verify', runVerifyCli(process.argv.slice(2), processIo));
