import t from 'tap';
import { endOfOsloDay, startOfOsloDay, temporalQuerySchema } from '../../src/http/temporal-query.js';

t.test('a bare date means the last millisecond of that day in Europe/Oslo', async (t) => {
  t.equal(endOfOsloDay('2021-06-30'), '2021-06-30T21:59:59.999Z', 'summer time, UTC+2');
  t.equal(endOfOsloDay('2021-01-15'), '2021-01-15T22:59:59.999Z', 'winter time, UTC+1');
  t.equal(
    endOfOsloDay('2021-03-28'),
    '2021-03-28T21:59:59.999Z',
    'the day clocks go forward ends in summer time',
  );
  t.equal(
    endOfOsloDay('2021-10-31'),
    '2021-10-31T22:59:59.999Z',
    'the day clocks go back ends in winter time',
  );
  t.equal(endOfOsloDay('2020-12-31'), '2020-12-31T22:59:59.999Z', 'the year boundary');
});

t.test('a day in Europe/Oslo starts at local midnight', async (t) => {
  t.equal(startOfOsloDay('2021-07-01'), '2021-06-30T22:00:00.000Z');
  t.equal(startOfOsloDay('2021-01-01'), '2020-12-31T23:00:00.000Z');
});

t.test('an instant with an offset is read as UTC; a future point means now', async (t) => {
  const parsed = temporalQuerySchema.parse({ validAt: '2021-03-01T10:00:00+01:00', knownAt: '2999-01-01' });
  t.equal(parsed.validAt, '2021-03-01T09:00:00.000Z');
  t.equal(parsed.knownAt, undefined, 'a knownAt in the future is now');
  t.strictSame(temporalQuerySchema.parse({}), {}, 'absent axes stay absent: now');
});

t.test('an instant without a zone, an impossible date or free text is refused', async (t) => {
  for (const validAt of ['2021-03-01T10:00:00', '2021-02-29', 'yesterday', '2021-13-01']) {
    t.notOk(temporalQuerySchema.safeParse({ validAt }).success, validAt);
  }
});
