// The replay's fast instant parser must agree with the domain's on every instant, the stored form or not.
import fc from 'fast-check';
import t from 'tap';
import { instantMillis } from '../../src/domain/index.js';
import { instantMs } from '../../src/projections/instant-ms.js';

const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 1000);

t.test('the fast path gives the same milliseconds as the domain for every stored instant', async (t) => {
  const stored = fc
    .integer({ min: Date.parse('1900-01-01T00:00:00Z'), max: Date.parse('2199-12-31T23:59:59Z') })
    .map((millis) => new Date(millis).toISOString());
  fc.assert(
    fc.property(stored, (instant) => instantMs(instant) === instantMillis(instant)),
    { numRuns: RUNS },
  );
  t.equal(instantMs('2020-02-29T12:00:00.000Z'), Date.UTC(2020, 1, 29, 12));
  t.equal(instantMs('2021-12-31T23:59:59.999Z'), Date.UTC(2021, 11, 31, 23, 59, 59, 999));
});

t.test('instants in other forms are read by the domain parser, offsets included', async (t) => {
  t.equal(instantMs('2021-03-04T05:06:07+01:00'), Date.UTC(2021, 2, 4, 4, 6, 7));
  t.equal(instantMs('2021-03-04T05:06:07Z'), Date.UTC(2021, 2, 4, 5, 6, 7));
});

t.test('a stored-looking string out of range gets exactly the answer of the domain parser', async (t) => {
  const outcome = (parse: (instant: string) => number, instant: string) => {
    try {
      return parse(instant);
    } catch (error) {
      return error instanceof TypeError ? 'TypeError' : 'other';
    }
  };
  for (const odd of [
    '2021-02-29T00:00:00.000Z',
    '2020-02-30T00:00:00.000Z',
    '2021-13-01T00:00:00.000Z',
    '2021-01-01T24:61:00.000Z',
    '2021-04-31T00:00:00.000Z',
    '2021-0a-01T00:00:00.000Z',
  ]) {
    t.equal(outcome(instantMs, odd), outcome(instantMillis, odd), odd);
  }
});
