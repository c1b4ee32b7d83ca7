/**
 * The transaction-time clock of one process: ISO 8601 UTC with milliseconds, never earlier than the last value it
 * gave or was shown (`observe`), so recordedAt does not go back when the wall clock does (NTP steps, a replica with a
 * slower clock writing to the same stream). See docs/eventstoredb.md, "recordedAt across replicas".
 */
export interface RecordedAtClock {
  now(): string;
  /** Raises the floor to a recordedAt seen in the store (the stream head, the log head at start). */
  observe(recordedAt: string): void;
}

export function createRecordedAtClock(clock: () => Date): RecordedAtClock {
  let floor = Number.NEGATIVE_INFINITY;
  return {
    now(): string {
      const wall = clock().getTime();
      if (!Number.isFinite(wall)) throw new RangeError('the clock gave an invalid date');
      floor = Math.max(floor, wall);
      return new Date(floor).toISOString();
    },
    observe(recordedAt: string): void {
      const seen = Date.parse(recordedAt);
      if (Number.isFinite(seen)) floor = Math.max(floor, seen);
    },
  };
}
