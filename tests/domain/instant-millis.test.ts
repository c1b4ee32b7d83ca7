// instantMillis reads the store's form by hand; it must agree with Date.parse on every instant, that form or not.
import fc from 'fast-check';
import t from 'tap';
import { instantMillis } from '../../src/domain/index.js';

const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 1000);

/** What Date.parse makes of it: the reference the fast path must match. */
function reference(instant: string): number | 'TypeError' {
  const millis = Date.parse(instant);
  return Number.isNaN(millis) ? 'TypeError' : millis;
}

function outcome(instant: string): number | 'TypeError' | 'other' {
  try {
    return instantMillis(instant);
  } catch (error) {
    return error instanceof TypeError ? 'TypeError' : 'other';
  }
}

t.test('every instant in the stored form gives the milliseconds Date.parse gives', async (t) => {
  const stored = fc
    .integer({ min: Date.parse('0001-01-01T00:00:00Z'), max: Date.parse('9999-12-31T23:59:59Z') })
    .map((millis) => new Date(millis).toISOString());
  fc.assert(
    fc.property(stored, (instant) => outcome(instant) === reference(instant)),
    { numRuns: RUNS },
  );
  t.equal(instantMillis('2020-02-29T12:00:00.000Z'), Date.UTC(2020, 1, 29, 12));
  t.equal(instantMillis('2021-12-31T23:59:59.999Z'), Date.UTC(2021, 11, 31, 23, 59, 59, 999));
  t.equal(
    instantMillis('0050-06-01T00:00:00.000Z'),
    Date.parse('0050-06-01T00:00:00.000Z'),
    'a year below 100',
  );
});

t.test('instants in other forms are read by Date.parse, offsets included', async (t) => {
  t.equal(instantMillis('2021-03-04T05:06:07+01:00'), Date.UTC(2021, 2, 4, 4, 6, 7));
  t.equal(instantMillis('2021-03-04T05:06:07Z'), Date.UTC(2021, 2, 4, 5, 6, 7));
});

t.test(
  'a string of the stored length that is not a real instant gets exactly what Date.parse says',
  async (t) => {
    for (const odd of [
      '2021-02-29T00:00:00.000Z',
      '2020-02-30T00:00:00.000Z',
      '2021-13-01T00:00:00.000Z',
      '2021-01-01T24:61:00.000Z',
      '2021-04-31T00:00:00.000Z',
      '2021-0a-01T00:00:00.000Z',
      '2021x01-01T00:00:00.000Z',
      '2021-01-01T00:00:00,000Z',
    ]) {
      t.equal(outcome(odd), reference(odd), odd);
    }
    const sameLength = fc
      .string({ minLength: 24, maxLength: 24 })
      .map((text) => `${text.slice(0, 10)}T${text.slice(11, 23)}Z`);
    fc.assert(
      fc.property(sameLength, (text) => outcome(text) === reference(text)),
      { numRuns: RUNS },
    );
  },
);
