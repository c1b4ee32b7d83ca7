// The append load the store benches share (bench/store-appends.bench.ts, bench/pg-appends.bench.ts): 50 callers,
// each appending one status change per call to its own stream, one call after another.
import { randomUUID } from 'node:crypto';
import type { NewEvent } from '../src/store/event-store.js';
import { BENCH_ACTOR } from './history-generator.js';
import { now } from './measure.js';

export const CALLERS = 50;

/** One status change of `tiltakId`, as the port takes it. */
export function statusEvent(tiltakId: string): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'TiltakStatusChanged',
    schemaVersion: 1,
    data: { tiltakId, status: 'IN_PROGRESS' },
    actor: BENCH_ACTOR,
    correlationId: randomUUID(),
    source: { kind: 'api' },
  };
}

/** How many calls `callers` make in all for about `total`: each makes the same number. */
export function callsFor(total: number, callers = CALLERS): number {
  return Math.ceil(total / callers) * callers;
}

/**
 * `callers` concurrent loops until about `total` calls are made (each caller makes the same number, `index` 0, 1,
 * ... of its own): the calls per second.
 */
export async function callerLoops(
  total: number,
  call: (caller: number, index: number) => Promise<unknown>,
  callers = CALLERS,
): Promise<number> {
  const perCaller = callsFor(total, callers) / callers;
  const start = now();
  await Promise.all(
    Array.from({ length: callers }, async (_, caller) => {
      for (let index = 0; index < perCaller; index++) await call(caller, index);
    }),
  );
  return (perCaller * callers) / ((now() - start) / 1000);
}
