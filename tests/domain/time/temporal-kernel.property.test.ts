// Property: the temporal kernel's numeric form, its ISO-string form (selectEventsAt, compareInValidTime) and the
// read side's per-entity history (countingAt, stateAt) all agree with an oracle written here, straight from
// DESIGN.md §3 on Date.parse, for random histories (back-dated events, retractions, ties) and random points.
import fc from 'fast-check';
import t from 'tap';
import {
  compareFoldOrder,
  compareInValidTime,
  selectCountingAt,
  selectEventsAt,
  type EventTimes,
  type PointMs,
  type TemporalEvent,
} from '../../../src/domain/index.js';
import { EntityHistory, type IndexedEvent } from '../../../src/projections/engine/entity-history.js';

const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 200);
const BASE = Date.parse('2021-01-01T00:00:00.000Z');
const MINUTE = 60_000;

interface Spec {
  /** Minutes after BASE; small ranges so that ties in valid time and in known time are common. */
  effective: number;
  /** Minutes the recording clock moves on before this event (0: the same millisecond as the one before). */
  gap: number;
  /** Retracts the event at this index among the earlier ones (modulo), when set. */
  retracts: number | null;
}

const specArb: fc.Arbitrary<Spec> = fc.record({
  effective: fc.integer({ min: 0, max: 20 }),
  gap: fc.integer({ min: 0, max: 3 }),
  retracts: fc.option(fc.nat(), { freq: 4, nil: null }),
});

function historyOf(specs: readonly Spec[]): TemporalEvent[] {
  const events: TemporalEvent[] = [];
  let clock = BASE;
  for (const [index, spec] of specs.entries()) {
    clock += spec.gap * MINUTE;
    const target = spec.retracts === null || index === 0 ? null : events[spec.retracts % index];
    events.push({
      eventId: `e${index}`,
      type: target ? 'EventRetracted' : 'TiltakStatusChanged',
      position: BigInt(index + 10),
      effectiveAt: new Date(target ? clock : BASE + spec.effective * MINUTE).toISOString(),
      recordedAt: new Date(clock).toISOString(),
      data: target ? { retractedEventId: target.eventId, retractedType: target.type } : {},
    });
  }
  return events;
}

/** The oracle: DESIGN.md §3 read literally, on Date.parse, with no part of the kernel. */
function oracle(events: readonly TemporalEvent[], validMs: number, knownMs: number): string[] {
  const known = events.filter((event) => Date.parse(event.recordedAt) <= knownMs);
  const retracted = new Set(
    known
      .filter((event) => event.type === 'EventRetracted')
      .map((event) => (event.data as { retractedEventId: string }).retractedEventId),
  );
  return known
    .filter(
      (event) =>
        event.type !== 'EventRetracted' &&
        !retracted.has(event.eventId) &&
        Date.parse(event.effectiveAt) <= validMs,
    )
    .sort((a, b) => Date.parse(a.effectiveAt) - Date.parse(b.effectiveAt) || Number(a.position - b.position))
    .map((event) => event.eventId);
}

/** A point's axis: an instant some events share, a millisecond either side of it, or unbounded. */
function axisArb(
  field: 'effectiveAt' | 'recordedAt',
  events: readonly TemporalEvent[],
): fc.Arbitrary<number> {
  const instants = events.map((event) => Date.parse(event[field]));
  return fc.oneof(
    fc.constant(Number.POSITIVE_INFINITY),
    fc.constantFrom(BASE - 1, ...instants).chain((ms) => fc.constantFrom(ms - 1, ms, ms + 1)),
  );
}

const iso = (ms: number) => (ms === Number.POSITIVE_INFINITY ? undefined : new Date(ms).toISOString());

type Indexed = IndexedEvent<TemporalEvent>;

function indexed(event: TemporalEvent): Indexed {
  const retracts =
    event.type === 'EventRetracted' ? (event.data as { retractedEventId: string }).retractedEventId : null;
  return {
    // The envelope fields the history reads; the rest of a stored record plays no part here.
    recorded: {
      eventId: event.eventId,
      position: event.position,
      revision: event.position,
    } as Indexed['recorded'],
    event,
    effectiveMs: Date.parse(event.effectiveAt),
    recordedMs: Date.parse(event.recordedAt),
    retracts,
    planId: null,
    tiltakId: null,
  };
}

const NUMERIC: EventTimes<Indexed> = {
  eventId: (event) => event.recorded.eventId,
  position: (event) => event.recorded.position,
  effectiveMs: (event) => event.effectiveMs,
  recordedMs: (event) => event.recordedMs,
  retracts: (event) => event.retracts,
};

// A state that is the fold order itself: the ids folded, so a state says exactly which events it came from.
const evolveIds = (state: readonly string[] | null, event: TemporalEvent): readonly string[] | null => [
  ...(state ?? []),
  event.eventId,
];

const scenarioArb = fc
  .array(specArb, { minLength: 1, maxLength: 24 })
  .map(historyOf)
  .chain((events) =>
    fc.record({
      events: fc.constant(events),
      points: fc.array(
        fc.record({ validMs: axisArb('effectiveAt', events), knownMs: axisArb('recordedAt', events) }),
        { minLength: 1, maxLength: 6 },
      ),
      checkpointEvery: fc.integer({ min: 1, max: 5 }),
      readAfter: fc.array(fc.boolean(), { minLength: events.length, maxLength: events.length }),
    }),
  );

t.test(
  'the string form, the numeric form and the oracle select the same events in the same order',
  async (t) => {
    t.doesNotThrow(() =>
      fc.assert(
        fc.property(scenarioArb, ({ events, points }) => {
          for (const point of points) {
            const expected = oracle(events, point.validMs, point.knownMs);
            const strings = selectEventsAt(events, {
              validAt: iso(point.validMs),
              knownAt: iso(point.knownMs),
            });
            const numbers = selectCountingAt(events.map(indexed), NUMERIC, point);
            if (JSON.stringify(strings.map((event) => event.eventId)) !== JSON.stringify(expected))
              return false;
            if (JSON.stringify(numbers.map((event) => event.recorded.eventId)) !== JSON.stringify(expected))
              return false;
          }
          return true;
        }),
        { numRuns: RUNS },
      ),
    );
  },
);

t.test('compareInValidTime and compareFoldOrder order every pair alike', async (t) => {
  t.doesNotThrow(() =>
    fc.assert(
      fc.property(scenarioArb, ({ events }) =>
        events.every((a) =>
          events.every(
            (b) =>
              Math.sign(compareInValidTime(a, b)) ===
              Math.sign(
                compareFoldOrder(
                  Date.parse(a.effectiveAt),
                  a.position,
                  Date.parse(b.effectiveAt),
                  b.position,
                ),
              ),
          ),
        ),
      ),
      { numRuns: RUNS },
    ),
  );
});

t.test(
  'the entity history counts and folds what the kernel selects, read between appends or not',
  async (t) => {
    t.doesNotThrow(() =>
      fc.assert(
        fc.property(scenarioArb, ({ events, points, checkpointEvery, readAfter }) => {
          const history = new EntityHistory<readonly string[], TemporalEvent>(evolveIds, checkpointEvery);
          const held: { point: PointMs; ids: readonly string[] | null; copy: string }[] = [];
          for (const [index, event] of events.entries()) {
            history.add(indexed(event));
            if (!readAfter[index]) continue;
            // A read at now builds or extends the valid-time index; what it gave must not change later.
            const now = { validMs: Number.POSITIVE_INFINITY, knownMs: Number.POSITIVE_INFINITY };
            const ids = history.stateAt(now)?.state ?? null;
            held.push({ point: now, ids, copy: JSON.stringify(ids) });
          }
          for (const point of points) {
            const expected = oracle(events, point.validMs, point.knownMs);
            const counting = history.countingAt(point).map((one) => one.recorded.eventId);
            if (JSON.stringify(counting) !== JSON.stringify(expected)) return false;
            const state = history.stateAt(point)?.state ?? null;
            if (JSON.stringify(state ?? []) !== JSON.stringify(expected)) return false;
          }
          return held.every((read) => JSON.stringify(read.ids) === read.copy);
        }),
        { numRuns: RUNS },
      ),
    );
  },
);
