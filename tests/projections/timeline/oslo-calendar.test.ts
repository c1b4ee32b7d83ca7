import t from 'tap';
import { calendarIntervals, intervalContaining } from '../../../src/projections/timeline/index.js';

const ms = Date.parse;
const iso = (millis: number) => new Date(millis).toISOString();

t.test(
  'a month starts at local midnight on the 1st in Oslo: 23:00 UTC in winter, 22:00 UTC in summer',
  async (t) => {
    const january = intervalContaining(ms('2021-01-15T12:00:00.000Z'), 'month');
    t.same(
      [january.label, iso(january.from), iso(january.to)],
      ['2021-01', '2020-12-31T23:00:00.000Z', '2021-01-31T23:00:00.000Z'],
    );
    const october = intervalContaining(ms('2021-10-15T12:00:00.000Z'), 'month');
    // Summer time ends on 31 October, so October starts at +02:00 and November at +01:00.
    t.same(
      [october.label, iso(october.from), iso(october.to)],
      ['2021-10', '2021-09-30T22:00:00.000Z', '2021-10-31T23:00:00.000Z'],
    );
  },
);

t.test('an instant belongs to the Oslo month it falls in, not the UTC one', async (t) => {
  t.equal(
    intervalContaining(ms('2021-03-31T22:30:00.000Z'), 'month').label,
    '2021-04',
    '00:30 on 1 April in Oslo',
  );
  t.equal(intervalContaining(ms('2021-03-31T21:59:59.999Z'), 'month').label, '2021-03');
  t.equal(
    intervalContaining(ms('2020-12-31T23:00:00.000Z'), 'quarter').label,
    '2021-Q1',
    'midnight starts the year',
  );
  t.equal(intervalContaining(ms('2020-12-31T22:59:59.999Z'), 'quarter').label, '2020-Q4');
});

t.test('quarters are labelled Q1-Q4 and span three months', async (t) => {
  const third = intervalContaining(ms('2022-08-01T00:00:00.000Z'), 'quarter');
  t.same(
    [third.label, iso(third.from), iso(third.to)],
    ['2022-Q3', '2022-06-30T22:00:00.000Z', '2022-09-30T22:00:00.000Z'],
  );
  t.equal(intervalContaining(ms('2022-12-20T00:00:00.000Z'), 'quarter').label, '2022-Q4');
});

t.test('the intervals of a range are contiguous, cover it, and end exclusive', async (t) => {
  const intervals = calendarIntervals(
    ms('2020-01-15T00:00:00.000Z'),
    ms('2022-12-31T23:00:00.000Z'),
    'month',
    240,
  );
  t.ok(intervals);
  t.equal(intervals?.length, 36, 'an end at midnight on 1 January 2023 does not open 2023-01');
  t.equal(intervals?.[0]?.label, '2020-01');
  t.equal(intervals?.[35]?.label, '2022-12');
  intervals
    ?.slice(1)
    .forEach((interval, index) => t.equal(interval.from, intervals[index]?.to, interval.label));
  t.equal(
    calendarIntervals(ms('2021-05-05T00:00:00.000Z'), ms('2021-05-05T00:00:00.000Z'), 'quarter', 240)?.length,
    1,
  );
  t.equal(
    calendarIntervals(ms('2000-01-01T00:00:00.000Z'), ms('2030-01-01T00:00:00.000Z'), 'month', 240),
    null,
  );
});
