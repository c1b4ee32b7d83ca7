import t from 'tap';
import { normalizeIsoInstant } from '../../src/store/iso-instant.js';

t.test('an ISO 8601 instant with a zone becomes UTC with milliseconds', async (t) => {
  t.equal(normalizeIsoInstant('2021-06-30T10:00:00.000Z'), '2021-06-30T10:00:00.000Z');
  t.equal(normalizeIsoInstant('2021-06-30T10:00:00Z'), '2021-06-30T10:00:00.000Z');
  t.equal(normalizeIsoInstant('2021-06-30T12:00:00+02:00'), '2021-06-30T10:00:00.000Z');
  t.equal(normalizeIsoInstant('2021-12-31T23:30:00-01:00'), '2022-01-01T00:30:00.000Z');
  t.equal(normalizeIsoInstant('2021-06-30T10:00:00.1Z'), '2021-06-30T10:00:00.100Z');
  t.equal(
    normalizeIsoInstant('2021-06-30T10:00:00.123456789Z'),
    '2021-06-30T10:00:00.123Z',
    'sub-ms truncated',
  );
  t.equal(normalizeIsoInstant('2020-02-29T00:00:00Z'), '2020-02-29T00:00:00.000Z', 'a leap day');
  t.equal(
    normalizeIsoInstant('0050-01-01T00:00:00Z'),
    '0050-01-01T00:00:00.000Z',
    'two-digit years stay themselves',
  );
});

t.test('anything else is not an instant', async (t) => {
  const rejected = [
    '',
    'yesterday',
    '2021-06-30',
    '2021-06-30T10:00:00',
    '2021-06-30T10:00Z',
    '2021-02-30T00:00:00Z',
    '2021-02-29T00:00:00Z',
    '2021-13-01T00:00:00Z',
    '2021-06-30T24:00:00Z',
    '2021-06-30T23:60:00Z',
    '2021-06-30T23:59:60Z',
    '2021-06-30T10:00:00+25:00',
    '2021-06-30 10:00:00Z',
    '0000-01-01T00:00:00+01:00',
    ' 2021-06-30T10:00:00Z',
  ];
  for (const text of rejected) t.equal(normalizeIsoInstant(text), null, JSON.stringify(text));
});
