// Edits an insider with the SQLite file and the hash rule can make: each keeps every per-stream chain valid.
import type Database from 'better-sqlite3';
import { computeEventHash } from '../../src/store/hash-chain.js';
import type { Actor } from '../../src/store/event-store.js';

type Row = Record<string, string | number | bigint | null>;

function hashOf(row: Row): string {
  return computeEventHash(String(row['prev_hash']), {
    eventId: String(row['event_id']),
    type: String(row['type']),
    schemaVersion: Number(row['schema_version']),
    streamId: String(row['stream_id']),
    revision: BigInt(row['revision'] as number | bigint),
    recordedAt: String(row['recorded_at']),
    effectiveAt: String(row['effective_at']),
    actor: JSON.parse(String(row['actor'])) as Actor,
    reason: (row['reason'] as string | null) ?? null,
    correlationId: String(row['correlation_id']),
    causationId: (row['causation_id'] as string | null) ?? null,
    source: JSON.parse(String(row['source'])) as { kind: 'api' },
    data: JSON.parse(String(row['data'])) as unknown,
  });
}

/**
 * Appends to the end of `streamId` a copy of its last event, recorded 5 ms after the stream's first event and
 * with a valid recomputed hash: what a report printed then would have said is rewritten (issue 15 §5).
 */
export function forgeBackDatedEvent(db: Database.Database, streamId: string): void {
  const rows = db
    .prepare('SELECT * FROM events WHERE stream_id = ? ORDER BY revision')
    .all(streamId) as Row[];
  const first = rows[0] as Row;
  const last = rows.at(-1) as Row;
  const recordedAt = new Date(Date.parse(String(first['recorded_at'])) + 5).toISOString();
  const forged: Row = {
    ...last,
    event_id: `forged-${String(last['event_id'])}`,
    revision: BigInt(last['revision'] as number | bigint) + 1n,
    recorded_at: recordedAt,
    effective_at: recordedAt,
    prev_hash: last['hash'] as string,
  };
  delete forged['position'];
  forged['hash'] = hashOf(forged);
  const columns = Object.keys(forged);
  db.prepare(
    `INSERT INTO events (${columns.join(', ')}) VALUES (${columns.map((name) => `@${name}`).join(', ')})`,
  ).run(forged);
}

/** Swaps the positions of the last two adjacent rows of different streams; each stream keeps its order. */
export function swapAdjacentRowsOfDifferentStreams(db: Database.Database): bigint {
  const rows = db.prepare('SELECT position, stream_id FROM events ORDER BY position').all() as {
    position: bigint | number;
    stream_id: string;
  }[];
  for (let at = rows.length - 1; at > 0; at -= 1) {
    const [a, b] = [rows[at - 1], rows[at]] as [(typeof rows)[0], (typeof rows)[0]];
    if (a.stream_id === b.stream_id || BigInt(b.position) !== BigInt(a.position) + 1n) continue;
    const move = db.prepare('UPDATE events SET position = ? WHERE position = ?');
    db.transaction(() => {
      move.run(-1, a.position);
      move.run(a.position, b.position);
      move.run(b.position, -1);
    })();
    return BigInt(a.position);
  }
  throw new Error('no adjacent rows of different streams');
}

/** Deletes the last `count` events of the log. */
export function truncateLogTail(db: Database.Database, count: number): void {
  db.prepare(
    'DELETE FROM events WHERE position IN (SELECT position FROM events ORDER BY position DESC LIMIT ?)',
  ).run(count);
}

/** Deletes the last event of a stream, wherever it is in the log. */
export function truncateStreamTail(db: Database.Database, streamId: string): bigint {
  const position = db
    .prepare('SELECT position FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1')
    .pluck()
    .get(streamId) as number | bigint;
  db.prepare('DELETE FROM events WHERE position = ?').run(position);
  return BigInt(position);
}
