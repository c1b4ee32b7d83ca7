import { revisionHolds } from '../append-arguments.js';
import type { PoolClient } from 'pg';
import { VersionConflict, DuplicateEventId } from '../errors.js';
import { eventFields, GENESIS_HASH, recordedEvent as recordedEventOf } from '../event-store.js';
import type { AppendResult, ExpectedRevision, RecordedEvent } from '../event-store.js';
import { computeEventHash } from '../hash-chain.js';
import type { PreparedEvent } from '../new-event-input.js';

export interface PgAppendRequest {
  streamId: string;
  events: readonly PreparedEvent[];
  expected: ExpectedRevision;
}

export type PgOutcome =
  { ok: true; result: AppendResult } | { ok: false; error: VersionConflict | DuplicateEventId };

/** The channel a committed batch notifies, so that subscribers in other processes read again at once. */
export const EVENTS_CHANNEL = 'samhandlingsplan_events';

/** An event to insert and the canonical JSON texts it was prepared with (what the row holds). */
interface StoredRow {
  event: RecordedEvent;
  prepared: PreparedEvent;
}

interface StreamHead {
  revision: bigint;
  position: bigint;
  hash: string;
}

/**
 * Commits a batch of appends in one transaction. The transaction first locks the log head (the single row of
 * event_log_head), so appends of every process are serialised: positions continue from the head without a gap,
 * and since the lock is held until COMMIT, a transaction with a higher position always commits after every one
 * with a lower position. A reader that asks for `position > last seen` can therefore never pass over an event that
 * commits later (docs/postgresql.md). recordedAt is taken under the same lock, never earlier than the head's.
 *
 * Revision checks and duplicate event ids are decided from reads made after the lock is held (no other writer can
 * change the log meanwhile), so each append keeps its own outcome and a refused one costs no rollback.
 */
export async function commitBatch(
  client: PoolClient,
  batch: readonly PgAppendRequest[],
  clock: () => Date,
): Promise<PgOutcome[]> {
  await client.query('BEGIN');
  try {
    const head = await client.query<{ position: string; recorded_at: string | null }>(
      'SELECT position, recorded_at FROM event_log_head WHERE singleton FOR UPDATE',
    );
    const headRow = head.rows[0];
    if (headRow === undefined) throw new Error('the event_log_head row is missing');
    const recordedAt = nextRecordedAt(clock(), headRow.recorded_at);
    const streamIds = [...new Set(batch.map((request) => request.streamId))];
    const eventIds = batch.flatMap((request) => request.events.map((event) => event.eventId));
    // A new statement, so a new snapshot in READ COMMITTED: it sees everything committed before the lock was ours.
    const known = await client.query<{
      kind: 'head' | 'id';
      stream_id: string;
      revision: string | null;
      position: string | null;
      hash: string | null;
    }>(
      `SELECT 'head' AS kind, h.stream_id, h.revision::text, h.position::text, h.hash
         FROM unnest($1::text[]) AS s(id)
         CROSS JOIN LATERAL (
           SELECT stream_id, revision, position, hash FROM events
            WHERE stream_id = s.id ORDER BY revision DESC LIMIT 1
         ) AS h
       UNION ALL
       SELECT 'id', event_id, NULL, NULL, NULL FROM events WHERE event_id = ANY($2::text[])`,
      [streamIds, eventIds],
    );
    const heads = new Map<string, StreamHead>();
    const takenIds = new Set<string>();
    for (const row of known.rows) {
      if (row.kind === 'id') takenIds.add(row.stream_id);
      else
        heads.set(row.stream_id, {
          revision: BigInt(row.revision ?? '0'),
          position: BigInt(row.position ?? '0'),
          hash: row.hash ?? GENESIS_HASH,
        });
    }

    let position = BigInt(headRow.position);
    const rows: StoredRow[] = [];
    const outcomes = batch.map((request): PgOutcome => {
      const outcome = appendOne(request, heads, takenIds, position, recordedAt);
      if (outcome.ok) {
        outcome.result.events.forEach((event, index) => {
          rows.push({ event, prepared: request.events[index] as PreparedEvent });
        });
        position += BigInt(outcome.result.events.length);
      }
      return outcome;
    });

    if (rows.length > 0) await insertRows(client, rows, position, recordedAt);
    await client.query('COMMIT');
    return outcomes;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

function appendOne(
  request: PgAppendRequest,
  heads: Map<string, StreamHead>,
  takenIds: Set<string>,
  lastPosition: bigint,
  recordedAt: string,
): PgOutcome {
  const { streamId, expected } = request;
  const head = heads.get(streamId);
  const actual = head === undefined ? 'no_stream' : head.revision;
  if (!revisionHolds(expected, actual)) {
    return { ok: false, error: new VersionConflict(streamId, expected, actual) };
  }
  const ownIds = new Set<string>();
  for (const event of request.events) {
    if (takenIds.has(event.eventId) || ownIds.has(event.eventId)) {
      return { ok: false, error: new DuplicateEventId(event.eventId) };
    }
    ownIds.add(event.eventId);
  }

  const events: RecordedEvent[] = [];
  let prevHash = head?.hash ?? GENESIS_HASH;
  let revision = head === undefined ? 0n : head.revision + 1n;
  let position = lastPosition;
  for (const event of request.events) {
    position += 1n;
    const effectiveAt = event.effectiveAt ?? recordedAt;
    const fields = eventFields(event, { streamId, revision, recordedAt, effectiveAt });
    const hash = computeEventHash(prevHash, fields);
    events.push(recordedEventOf(fields, position, { prevHash, hash }));
    prevHash = hash;
    revision += 1n;
  }
  for (const id of ownIds) takenIds.add(id);
  const last = events.at(-1);
  if (last !== undefined)
    heads.set(streamId, { revision: last.revision, position: last.position, hash: last.hash });
  return {
    ok: true,
    result: {
      streamId,
      revision: last?.revision ?? head?.revision ?? -1n,
      position: last?.position ?? head?.position ?? 0n,
      events,
    },
  };
}

/** One statement: every row of the batch (as arrays, one per column), the new head, and the notification. */
async function insertRows(
  client: PoolClient,
  rows: readonly StoredRow[],
  headPosition: bigint,
  recordedAt: string,
): Promise<void> {
  const column = <T>(pick: (event: RecordedEvent, prepared: PreparedEvent) => T): T[] =>
    rows.map((row) => pick(row.event, row.prepared));
  await client.query(
    `WITH inserted AS (
       INSERT INTO events (position, event_id, type, schema_version, stream_id, revision, recorded_at,
                           effective_at, actor, reason, correlation_id, causation_id, source, data, prev_hash, hash)
       SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::int[], $5::text[], $6::bigint[], $7::text[],
                            $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[],
                            $15::text[], $16::text[])
     ), moved AS (
       UPDATE event_log_head SET position = $17, recorded_at = $18 WHERE singleton
     )
     SELECT pg_notify('${EVENTS_CHANNEL}', $17::text)`,
    [
      column((event) => event.position.toString()),
      column((event) => event.eventId),
      column((event) => event.type),
      column((event) => event.schemaVersion),
      column((event) => event.streamId),
      column((event) => event.revision.toString()),
      column((event) => event.recordedAt),
      column((event) => event.effectiveAt),
      column((_, prepared) => prepared.actorJson),
      column((event) => event.reason),
      column((event) => event.correlationId),
      column((event) => event.causationId),
      column((_, prepared) => prepared.sourceJson),
      column((_, prepared) => prepared.dataJson),
      column((event) => event.prevHash),
      column((event) => event.hash),
      headPosition.toString(),
      recordedAt,
    ],
  );
}

/** The clock, but never earlier than the head's recordedAt: recordedAt never decreases in position order. */
export function nextRecordedAt(now: Date, last: string | null): string {
  if (Number.isNaN(now.getTime()))
    throw new Error('the clock gave no valid date, so recordedAt cannot be set');
  if (last === null || now.getTime() >= Date.parse(last)) return now.toISOString();
  return last;
}
