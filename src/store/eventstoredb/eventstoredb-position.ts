import type { Position } from '@eventstore/db-client';

/*
 * Our position is the event's commit position in `$all`. Every event appended through gRPC is its own implicit
 * commit, so the server reports commit = prepare = the event's own log position: unique per event and strictly
 * increasing in `$all` order (docs/eventstoredb.md, "Positions").
 */

/** The bigint position our port speaks, taken from an event's `$all` position. */
export function fromEsdbPosition(position: Position): bigint {
  return position.commit;
}

/** The ESDB position of the event at our `position`: a `$all` read from it starts at (and includes) that event. */
export function toEsdbPosition(position: bigint): Position {
  if (position < 0n) throw new RangeError('a position is never negative');
  return { commit: position, prepare: position };
}

/** Orders two `$all` positions as the server does: by commit, then by prepare. */
export function compareEsdbPositions(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}
