// The peer: @event-driven-io/emmett's SQLite and in-memory event stores doing our append and read work. Installed
// on demand into bench/.peer (git-ignored), never a dependency of the project; loaded from there by file URL.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median, now, type Figure } from './measure.js';

const VERSION = '0.38.5';
const PACKAGES = [
  `@event-driven-io/emmett@${VERSION}`,
  `@event-driven-io/emmett-sqlite@${VERSION}`,
  'sqlite3@5.1.7',
];
const PEER_DIR = fileURLToPath(new URL('../../bench/.peer/', import.meta.url));
const CALLERS = 50;

interface PeerEvent {
  type: string;
  data: Record<string, unknown>;
}

interface PeerStore {
  appendToStream(streamName: string, events: PeerEvent[]): Promise<unknown>;
  readStream(streamName: string): Promise<{ events: unknown[] }>;
  close?(): Promise<void>;
}

interface Peer {
  sqlite(fileName: string): PeerStore;
  memory(): PeerStore;
}

function event(tiltakId: string): PeerEvent {
  return { type: 'TiltakStatusChanged', data: { tiltakId, status: 'IN_PROGRESS' } };
}

/** Installs the peer once (about two minutes: sqlite3 is built), then loads it; null and why if it cannot. */
async function loadPeer(): Promise<{ peer: Peer } | { missing: string }> {
  const sqliteEntry = join(PEER_DIR, 'node_modules/@event-driven-io/emmett-sqlite/dist/index.js');
  const memoryEntry = join(PEER_DIR, 'node_modules/@event-driven-io/emmett/dist/index.js');
  if (!existsSync(sqliteEntry) || !existsSync(memoryEntry)) {
    process.stderr.write(`installing the peer (${PACKAGES.join(', ')}) into bench/.peer...\n`);
    mkdirSync(PEER_DIR, { recursive: true });
    try {
      execFileSync(
        'npm',
        [
          'install',
          '--prefix',
          PEER_DIR,
          '--no-save',
          '--no-package-lock',
          '--no-audit',
          '--no-fund',
          ...PACKAGES,
        ],
        { stdio: ['ignore', 'ignore', 'inherit'], timeout: 15 * 60_000 },
      );
    } catch (error) {
      return {
        missing: `the peer did not install: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      };
    }
  }
  const sqlite = (await import(pathToFileURL(sqliteEntry).href)) as {
    getSQLiteEventStore(options: {
      fileName: string;
      schema: { autoMigration: 'CreateOrUpdate' };
    }): PeerStore;
  };
  const memory = (await import(pathToFileURL(memoryEntry).href)) as { getInMemoryEventStore(): PeerStore };
  return {
    peer: {
      sqlite: (fileName) =>
        sqlite.getSQLiteEventStore({ fileName, schema: { autoMigration: 'CreateOrUpdate' } }),
      memory: () => memory.getInMemoryEventStore(),
    },
  };
}

/** `callers` concurrent callers each appending one event per call to its own stream; failed calls counted. */
async function appends(
  store: PeerStore,
  total: number,
  callers: number,
): Promise<{ rate: number; failed: number }> {
  const perCaller = Math.ceil(total / callers);
  let failed = 0;
  const start = now();
  await Promise.all(
    Array.from({ length: callers }, async (_, caller) => {
      for (let i = 0; i < perCaller; i++) {
        try {
          await store.appendToStream(`tiltak-bench-${caller}`, [event(`bench-${caller}`)]);
        } catch {
          failed += 1;
        }
      }
    }),
  );
  const seconds = (now() - start) / 1000;
  return { rate: (perCaller * callers - failed) / seconds, failed };
}

async function read50Micros(store: PeerStore): Promise<number> {
  for (let i = 0; i < 50; i++) await store.appendToStream('tiltak-read', [event('read')]);
  const times: number[] = [];
  for (let round = 0; round < 1000; round++) {
    const start = now();
    await store.readStream('tiltak-read');
    times.push((now() - start) * 1000);
  }
  return median(times.slice(100));
}

/** The peer logs every failed call itself; the count is what the table reports. */
async function muted<T>(run: () => Promise<T>): Promise<T> {
  const { log, error } = console;
  console.log = () => undefined;
  console.error = () => undefined;
  try {
    return await run();
  } finally {
    // Failed connections report a little after their calls have settled.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    console.log = log;
    console.error = error;
  }
}

/**
 * The peer's figures beside ours: `ours` are our appends/s (50 callers) and our read of a 50-event stream (µs),
 * measured earlier in the same run.
 */
export async function measurePeer(
  directory: string,
  quick: boolean,
  ours: { appendsPerSecond: number; read50Micros: number },
): Promise<Figure[]> {
  const loaded = await loadPeer();
  if ('missing' in loaded) {
    return [
      {
        name: 'peer: emmett SQLite and in-memory stores',
        unit: '',
        value: null,
        spread: null,
        note: loaded.missing,
      },
    ];
  }
  const { peer } = loaded;
  const workDir = mkdtempSync(join(directory, 'peer-'));
  const total = quick ? 1_000 : 3_000;

  // Its SQLite store opens a connection per call: 50 concurrent callers on one file mostly fail with SQLITE_BUSY.
  const concurrentStore = peer.sqlite(join(workDir, 'concurrent.db'));
  const concurrent = await muted(() => appends(concurrentStore, CALLERS * 2, CALLERS));
  await concurrentStore.close?.();
  const sqliteStore = peer.sqlite(join(workDir, 'sequential.db'));
  const sequential = await appends(sqliteStore, total, 1);
  const sqliteRead = await read50Micros(sqliteStore);
  await sqliteStore.close?.();
  const memoryStore = peer.memory();
  const memory = await appends(memoryStore, total * 10, CALLERS);
  const memoryRead = await read50Micros(memoryStore);

  const reference = (name: string, value: number) => ({ name, value });
  return [
    {
      name: `peer: emmett ${VERSION} SQLite store appends, 1 caller (its WAL defaults)`,
      unit: 'events/s',
      value: sequential.rate,
      spread: null,
      reference: reference('our store appends, 50 callers', ours.appendsPerSecond),
      ratio: ours.appendsPerSecond / sequential.rate,
      target: 'ours >= 20× the peer',
      met: ours.appendsPerSecond >= 20 * sequential.rate,
      note: `with 50 concurrent callers ${concurrent.failed} of ${CALLERS * 2} appends failed (SQLITE_BUSY), ${concurrent.rate.toFixed(1)} events/s landed`,
    },
    {
      name: `peer: emmett ${VERSION} in-memory store appends, 50 callers (no disk)`,
      unit: 'events/s',
      value: memory.rate,
      spread: null,
      reference: reference('our durable store appends, 50 callers', ours.appendsPerSecond),
      ratio: ours.appendsPerSecond / memory.rate,
    },
    {
      name: 'peer: emmett SQLite store, read a 50-event stream',
      unit: 'µs',
      value: sqliteRead,
      spread: null,
      reference: reference('our read of a 50-event stream', ours.read50Micros),
      ratio: sqliteRead / ours.read50Micros,
    },
    {
      name: 'peer: emmett in-memory store, read a 50-event stream',
      unit: 'µs',
      value: memoryRead,
      spread: null,
      reference: reference('our read of a 50-event stream', ours.read50Micros),
      ratio: memoryRead / ours.read50Micros,
    },
  ];
}
