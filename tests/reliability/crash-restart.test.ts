// The real server, many concurrent writers, SIGKILL at a random moment, restart, repeated: every write answered
// 2xx is there exactly once, nothing unanswered is half there, the chains verify, and the restarted projections
// equal a rebuild from the file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { verifyEventStore } from '../../src/audit/index.js';
import { openApiDatabase } from '../../src/auth/api-database.js';
import { TokenStore } from '../../src/auth/token-store.js';
import { parseDomainEvent } from '../../src/domain/index.js';
import { startProjections } from '../../src/projections/index.js';
import type { RecordedEvent } from '../../src/store/event-store.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';
import {
  killServerProcess,
  serverEnvironment,
  startServerProcess,
  type ServerProcess,
} from '../support/server-process.js';

const CYCLES = Number(process.env['CRASH_CYCLES'] ?? 3);
const CLIENTS = 20;
const PLAN_ID = 'krasjplan';
const ROOT = join(import.meta.dirname, '..', '..');
// The server runs from source with the TypeScript loader this test runs under, so no build is needed.
const LOADER = process.execArgv.filter((flag) => flag.includes('@tapjs/typescript'));

const dataDir = mkdtempSync(join(tmpdir(), 'shp-crash-'));
t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
const tokenDb = openApiDatabase(dataDir);
const token = new TokenStore(tokenDb).create({ name: 'Kari Nordmann', role: 'editor' }).token;
tokenDb.close();

async function startServer(): Promise<ServerProcess> {
  const server = await startServerProcess([...LOADER, 'src/main.ts'], {
    cwd: ROOT,
    env: serverEnvironment(dataDir),
  });
  t.teardown(() => killServerProcess(server));
  return server;
}

interface Write {
  path: string;
  body: unknown;
  key: string;
  /** The answer, or null when the connection died first. */
  status: number | null;
  eventIds: string[];
}

async function post(base: string, write: Write): Promise<void> {
  try {
    const response = await fetch(`${base}${write.path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'idempotency-key': write.key,
      },
      body: JSON.stringify(write.body),
    });
    const body = (await response.json()) as { eventIds?: string[] };
    write.status = response.status;
    write.eventIds = body.eventIds ?? [];
  } catch {
    write.status = null;
  }
}

/** One client: creates tiltak and notes progress on them until the server dies under it. */
async function client(base: string, cycle: number, index: number, writes: Write[]): Promise<void> {
  for (let n = 0; ; n++) {
    const tiltakId = `c${cycle}-k${index}-${Math.floor(n / 3)}`;
    const write: Write =
      n % 3 === 0
        ? {
            path: '/tiltak',
            body: {
              tiltakId,
              planId: PLAN_ID,
              tiltaksomradeId: 'omrade',
              title: `Tiltak ${tiltakId}`,
              effectiveAt: '2021-01-01T00:00:00Z',
            },
            key: `create-${tiltakId}`,
            status: null,
            eventIds: [],
          }
        : {
            path: `/tiltak/${tiltakId}/notes`,
            body: { text: `Notat ${n}` },
            key: `note-${tiltakId}-${n}`,
            status: null,
            eventIds: [],
          };
    writes.push(write);
    await post(base, write);
    // A dead server, or a note on a tiltak whose create was never answered: this client is done.
    if (write.status === null || write.status >= 300) return;
  }
}

async function readLog(): Promise<RecordedEvent[]> {
  const store = SqliteEventStore.open({ path: join(dataDir, 'events.sqlite') });
  try {
    const events: RecordedEvent[] = [];
    let after: bigint | null = null;
    for (;;) {
      const page = await store.readAll({ after: after ?? undefined, limit: 5000 });
      events.push(...page.events);
      after = page.lastPosition;
      if (page.isEnd) return events;
    }
  } finally {
    await store.close();
  }
}

t.test(`${CYCLES} cycles of concurrent writes, SIGKILL and restart lose nothing acknowledged`, async (t) => {
  let server = await startServer();
  const setup: Write[] = [
    {
      path: '/plans',
      body: {
        planId: PLAN_ID,
        title: 'Krasjplan',
        period: { from: '2020-01-01', to: '2022-12-31' },
        owner: { kind: 'helseforetak', name: 'Ahus' },
        effectiveAt: '2020-01-01T00:00:00Z',
      },
    },
    {
      path: `/plans/${PLAN_ID}/satsningsomrader`,
      body: { satsningsomradeId: 'omrade-s', number: 1, title: 'S', effectiveAt: '2020-01-01T00:00:00Z' },
    },
    {
      path: `/plans/${PLAN_ID}/tiltaksomrader`,
      body: {
        tiltaksomradeId: 'omrade',
        satsningsomradeId: 'omrade-s',
        title: 'T',
        effectiveAt: '2020-01-01T00:00:00Z',
      },
    },
  ].map((step, index) => ({ ...step, key: `setup-${index}`, status: null, eventIds: [] }));
  for (const write of setup) {
    await post(server.base, write);
    t.equal(write.status, 201, write.path);
  }

  const acknowledged: Write[] = [...setup];
  let unanswered = 0;
  for (let cycle = 0; cycle < CYCLES; cycle++) {
    const writes: Write[] = [];
    const clients = Array.from({ length: CLIENTS }, (_, index) => client(server.base, cycle, index, writes));
    // Kill while the writes are in full flow, at a different moment each cycle.
    await new Promise((resolve) => setTimeout(resolve, 400 + Math.floor(Math.random() * 600)));
    server.process.kill('SIGKILL');
    await server.exited;
    await Promise.all(clients);

    const answered = writes.filter((write) => write.status !== null && write.status < 300);
    acknowledged.push(...answered);
    unanswered += writes.filter((write) => write.status === null).length;
    t.ok(answered.length > 0, `cycle ${cycle}: writes were acknowledged before the kill`);

    const log = await readLog();
    const occurrences = new Map<string, number>();
    for (const event of log) occurrences.set(event.eventId, (occurrences.get(event.eventId) ?? 0) + 1);
    const missing = acknowledged.flatMap((write) => write.eventIds).filter((id) => occurrences.get(id) !== 1);
    t.same(missing, [], `cycle ${cycle}: every acknowledged event is in the log exactly once`);
    t.equal(
      log.filter((event) => {
        try {
          parseDomainEvent(event);
          return false;
        } catch {
          return true;
        }
      }).length,
      0,
      'every stored event is whole and readable',
    );
    const reader = SqliteEventStore.open({ path: join(dataDir, 'events.sqlite') });
    const chains = await verifyEventStore(reader);
    await reader.close();
    t.ok(
      chains.ok,
      `cycle ${cycle}: ${chains.eventsChecked} events in ${chains.streamsChecked} chains verify`,
    );
    t.same(chains.brokenLinks, []);

    server = await startServer();
    // A retry of every unanswered write with its key: it lands once, or finds its earlier landing.
    const retries = writes.filter((candidate) => candidate.status === null);
    for (const write of retries) await post(server.base, write);
    t.same(
      retries.filter((write) => write.status === null || write.status >= 500).map((write) => write.key),
      [],
      `cycle ${cycle}: each of ${retries.length} cut-off writes is answered when retried`,
    );
    acknowledged.push(...retries.filter((write) => write.status !== null && write.status < 300));
  }

  // The restarted projections, having also applied the retries live, against a rebuild from the file.
  const served = await fetch(`${server.base}/plans/${PLAN_ID}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  t.equal(served.status, 200);
  const view = tiltakSummary(await served.json());
  server.process.kill('SIGTERM');
  await server.exited;
  const store = SqliteEventStore.open({ path: join(dataDir, 'events.sqlite') });
  const rebuilt = startProjections(store);
  await rebuilt.waitForPosition((await store.headPosition()) ?? 0n, 30_000);
  t.same(
    view,
    tiltakSummary(JSON.parse(JSON.stringify(rebuilt.planAt(PLAN_ID), replacer))),
    'served = rebuilt',
  );
  await rebuilt.stop();
  await store.close();

  const final = await readLog();
  const ids = new Set(final.map((event) => event.eventId));
  t.equal(ids.size, final.length, 'no event id twice in the whole log');
  t.ok(
    acknowledged.every((write) => write.eventIds.every((id) => ids.has(id))),
    'every acknowledged write is in the final log',
  );
  t.comment(
    `${CYCLES} SIGKILL cycles survived; ${acknowledged.length} acknowledged writes checked after each, ${unanswered} cut off and retried`,
  );
});

function replacer(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

interface PlanJson {
  satsningsomrader: {
    tiltaksomrader: {
      tiltak: { tiltakId: string; status: string | null; notes: unknown[]; revision: string }[];
    }[];
  }[];
}

function tiltakSummary(plan: unknown): string[] {
  return (plan as PlanJson).satsningsomrader
    .flatMap((satsningsomrade) => satsningsomrade.tiltaksomrader)
    .flatMap((tiltaksomrade) => tiltaksomrade.tiltak)
    .map(
      (tiltak) =>
        `${tiltak.tiltakId} ${String(tiltak.status)} notes=${tiltak.notes.length} rev=${tiltak.revision}`,
    )
    .sort();
}
