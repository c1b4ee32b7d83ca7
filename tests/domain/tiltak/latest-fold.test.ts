// Property: the whole-stream fold a command is checked against, carried forward from the fold kept for an earlier
// read of the same stream (by the application's state cache), is the fold of the whole stream made from scratch.
import fc from 'fast-check';
import t from 'tap';
import { selectEventsAt, type TiltakEvent } from '../../../src/domain/index.js';
import { evolveTiltak, foldTiltak, foldTiltakFrom } from '../../../src/domain/tiltak/tiltak.evolve.js';
import {
  carryTiltakFoldForward,
  latestTiltakFold,
  latestTiltakState,
  type LatestFold,
} from '../../../src/domain/tiltak/tiltak.latest-fold.js';

const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 200);
const DAY = 86_400_000;
const START = Date.parse('2020-01-01T00:00:00Z');

type Step =
  | { kind: 'status'; status: 'IN_PROGRESS' | 'ON_HOLD' | 'COMPLETED'; day: number }
  | { kind: 'note'; day: number }
  | { kind: 'retract'; pick: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('status' as const),
    status: fc.constantFrom('IN_PROGRESS' as const, 'ON_HOLD' as const, 'COMPLETED' as const),
    day: fc.integer({ min: 0, max: 1000 }),
  }),
  fc.record({ kind: fc.constant('note' as const), day: fc.integer({ min: 0, max: 1000 }) }),
  fc.record({ kind: fc.constant('retract' as const), pick: fc.nat() }),
);

const eventId = (index: number) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;

/** A stream as the store would hand it out: frozen events, positions and recordedAt growing. */
function stream(steps: readonly Step[], lastDayFirst: boolean): TiltakEvent[] {
  const events: TiltakEvent[] = [];
  const envelope = (index: number, day: number, reason: string | null = null) => ({
    eventId: eventId(index),
    streamId: 'tiltak-a',
    revision: BigInt(index),
    position: BigInt(10 * index + 1),
    recordedAt: new Date(START + 2000 * DAY + index * 1000).toISOString(),
    effectiveAt: new Date(START + day * DAY).toISOString(),
    reason,
  });
  events.push({
    ...envelope(0, 0),
    type: 'TiltakCreated',
    data: {
      tiltakId: 'a',
      planId: 'p',
      tiltaksomradeId: 'omr',
      title: 'Tiltak',
      status: 'PLANNED',
      responsible: [],
      participants: [],
    },
  } as unknown as TiltakEvent);
  let lastDay = 0;
  steps.forEach((next, n) => {
    const index = n + 1;
    // Half the runs mostly append in valid-time order, as commands do today; the others back-date freely.
    const day = next.kind === 'retract' ? 0 : lastDayFirst ? Math.max(lastDay, next.day) : next.day;
    if (next.kind !== 'retract') lastDay = day;
    const event =
      next.kind === 'status'
        ? {
            ...envelope(index, day),
            type: 'TiltakStatusChanged',
            data: { tiltakId: 'a', status: next.status },
          }
        : next.kind === 'note'
          ? {
              ...envelope(index, day),
              type: 'ProgressNoted',
              data: { tiltakId: 'a', text: `notat ${index}` },
            }
          : {
              ...envelope(index, lastDay, 'feil'),
              type: 'EventRetracted',
              data: {
                retractedEventId: eventId(1 + (next.pick % Math.max(1, index - 1))),
                retractedType: 'TiltakStatusChanged',
              },
            };
    events.push(event as unknown as TiltakEvent);
  });
  for (const event of events) Object.freeze(event);
  return events;
}

/** The fold of `events` as the command side keeps it: carried forward from `fold` when it can be, else whole. */
function carried(fold: LatestFold | null, covered: number, events: readonly TiltakEvent[]): LatestFold {
  if (fold === null) return latestTiltakFold(events);
  return carryTiltakFoldForward(fold, events.slice(covered)) ?? latestTiltakFold(events);
}

t.test('a fold carried forward over a growing stream equals the fold of the whole stream', async (t) => {
  let compared = 0;
  fc.assert(
    fc.property(fc.array(step, { maxLength: 40 }), fc.boolean(), (steps, lastDayFirst) => {
      const events = stream(steps, lastDayFirst);
      let fold: LatestFold | null = null;
      for (let length = 1; length <= events.length; length++) {
        const prefix = events.slice(0, length);
        const fromScratch = foldTiltak(selectEventsAt(prefix));
        fold = carried(fold, length - 1, prefix);
        t.same(latestTiltakState(fold), fromScratch, `after ${length} events`);
        compared += 1;
        // Carried over no new events, the fold is the same one.
        if (carryTiltakFoldForward(fold, []) !== fold) return false;
      }
      return true;
    }),
    { numRuns: RUNS },
  );
  t.ok(compared > RUNS, 'every prefix of every generated stream was compared');
});

t.test('a generated retraction takes its target out of the fold', async (t) => {
  const events = stream(
    [
      { kind: 'note', day: 10 },
      { kind: 'retract', pick: 0 },
    ],
    true,
  );
  const before = latestTiltakFold(events.slice(0, 2));
  t.equal(latestTiltakState(before)?.notes.length, 1);
  t.equal(carryTiltakFoldForward(before, events.slice(2)), null, 'a retraction is not carried forward');
  t.equal(latestTiltakFold(events).state?.notes.length, 0, 'the retraction counts');
});

t.test('the kept fold is never changed by a later fold carried forward from it', async (t) => {
  const events = stream(
    [
      { kind: 'status', status: 'IN_PROGRESS', day: 10 },
      { kind: 'note', day: 20 },
    ],
    true,
  );
  const before = latestTiltakFold(events.slice(0, 2));
  const snapshot = structuredClone(latestTiltakState(before));
  const after = carryTiltakFoldForward(before, events.slice(2));
  t.same(latestTiltakState(before), snapshot);
  t.equal(after === null ? null : latestTiltakState(after)?.notes.length, 1);
});

t.test('a fold carried forward grows the history in place instead of copying it', async (t) => {
  const steps: Step[] = Array.from({ length: 200 }, (_, index) =>
    index % 2 === 0
      ? { kind: 'note' as const, day: index + 1 }
      : { kind: 'status' as const, status: index % 4 === 1 ? 'ON_HOLD' : 'IN_PROGRESS', day: index + 1 },
  );
  const events = stream(steps, true);
  let fold = latestTiltakFold(events.slice(0, 100));
  const notes = fold.state?.notes;
  const history = fold.state?.statusHistory;
  for (let length = 101; length <= events.length; length++) {
    fold = carryTiltakFoldForward(fold, events.slice(length - 1, length)) as LatestFold;
  }
  t.equal(fold.state?.notes, notes, 'the same notes array, grown');
  t.equal(fold.state?.statusHistory, history, 'the same status history array, grown');
  t.same(latestTiltakState(fold), foldTiltak(selectEventsAt(events)));
});

t.test('two folds carried forward from the same fold each keep their own events', async (t) => {
  fc.assert(
    fc.property(
      fc.array(step, { maxLength: 20 }),
      fc.array(step, { maxLength: 10 }),
      fc.array(step, { maxLength: 10 }),
      (common, one, other) => {
        const a = stream([...common, ...one], true);
        const b = stream([...common, ...other], true);
        const shared = latestTiltakFold(a.slice(0, common.length + 1));
        const first = carried(shared, common.length + 1, a);
        const second = carried(shared, common.length + 1, b);
        t.same(latestTiltakState(first), foldTiltak(selectEventsAt(a)));
        t.same(latestTiltakState(second), foldTiltak(selectEventsAt(b)));
      },
    ),
    { numRuns: RUNS },
  );
});

t.test(
  'a fold continued from a kept state equals the fold from scratch and leaves the kept state alone',
  async (t) => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), fc.nat(), (steps, split) => {
        const counting = selectEventsAt(stream(steps, false));
        const at = split % (counting.length + 1);
        const kept = counting.slice(0, at).reduce(evolveTiltak, null);
        const snapshot = structuredClone(kept);
        const continued = foldTiltakFrom(kept, counting.slice(at));
        // evolveTiltak one event at a time is the definition; the folds only copy less.
        t.same(continued, counting.reduce(evolveTiltak, null));
        t.same(foldTiltak(counting), counting.reduce(evolveTiltak, null));
        t.same(kept, snapshot, 'the kept state is unchanged');
      }),
      { numRuns: RUNS },
    );
  },
);

t.test('a TiltakCreated inside a fold starts the status history and notes anew', async (t) => {
  const [created, ...rest] = stream(
    [
      { kind: 'status', status: 'IN_PROGRESS', day: 1 },
      { kind: 'note', day: 2 },
    ],
    true,
  ) as [TiltakEvent, ...TiltakEvent[]];
  const again = { ...created, eventId: eventId(9), revision: 9n, position: 91n };
  const [status, note] = rest as [TiltakEvent, TiltakEvent];
  const events = [created, status, note, again, status];
  const folded = foldTiltak(events);
  t.same(folded, events.reduce(evolveTiltak, null));
  t.same(
    folded?.statusHistory.map((report) => report.eventId),
    [eventId(9), status.eventId],
    'the reports before the second creation are gone',
  );
  t.same(folded?.notes, []);
});
