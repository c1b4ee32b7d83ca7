import { randomUUID } from 'node:crypto';
import t from 'tap';
import { StoreUnavailable } from '../../src/store/errors.js';
import type { NewEvent, RecordedEvent } from '../../src/store/event-store.js';
import { computeEventHash } from '../../src/store/hash-chain.js';
import { PgEventStore } from '../../src/store/postgres/index.js';
import {
  findPostgresBin,
  followPrimary,
  NO_POSTGRES_REASON,
  startPgCluster,
  type PgNode,
} from '../support/pg-cluster.js';

/*
 * A primary and two standbys with synchronous_standby_names = 'ANY 1 (s1, s2)': an append is acknowledged once one
 * standby has flushed it. The primary is killed with SIGKILL while appends run; the most advanced standby is
 * promoted, and every acknowledged append must be on it, with the same positions and intact hash chains.
 */
if (findPostgresBin() === null) {
  t.pass('skipped: no PostgreSQL binaries', { skip: NO_POSTGRES_REASON });
} else {
  await t.test('kill -9 of the primary loses no acknowledged append after promotion', async (t) => {
    const cluster = await startPgCluster();
    t.teardown(() => cluster.stop());
    const { primary, standbys } = cluster;
    const store = await PgEventStore.connect({
      connectionString: primary.url,
      applicationName: 'failover-test',
    });
    t.teardown(() => store.close());

    const acknowledged = new Map<string, bigint>();
    const streams = Array.from({ length: 8 }, () => `tiltak-${randomUUID()}`);
    async function appendOne(index: number): Promise<void> {
      const events = [newEvent(index), newEvent(index)];
      const result = await store.append(streams[index % streams.length] as string, events, 'any');
      for (const event of result.events) acknowledged.set(event.eventId, event.position);
    }

    for (let round = 0; round < 10; round += 1) {
      await Promise.all(Array.from({ length: 10 }, (_, index) => appendOne(round * 10 + index)));
    }
    const head = await store.headPosition();
    t.equal(head, 200n, '100 appends of two events each');
    for (const standby of standbys) {
      await waitUntil(
        async () => Number(await standby.sql('SELECT count(*) FROM events')) === 200,
        `${standby.name} to replay the appends`,
      );
      t.pass(`${standby.name} received every event`);
    }

    // Appends keep running while the primary dies; only those acknowledged before count.
    let running = true;
    let refused = 0;
    const writers = Array.from({ length: 8 }, async (_, writer) => {
      for (let index = 0; running; index += 1) {
        try {
          await appendOne(1000 + writer * 10_000 + index);
        } catch (error) {
          if (!(error instanceof StoreUnavailable)) throw error;
          refused += 1;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }
    });
    await waitUntil(async () => acknowledged.size >= 400, 'more appends under way');
    primary.kill9();
    await waitUntil(async () => refused > 0, 'an append to be refused once the primary is gone');
    running = false;
    await Promise.all(writers);
    const acknowledgedAtKill = new Map(acknowledged);

    const newPrimary = await mostAdvanced(standbys);
    await newPrimary.promote();
    await waitUntil(
      async () => (await newPrimary.sql('SELECT pg_is_in_recovery()')) === 'f',
      'the promotion',
    );
    const other = standbys.find((node) => node !== newPrimary) as PgNode;
    await followPrimary(other, newPrimary);

    const promoted = await PgEventStore.connect({
      connectionString: newPrimary.url,
      applicationName: 'failover-test-promoted',
    });
    t.teardown(() => promoted.close());
    const everything: RecordedEvent[] = [];
    for (let after: bigint | null = null; ;) {
      const page = await promoted.readAll({ after, limit: 1000 });
      everything.push(...page.events);
      after = page.lastPosition;
      if (page.isEnd) break;
    }
    const onNewPrimary = new Map(everything.map((event) => [event.eventId, event.position]));
    const missing = [...acknowledgedAtKill].filter(([id, position]) => onNewPrimary.get(id) !== position);
    t.strictSame(
      missing,
      [],
      `all ${acknowledgedAtKill.size} acknowledged events are there, at their positions`,
    );
    t.strictSame(
      everything.map((event) => event.position),
      everything.map((_, index) => BigInt(index + 1)),
      'positions are dense on the new primary',
    );
    const broken = everything.filter((event) => computeEventHash(event.prevHash, event) !== event.hash);
    t.strictSame(broken, [], 'every hash recomputes');

    // The other standby follows the new primary, so the new primary again has its synchronous standby.
    const after = await promoted.append(`tiltak-${randomUUID()}`, [newEvent(-1)], 'no_stream');
    t.ok(
      after.position > BigInt(everything.length),
      'the promoted primary takes appends, after the old head',
    );
    await waitUntil(
      async () => Number(await other.sql('SELECT count(*) FROM events')) === everything.length + 1,
      'the other standby to follow the new primary',
    );
    t.pass('the other standby replicates from the new primary');
  });
}

/** The standby that has flushed the most WAL: with ANY 1 it holds every commit that was acknowledged. */
async function mostAdvanced(standbys: readonly PgNode[]): Promise<PgNode> {
  let best: { node: PgNode; lsn: bigint } | null = null;
  for (const node of standbys) {
    const lsn = BigInt(await node.sql("SELECT pg_wal_lsn_diff(pg_last_wal_receive_lsn(), '0/0')::bigint"));
    if (best === null || lsn > best.lsn) best = { node, lsn };
  }
  if (best === null) throw new Error('no standby');
  return best.node;
}

function newEvent(index: number): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'ProgressNoted',
    schemaVersion: 1,
    data: { index },
    actor: { id: 'failover', name: 'Fail Over', role: 'editor' },
    correlationId: randomUUID(),
    source: { kind: 'system' },
  };
}

async function waitUntil(condition: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
