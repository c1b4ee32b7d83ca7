// A row the store cannot read is located and stepped over, wherever positions leave gaps, and never hides the rest.
import t from 'tap';
import { checkpointAt, verifyCheckpoint, verifyEventStore } from '../../src/audit/index.js';
import { GENESIS_HASH } from '../../src/store/event-store.js';
import type { ReadAllOptions, ReadAllPage, RecordedEvent } from '../../src/store/event-store.js';
import { computeEventHash } from '../../src/store/hash-chain.js';

/** Two interleaved streams with correct chains, at sparse positions as EventStoreDB gives them. */
function chainedLog(positions: readonly bigint[]): RecordedEvent[] {
  const heads = new Map<string, { revision: bigint; hash: string }>();
  return positions.map((position, index) => {
    const streamId = index % 2 === 0 ? 'plan-a' : 'tiltak-b';
    const head = heads.get(streamId);
    const revision = head === undefined ? 0n : head.revision + 1n;
    const prevHash = head?.hash ?? GENESIS_HASH;
    const fields = {
      eventId: `event-${index}`,
      type: 'ProgressNoted',
      schemaVersion: 1,
      streamId,
      revision,
      recordedAt: '2024-01-01T00:00:00.000Z',
      effectiveAt: '2024-01-01T00:00:00.000Z',
      actor: { id: 'u1', name: 'Kari Nordmann', role: 'editor' },
      reason: null,
      correlationId: `correlation-${index}`,
      causationId: null,
      source: { kind: 'api' as const },
      data: { text: `notat ${index}` },
    };
    const hash = computeEventHash(prevHash, fields);
    heads.set(streamId, { revision, hash });
    return { ...fields, position, prevHash, hash };
  });
}

/** A reader over `events` that fails any read whose page would include a position in `broken`, as a bad row does. */
function readerWith(events: readonly RecordedEvent[], broken: ReadonlySet<bigint>) {
  return {
    readAll(options: ReadAllOptions): Promise<ReadAllPage> {
      const after = options.after ?? null;
      const rest = events.filter((event) => after === null || event.position > after);
      const page = rest.slice(0, options.limit);
      if (page.some((event) => broken.has(event.position))) return Promise.reject(new SyntaxError('bad row'));
      return Promise.resolve({
        events: page,
        lastPosition: page.at(-1)?.position ?? after,
        isEnd: page.length === rest.length,
      });
    },
  };
}

const POSITIONS = [5n, 6n, 7n, 900n, 100_000n, 100_001n, 7_000_000_000n, 7_000_000_010n, 7_000_000_011n];

t.test('an intact sparse log verifies', async (t) => {
  const result = await verifyEventStore(readerWith(chainedLog(POSITIONS), new Set()));
  t.ok(result.ok);
  t.equal(result.eventsChecked, POSITIONS.length);
});

for (const bad of [5n, 900n, 100_000n, 7_000_000_000n, 7_000_000_011n]) {
  t.test(`an unreadable row at position ${bad} is reported at that position`, async (t) => {
    const result = await verifyEventStore(readerWith(chainedLog(POSITIONS), new Set([bad])));
    t.equal(result.ok, false);
    t.same(
      result.brokenLinks.filter((link) => link.problem === 'UNREADABLE').map((link) => link.position),
      [bad.toString()],
    );
    t.equal(result.eventsChecked, POSITIONS.length - 1, 'every other event is still checked');
  });
}

t.test('two unreadable rows far apart are both located', async (t) => {
  const result = await verifyEventStore(readerWith(chainedLog(POSITIONS), new Set([6n, 100_001n])));
  t.same(
    result.brokenLinks.filter((link) => link.problem === 'UNREADABLE').map((link) => link.position),
    ['6', '100001'],
  );
  t.equal(result.eventsChecked, POSITIONS.length - 2);
  t.ok(
    result.brokenLinks.some((link) => link.problem === 'REVISION_GAP' && link.position === '900'),
    "the next event of the unreadable row's stream shows the gap",
  );
});

t.test('a store that cannot be read at all is reported, not thrown', async (t) => {
  const reader = { readAll: () => Promise.reject(new Error('disk gone')) };
  const result = await verifyEventStore(reader);
  t.equal(result.ok, false);
  t.match(result.brokenLinks, [{ problem: 'UNREADABLE', position: null }]);
});

t.test(
  'a checkpoint is refused over a log with an unreadable row, and never confirmed across one',
  async (t) => {
    const events = chainedLog(POSITIONS);
    const kept = await checkpointAt(readerWith(events, new Set()));
    const damaged = readerWith(events, new Set([900n]));
    await t.rejects(checkpointAt(damaged), { code: 'STORE.UNAVAILABLE' });
    const confirmed = await verifyCheckpoint(damaged, kept.digest, BigInt(kept.position ?? '0'));
    t.equal(confirmed.matches, false);
    t.ok(
      (await verifyCheckpoint(damaged, kept.digest, 7n)).chains.ok,
      'a row past the checkpoint position does not concern it',
    );
  },
);
