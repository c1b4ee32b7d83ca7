import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import t from 'tap';
import type { Test } from 'tap';
import { GENESIS_HASH } from '../../src/store/event-store.js';
import { computeEventHash } from '../../src/store/hash-chain.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import { newEvent, tempDatabasePath } from './fixtures/store-fixtures.js';

/*
 * The child runs the real SqliteEventStore from TypeScript source. tap runs tests through the ts-node ESM loader
 * of its @tapjs/typescript plugin; `--import @tapjs/typescript/import` registers the same loader in the child, and
 * TS_NODE_TRANSPILE_ONLY skips type checking, as tap does. NODE_OPTIONS is cleared so the child does not inherit
 * tap's coverage hooks.
 *
 * SIGKILL tests crash consistency (every acknowledged append survives, the file is intact, the chains hold). What a
 * power cut adds is the fsync of the log before an append is acknowledged, which sqlite-log-sync.test.ts checks.
 */
const CHILD = fileURLToPath(new URL('./fixtures/append-until-killed.ts', import.meta.url));
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const STREAMS = 8;
const CYCLES = 3;

interface Ack {
  streamId: string;
  revision: bigint;
  eventIds: string[];
}

/** Starts the child, waits until it has acknowledged `acks` appends, kills it with SIGKILL, returns the acks. */
async function runChildAndKill(t: Test, path: string, acks: number): Promise<Ack[]> {
  const child = spawn(
    process.execPath,
    ['--import', import.meta.resolve('@tapjs/typescript/import'), CHILD, path, String(STREAMS)],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NODE_OPTIONS: '', TS_NODE_TRANSPILE_ONLY: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const received: Ack[] = [];
  let partial = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => {
    child.on('exit', (code, signal) => resolve(signal ?? code));
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the child acknowledged too little in time: ${stderr}`)),
      25_000,
    );
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      // A line cut off by the kill was never fully acknowledged: keep only complete lines.
      partial = lines.pop() ?? '';
      for (const line of lines) {
        const ack = JSON.parse(line) as { streamId: string; revision: string; eventIds: string[] };
        received.push({ ...ack, revision: BigInt(ack.revision) });
      }
      if (received.length >= acks && !child.killed) {
        child.kill('SIGKILL');
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then((how) => {
      if (!child.killed) {
        clearTimeout(timer);
        reject(new Error(`the child exited by itself (${String(how)}): ${stderr}`));
      }
    });
  });
  t.equal(await exited, 'SIGKILL', 'the child was killed mid-way');
  return received;
}

async function verifyAfterCrash(t: Test, path: string, acks: readonly Ack[]): Promise<void> {
  const store = SqliteEventStore.open({ path });
  try {
    const streams = new Map<string, Awaited<ReturnType<typeof store.readStream>>>();
    for (let index = 0; index < STREAMS; index += 1) {
      const streamId = `tiltak-durability-${index}`;
      streams.set(streamId, await store.readStream(streamId));
    }

    const missing = acks.filter((ack) => {
      const events = streams.get(ack.streamId) ?? [];
      const first = Number(ack.revision) - ack.eventIds.length + 1;
      return ack.eventIds.some((eventId, offset) => events[first + offset]?.eventId !== eventId);
    });
    t.strictSame(missing, [], `all ${acks.length} acknowledged appends are present at their revisions`);

    const broken: string[] = [];
    for (const [streamId, events] of streams) {
      events.forEach((event, index) => {
        const prevHash = index === 0 ? GENESIS_HASH : events[index - 1]?.hash;
        if (event.revision !== BigInt(index)) broken.push(`${streamId}@${index}: revision ${event.revision}`);
        if (event.prevHash !== prevHash) broken.push(`${streamId}@${index}: prevHash`);
        if (computeEventHash(event.prevHash, event) !== event.hash) broken.push(`${streamId}@${index}: hash`);
      });
    }
    t.strictSame(broken, [], 'every hash chain is intact');

    const integrity = new Database(path, { readonly: true });
    t.strictSame(integrity.pragma('integrity_check', { simple: true }), 'ok', 'PRAGMA integrity_check is ok');
    integrity.close();

    for (const [streamId, events] of streams) {
      const last = events.at(-1)?.revision;
      if (last === undefined) continue;
      const next = await store.append(streamId, [newEvent()], last);
      if (next.revision !== last + 1n) t.fail(`${streamId} continued at ${next.revision}, not ${last + 1n}`);
    }
    t.pass('appends continue at the next revision of every stream');
  } finally {
    await store.close();
  }
}

t.test(
  'every acknowledged append survives SIGKILL, the file stays intact and appends continue',
  async (t) => {
    const path = await tempDatabasePath(t);
    const acknowledged: Ack[] = [];

    for (let cycle = 1; cycle <= CYCLES; cycle += 1) {
      // Kill at a different depth each cycle, so the kill lands at different points of a batch.
      acknowledged.push(...(await runChildAndKill(t, path, 150 * cycle + 37)));
      await verifyAfterCrash(t, path, acknowledged);
    }
  },
);
