import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import t from 'tap';
import type { NewEvent, RecordedEvent } from '../../src/store/event-store.js';
import { prepareNewEvent } from '../../src/store/new-event-input.js';
import { commitBatch } from '../../src/store/postgres/pg-append.js';
import { PgEventStore } from '../../src/store/postgres/index.js';
import { findPostgresBin, NO_POSTGRES_REASON, startPgNode } from '../support/pg-cluster.js';

/*
 * Positions that never skip an event (docs/postgresql.md). A reader that asks for "position > last seen" misses an
 * event when a transaction holding a lower position commits after one holding a higher position. The control
 * shows that this happens, deterministically, with a plain sequence; the adapter makes it impossible because every
 * append takes its positions under the log head's row lock, held to COMMIT. Then several writer PROCESSES append
 * at once, with clocks that disagree, while a catch-up reader follows: what it delivered must equal a final full
 * read, positions strictly increasing and dense, recordedAt never decreasing.
 */
const WRITER = fileURLToPath(new URL('./fixtures/pg-writer.ts', import.meta.url));
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const APPENDS_PER_WRITER = 80;

interface Entry {
  position: bigint;
  id: string;
}

/** A catch-up reader in its simplest form: remembers the last position and asks for everything after it. */
class PositionReader {
  readonly delivered: Entry[] = [];
  #last: bigint;
  constructor(
    readonly readAfter: (after: bigint) => Promise<Entry[]>,
    start = 0n,
  ) {
    this.#last = start;
  }
  async poll(): Promise<void> {
    for (const entry of await this.readAfter(this.#last)) {
      this.delivered.push(entry);
      this.#last = entry.position;
    }
  }
}

function skipped(delivered: readonly Entry[], everything: readonly Entry[]): string[] {
  const seen = new Set(delivered.map((entry) => entry.id));
  return everything.filter((entry) => !seen.has(entry.id)).map((entry) => entry.id);
}

if (findPostgresBin() === null) {
  t.pass('skipped: no PostgreSQL binaries', { skip: NO_POSTGRES_REASON });
} else {
  const server = await startPgNode();
  t.teardown(() => server.stop());
  const pool = new pg.Pool({
    connectionString: server.primary.url,
    application_name: 'positions-test',
    max: 4,
  });
  t.teardown(() => pool.end());
  const store = await PgEventStore.connect({
    connectionString: server.primary.url,
    applicationName: 'positions-store',
  });
  t.teardown(() => store.close());

  await t.test(
    'control: a naive reader over a plain sequence skips an event that commits late',
    async (t) => {
      await pool.query('CREATE TABLE naive_log (position bigserial PRIMARY KEY, event_id text NOT NULL)');
      const reader = new PositionReader(async (after) => {
        const result = await pool.query<{ position: string; event_id: string }>(
          'SELECT position, event_id FROM naive_log WHERE position > $1 ORDER BY position',
          [after.toString()],
        );
        return result.rows.map((row) => ({ position: BigInt(row.position), id: row.event_id }));
      });
      const slow = await pool.connect();
      try {
        await slow.query('BEGIN');
        // The slow writer takes the lower sequence value first and holds its transaction open.
        await slow.query('INSERT INTO naive_log (event_id) VALUES ($1)', ['slow']);
        await pool.query('INSERT INTO naive_log (event_id) VALUES ($1)', ['fast']);
        await reader.poll();
        await slow.query('COMMIT');
      } finally {
        slow.release();
      }
      await reader.poll();

      const everything = await reader.readAfter(0n);
      t.strictSame(
        everything.map((entry) => entry.id),
        ['slow', 'fast'],
        'both events are in the table, slow first',
      );
      t.strictSame(
        skipped(reader.delivered, everything),
        ['slow'],
        'the naive reader never delivered the slow event',
      );
    },
  );

  await t.test(
    'the adapter: an append held open before COMMIT keeps later appends from taking positions',
    async (t) => {
      const start = (await store.headPosition()) ?? 0n;
      const reader = new PositionReader(async (after) => {
        const page = await store.readAll({ after, limit: 1000 });
        return page.events.map((event) => ({ position: event.position, id: event.eventId }));
      });
      await reader.poll();
      const before = reader.delivered.length;

      // A real append transaction of the adapter, paused just before its COMMIT.
      let releaseCommit!: () => void;
      const commitGate = new Promise<void>((resolve) => (releaseCommit = resolve));
      let reachedCommit!: () => void;
      const atCommit = new Promise<void>((resolve) => (reachedCommit = resolve));
      const slowClient = await pool.connect();
      const gated = {
        query: async (text: string, values?: unknown[]) => {
          if (text === 'COMMIT') {
            reachedCommit();
            await commitGate;
          }
          return slowClient.query(text, values);
        },
      } as unknown as pg.PoolClient;
      const slowEvent = newEvent();
      const slowAppend = commitBatch(
        gated,
        [{ streamId: `slow-${randomUUID()}`, events: [prepareNewEvent(slowEvent)], expected: 'no_stream' }],
        () => new Date(),
      ).finally(() => slowClient.release());
      await atCommit;

      // A later append, from the store's own pool, must wait for the slow one's lock before it can take a position.
      const fastEvent = newEvent();
      const fastAppend = store.append(`fast-${randomUUID()}`, [fastEvent], 'no_stream');
      await waitUntil(async () => {
        const waiting = await pool.query(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'positions-store' AND wait_event_type = 'Lock'",
        );
        return (waiting.rows[0] as { n: number }).n > 0;
      }, 'the fast append to wait for the log head lock');
      await reader.poll();
      t.equal(reader.delivered.length, before, 'while the slow append is open, neither event is visible');

      releaseCommit();
      const [slowOutcome] = await slowAppend;
      const fast = await fastAppend;
      await reader.poll();

      if (slowOutcome?.ok !== true) throw new Error('the slow append was refused');
      const slowPosition = slowOutcome.result.position;
      t.ok(slowPosition < fast.position, 'the append that committed first has the lower position');
      const everything = await reader.readAfter(start);
      t.strictSame(
        skipped(reader.delivered.slice(before), everything),
        [],
        'the reader delivered every event',
      );
      t.strictSame(
        reader.delivered.slice(before).map((entry) => entry.id),
        [slowEvent.eventId, fastEvent.eventId],
        'in commit order',
      );
    },
  );

  await t.test(
    'several writer processes and a catch-up reader: nothing skipped, nothing repeated',
    async (t) => {
      const start = (await store.headPosition()) ?? 0n;
      const delivered: RecordedEvent[] = [];
      const errors: Error[] = [];
      const subscription = store.subscribe(
        {
          onEvent(event) {
            delivered.push(event);
          },
          onError(error) {
            errors.push(error);
          },
        },
        { after: start },
      );
      t.teardown(() => subscription.stop());
      // A second follower that polls readAll as fast as it can, the way an external reader of the table would.
      const poller = new PositionReader(async (after) => {
        const page = await store.readAll({ after, limit: 500 });
        return page.events.map((event) => ({ position: event.position, id: event.eventId }));
      }, start);
      let writing = true;
      const polling = (async () => {
        while (writing) {
          await poller.poll();
          await new Promise((resolve) => setTimeout(resolve, 2));
        }
        await poller.poll();
      })();

      const skews = [-3000, 1500, -700];
      const writers = skews.map((skew, index) =>
        runWriter(server.primary.url, `w${index}`, APPENDS_PER_WRITER, 4, skew),
      );
      const acknowledged = (await Promise.all(writers)).flat();
      writing = false;
      await polling;

      const head = await store.headPosition();
      if (head === null) throw new Error('the writers appended nothing');
      await waitUntil(
        async () => (delivered.at(-1)?.position ?? start) >= head,
        'the subscription to reach the head',
      );
      await subscription.stop();

      const everything: RecordedEvent[] = [];
      for (let after: bigint | null = start; ;) {
        const page = await store.readAll({ after, limit: 1000 });
        everything.push(...page.events);
        after = page.lastPosition;
        if (page.isEnd) break;
      }
      const everythingIds = everything.map((event) => event.eventId);
      t.ok(
        everything.length >= skews.length * APPENDS_PER_WRITER,
        `the writers appended ${everything.length} events`,
      );
      t.strictSame(
        delivered.map((event) => event.eventId),
        everythingIds,
        'the subscription delivered exactly the final full read, in order',
      );
      t.strictSame(
        poller.delivered.map((entry) => entry.id),
        everythingIds,
        'the polling reader delivered exactly the final full read, in order',
      );
      const acknowledgedIds = new Set(acknowledged);
      t.equal(acknowledgedIds.size, everything.length, 'every event in the log was acknowledged to a writer');
      t.ok(
        everythingIds.every((id) => acknowledgedIds.has(id)),
        'and every acknowledged event is in the log',
      );
      const notDense = everything.filter((event, index) => event.position !== start + BigInt(index) + 1n);
      t.strictSame(notDense, [], 'positions are dense and strictly increasing');
      const backwards = everything.filter(
        (event, index) => index > 0 && event.recordedAt < (everything[index - 1]?.recordedAt ?? ''),
      );
      t.strictSame(
        backwards,
        [],
        'recordedAt never decreases in position order, though the writers’ clocks disagree',
      );
      const writersSeen = new Set(everything.map((event) => (event.data as { writer: string }).writer));
      t.equal(writersSeen.size, skews.length, 'every writer process appended');
      t.strictSame(errors, []);
    },
  );
}

function newEvent(): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'ProgressNoted',
    schemaVersion: 1,
    data: { note: 'posisjonstest' },
    actor: { id: 'positions', name: 'Posisjon Test', role: 'editor' },
    correlationId: randomUUID(),
    source: { kind: 'system' },
  };
}

/** Runs one writer process to its end; resolves with the event ids it was told were appended. */
function runWriter(
  url: string,
  name: string,
  appends: number,
  concurrency: number,
  skewMs: number,
): Promise<string[]> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      import.meta.resolve('@tapjs/typescript/import'),
      WRITER,
      url,
      name,
      String(appends),
      String(concurrency),
      String(skewMs),
    ],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NODE_OPTIONS: '', TS_NODE_TRANSPILE_ONLY: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`writer ${name} did not finish in 90 s: ${stderr}`));
    }, 90_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0) {
        reject(new Error(`writer ${name} exited with ${String(code)}: ${stderr}`));
        return;
      }
      const lines = stdout.split('\n').filter((line) => line !== '');
      resolve(lines.flatMap((line) => (JSON.parse(line) as { eventIds: string[] }).eventIds));
    });
  });
}

async function waitUntil(condition: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
