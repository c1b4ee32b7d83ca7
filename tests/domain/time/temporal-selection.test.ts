import t from 'tap';
import {
  compareInValidTime,
  retractedEventIds,
  selectEventsAt,
  type TemporalEvent,
} from '../../../src/domain/index.js';

// A hand-worked history of one tiltak (positions in recording order):
//   e1  TiltakCreated         effective 2020-01-01  recorded 2020-01-01
//   e2  IN_PROGRESS           effective 2020-06-01  recorded 2020-06-01
//   e3  COMPLETED, back-dated effective 2020-03-01  recorded 2021-01-10
//   e4  EventRetracted of e2  effective 2021-02-01  recorded 2021-02-01
function event(
  eventId: string,
  position: number,
  effectiveAt: string,
  recordedAt: string,
  type = 'TiltakStatusChanged',
  data: unknown = {},
): TemporalEvent {
  return {
    eventId,
    type,
    position: BigInt(position),
    effectiveAt: `${effectiveAt}T00:00:00.000Z`,
    recordedAt: `${recordedAt}T00:00:00.000Z`,
    data,
  };
}

const e1 = event('e1', 1, '2020-01-01', '2020-01-01', 'TiltakCreated');
const e2 = event('e2', 2, '2020-06-01', '2020-06-01');
const e3 = event('e3', 3, '2020-03-01', '2021-01-10');
const e4 = event('e4', 4, '2021-02-01', '2021-02-01', 'EventRetracted', {
  retractedEventId: 'e2',
  retractedType: 'TiltakStatusChanged',
});
const history = [e1, e2, e3, e4];

function ids(events: readonly TemporalEvent[]): string[] {
  return events.map((selected) => selected.eventId);
}

t.test('a back-dated event counts at a validAt before it was recorded, once it is known', async (t) => {
  t.strictSame(
    ids(selectEventsAt(history, { validAt: '2020-04-01T00:00:00Z', knownAt: '2021-01-15T00:00:00Z' })),
    ['e1', 'e3'],
  );
});

t.test('a back-dated event does not count at a knownAt before it was recorded', async (t) => {
  t.strictSame(
    ids(selectEventsAt(history, { validAt: '2020-04-01T00:00:00Z', knownAt: '2020-12-31T00:00:00Z' })),
    ['e1'],
  );
  t.strictSame(
    ids(selectEventsAt(history, { validAt: '2020-12-31T00:00:00Z', knownAt: '2020-12-31T00:00:00Z' })),
    ['e1', 'e2'],
  );
});

t.test('events are folded in valid-time order, not in the order they were recorded', async (t) => {
  t.strictSame(
    ids(selectEventsAt(history, { validAt: '2020-12-31T00:00:00Z', knownAt: '2021-01-15T00:00:00Z' })),
    ['e1', 'e3', 'e2'],
  );
});

t.test('a retraction hides its event from the retraction’s recordedAt on, not before', async (t) => {
  const justBefore = '2021-01-31T23:59:59.999Z';
  const atRetraction = '2021-02-01T00:00:00.000Z';
  t.strictSame(ids(selectEventsAt(history, { validAt: '2020-12-31T00:00:00Z', knownAt: justBefore })), [
    'e1',
    'e3',
    'e2',
  ]);
  t.strictSame(ids(selectEventsAt(history, { validAt: '2020-12-31T00:00:00Z', knownAt: atRetraction })), [
    'e1',
    'e3',
  ]);
});

t.test(
  'a retraction hides its event at every validAt, even one before the retraction’s own effectiveAt',
  async (t) => {
    t.strictSame(
      ids(selectEventsAt(history, { validAt: '2020-07-01T00:00:00Z', knownAt: '2021-03-01T00:00:00Z' })),
      ['e1', 'e3'],
    );
  },
);

t.test('the retracted event stays in the history itself; only the selection leaves it out', async (t) => {
  selectEventsAt(history, {});
  t.equal(history.length, 4);
  t.strictSame([...retractedEventIds(history)], ['e2']);
  t.strictSame([...retractedEventIds(history, '2021-01-31T00:00:00Z')], []);
});

t.test('retractions are consumed by the selection and never folded', async (t) => {
  t.notOk(ids(selectEventsAt(history)).includes('e4'));
});

t.test('without bounds every known event counts at any valid time', async (t) => {
  t.strictSame(ids(selectEventsAt(history)), ['e1', 'e3']);
});

t.test('an entity does not exist at a validAt before its creation', async (t) => {
  t.strictSame(ids(selectEventsAt(history, { validAt: '2019-12-31T00:00:00Z' })), []);
});

t.test('events with the same effectiveAt keep the store’s position order', async (t) => {
  const a = event('a', 7, '2020-05-01', '2020-05-02');
  const b = event('b', 5, '2020-05-01', '2020-05-01');
  t.strictSame(ids([a, b].sort(compareInValidTime)), ['b', 'a']);
  t.strictSame(ids(selectEventsAt([a, b])), ['b', 'a']);
});

t.test('instants with offsets are compared as instants', async (t) => {
  const late = { ...event('late', 1, '2020-05-01', '2020-05-01'), effectiveAt: '2020-05-01T01:30:00+02:00' };
  // 01:30+02:00 is 23:30 UTC the day before.
  t.strictSame(ids(selectEventsAt([late], { validAt: '2020-04-30T23:59:00Z' })), ['late']);
});

t.test(
  'alsoRetracted leaves an event out as if it were retracted (what a correction is decided against)',
  async (t) => {
    t.strictSame(ids(selectEventsAt(history, {}, { alsoRetracted: new Set(['e3']) })), ['e1']);
  },
);
