// Temporary PostgreSQL servers for the tests and the bench: a single node, or a primary with two synchronous
// standbys. Each lives in its own mkdtemp directory, listens on 127.0.0.1 on a free port below 32768, and is
// stopped by stop() (and, should the process end without it, by an exit hook).
import { execFile } from 'node:child_process';
import {
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  appendFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The newest Debian-style PostgreSQL bin directory (/usr/lib/postgresql/<version>/bin), or null when none. */
export function findPostgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => /^\d+$/.test(name) && existsSync(join(root, name, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? null : join(root, versions[0], 'bin');
}

/** The one line a test or the bench prints when it cannot start PostgreSQL. */
export const NO_POSTGRES_REASON =
  'PostgreSQL binaries not found (no /usr/lib/postgresql/<version>/bin/pg_ctl; apt-get install postgresql)';

export interface PgNode {
  name: string;
  port: number;
  dataDir: string;
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  /** The postmaster's process id, read from postmaster.pid. */
  pid(): number | null;
  start(): Promise<void>;
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  /** kill -9 of the postmaster: the server dies as in a crash. */
  kill9(): void;
  promote(): Promise<void>;
  /** Runs one SQL statement with psql and returns its unaligned, tuples-only output. */
  sql(statement: string): Promise<string>;
}

export interface PgCluster {
  primary: PgNode;
  standbys: PgNode[];
  nodes: PgNode[];
  stop(): Promise<void>;
}

interface Context {
  bin: string;
  root: string;
  /** `runuser -u postgres --` when running as root (initdb refuses root), else nothing. */
  prefix: string[];
}

const liveNodes = new Set<PgNode>();
let exitHookInstalled = false;

/** Kills what is still running when the process ends without having stopped it (a failed test, an exception). */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const node of liveNodes) {
      const pid = node.pid();
      if (pid !== null) {
        try {
          process.kill(pid, 'SIGQUIT');
        } catch {
          // already gone
        }
      }
    }
  });
}

function context(): Context {
  const bin = findPostgresBin();
  if (bin === null) throw new Error(NO_POSTGRES_REASON);
  const root = mkdtempSync(join(tmpdir(), 'shp-pg-'));
  const isRoot = userInfo().uid === 0;
  if (isRoot) {
    const ids = postgresIds();
    chownSync(root, ids.uid, ids.gid);
  }
  return { bin, root, prefix: isRoot ? ['runuser', '-u', 'postgres', '--'] : [] };
}

function postgresIds(): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  const fields = line?.split(':');
  if (fields === undefined || fields.length < 4)
    throw new Error('running as root, but there is no postgres user');
  return { uid: Number(fields[2]), gid: Number(fields[3]) };
}

async function exec(ctx: Context, command: string, args: string[], timeoutMs = 60_000): Promise<string> {
  const [file, ...rest] = [...ctx.prefix, join(ctx.bin, command), ...args];
  try {
    const { stdout } = await run(file as string, rest, { timeout: timeoutMs, cwd: ctx.root });
    return stdout;
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`${command} ${args.join(' ')} failed: ${stderr || stdout || String(error)}`, {
      cause: error,
    });
  }
}

/** A port no one listens on now, in 20000..32767 (below the kernel's ephemeral range). */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const port = 20_000 + Math.floor(Math.random() * 12_768);
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port found below 32768');
}

function makeNode(ctx: Context, name: string, dataDir: string, port: number): PgNode {
  const logFile = join(ctx.root, `${name}.log`);
  const node: PgNode = {
    name,
    port,
    dataDir,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    pid() {
      try {
        const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
        return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
      } catch {
        return null;
      }
    },
    async start() {
      await exec(ctx, 'pg_ctl', [
        'start',
        '-w',
        '-t',
        '60',
        '-D',
        dataDir,
        '-l',
        logFile,
        '-o',
        `-p ${port}`,
      ]);
      liveNodes.add(node);
    },
    async stop(mode = 'fast') {
      if (node.pid() === null) return;
      await exec(ctx, 'pg_ctl', ['stop', '-w', '-t', '60', '-m', mode, '-D', dataDir]).catch(
        (error: unknown) => {
          // Stopping a server that is already down is not a failure.
          if (node.pid() !== null && !String(error).includes('not running')) throw error;
        },
      );
      liveNodes.delete(node);
    },
    kill9() {
      const pid = node.pid();
      if (pid === null) throw new Error(`${name} is not running`);
      process.kill(pid, 'SIGKILL');
      liveNodes.delete(node);
    },
    async promote() {
      await exec(ctx, 'pg_ctl', ['promote', '-w', '-t', '60', '-D', dataDir]);
    },
    async sql(statement: string) {
      const out = await exec(ctx, 'psql', [
        '-X',
        '-q',
        '-A',
        '-t',
        '-v',
        'ON_ERROR_STOP=1',
        '-h',
        '127.0.0.1',
        '-p',
        String(port),
        '-U',
        'postgres',
        '-d',
        'postgres',
        '-c',
        statement,
      ]);
      return out.trim();
    },
  };
  return node;
}

const BASE_SETTINGS = [
  "listen_addresses = '127.0.0.1'",
  // The socket in the node's own directory: the Debian default one may not exist and must not be shared.
  "unix_socket_directories = '{dir}'",
  'shared_buffers = 32MB',
  'max_connections = 100',
  'synchronous_commit = on',
  'fsync = on',
  'wal_level = replica',
  'max_wal_senders = 10',
  'max_replication_slots = 10',
  'hot_standby = on',
  'wal_keep_size = 128MB',
  "log_min_messages = 'warning'",
];

async function initNode(ctx: Context, name: string, settings: readonly string[]): Promise<PgNode> {
  const dataDir = join(ctx.root, name);
  await exec(ctx, 'initdb', [
    '-D',
    dataDir,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-sync',
  ]);
  appendFileSync(
    join(dataDir, 'postgresql.conf'),
    `\n${[...BASE_SETTINGS, ...settings].join('\n').replace('{dir}', dataDir)}\n`,
  );
  return startOnFreePort(ctx, name, dataDir);
}

/** Starts the node on a free port, choosing again if another process took the port meanwhile. */
async function startOnFreePort(ctx: Context, name: string, dataDir: string): Promise<PgNode> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const node = makeNode(ctx, name, dataDir, await freePort());
    try {
      await node.start();
      return node;
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

/** One PostgreSQL server for the contract suite and the adapter's tests. */
export async function startPgNode(settings: readonly string[] = []): Promise<PgCluster> {
  installExitHook();
  const ctx = context();
  try {
    const primary = await initNode(ctx, 'primary', settings);
    return clusterOf(ctx, primary, []);
  } catch (error) {
    rmSync(ctx.root, { recursive: true, force: true });
    throw error;
  }
}

/**
 * A primary and two streaming standbys s1 and s2, with synchronous_standby_names = 'ANY 1 (s1, s2)': a commit is
 * acknowledged once one standby has flushed it. The standbys keep the same setting, so a promoted one goes on
 * requiring the other as its synchronous standby.
 */
export async function startPgCluster(): Promise<PgCluster> {
  installExitHook();
  const ctx = context();
  const started: PgNode[] = [];
  try {
    const primary = await initNode(ctx, 'primary', ["synchronous_standby_names = 'ANY 1 (s1, s2)'"]);
    started.push(primary);
    const standbys: PgNode[] = [];
    for (const name of ['s1', 's2']) {
      const dataDir = join(ctx.root, name);
      await exec(ctx, 'pg_basebackup', [
        '-h',
        '127.0.0.1',
        '-p',
        String(primary.port),
        '-U',
        'postgres',
        '-D',
        dataDir,
        '-X',
        'stream',
        '-R',
        '--checkpoint=fast',
        '--no-sync',
      ]);
      // -R wrote standby.signal and a primary_conninfo; this one, later in the file, wins and names the standby.
      appendFileSync(
        join(dataDir, 'postgresql.auto.conf'),
        `primary_conninfo = 'host=127.0.0.1 port=${primary.port} user=postgres application_name=${name}'\n` +
          `unix_socket_directories = '${dataDir}'\n`,
      );
      const standby = await startOnFreePort(ctx, name, dataDir);
      started.push(standby);
      standbys.push(standby);
    }
    await waitForStreaming(primary, 2);
    return clusterOf(ctx, primary, standbys);
  } catch (error) {
    for (const node of started) await node.stop('immediate').catch(() => undefined);
    rmSync(ctx.root, { recursive: true, force: true });
    throw error;
  }
}

/** Points a standby at another primary (after a promotion) without a restart. */
export async function followPrimary(standby: PgNode, primary: PgNode): Promise<void> {
  await standby.sql(
    `ALTER SYSTEM SET primary_conninfo = 'host=127.0.0.1 port=${primary.port} user=postgres application_name=${standby.name}'`,
  );
  await standby.sql('SELECT pg_reload_conf()');
}

async function waitForStreaming(primary: PgNode, count: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const streaming = Number(
      await primary.sql("SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'"),
    );
    if (streaming >= count) return;
    if (Date.now() > deadline)
      throw new Error(`only ${streaming} of ${count} standbys are streaming after 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function clusterOf(ctx: Context, primary: PgNode, standbys: PgNode[]): PgCluster {
  const nodes = [primary, ...standbys];
  let stopping: Promise<void> | null = null;
  return {
    primary,
    standbys,
    nodes,
    stop() {
      stopping ??= (async () => {
        for (const node of nodes) await node.stop('immediate').catch(() => undefined);
        rmSync(ctx.root, { recursive: true, force: true });
      })();
      return stopping;
    },
  };
}

/** For a standby: the WAL position it has replayed, comparable as a number of bytes. */
export async function replayLsn(node: PgNode): Promise<bigint> {
  const lsn = await node.sql("SELECT pg_wal_lsn_diff(pg_last_wal_replay_lsn(), '0/0')::bigint");
  return BigInt(lsn || '0');
}
