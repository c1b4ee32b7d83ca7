import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import t from 'tap';
import { canonicalJson } from '../../src/shared/canonical-json.js';
import { GENESIS_HASH } from '../../src/store/event-store.js';
import { computeEventHash } from '../../src/store/hash-chain.js';
import type { HashedEventFields } from '../../src/store/hash-chain.js';

/** The worked example of docs/canonical-json.md: the hashes printed there must be the ones the code computes. */
const FIRST: HashedEventFields = {
  eventId: 'e0000000-0000-4000-8000-000000000001',
  type: 'TiltakCreated',
  schemaVersion: 1,
  streamId: 'tiltak-42',
  revision: 0n,
  recordedAt: '2021-06-30T10:15:00.000Z',
  effectiveAt: '2021-06-30T10:15:00.000Z',
  actor: { id: 'u-1', name: 'Kari Nordmann', role: 'editor', organization: 'Ahus' },
  reason: null,
  correlationId: 'c-1',
  causationId: null,
  source: { kind: 'api' },
  data: { title: 'Felles rutine', kommune: 'Lørenskog' },
};
const SECOND: HashedEventFields = {
  ...FIRST,
  eventId: 'e0000000-0000-4000-8000-000000000002',
  type: 'TiltakStatusChanged',
  revision: 1n,
  recordedAt: '2021-07-01T08:00:00.000Z',
  effectiveAt: '2021-06-15T00:00:00.000Z',
  reason: 'Sent rapportert',
  data: { from: 'PLANNED', to: 'IN_PROGRESS' },
};

t.test('the worked example of docs/canonical-json.md recomputes', async (t) => {
  const first = computeEventHash(GENESIS_HASH, FIRST);
  const second = computeEventHash(first, SECOND);

  t.equal(first, '18cfb8bc4681221245f8afadd11c571c12eebdd019cd305875cb2f93a9e73303');
  t.equal(second, '7e807b2f7cc8a2f9d55d90a4e5ecb6aa1a1df2288b2116e97c47199f0aab8322');
  t.equal(
    canonicalJson(FIRST),
    '{"actor":{"id":"u-1","name":"Kari Nordmann","organization":"Ahus","role":"editor"},"causationId":null,' +
      '"correlationId":"c-1","data":{"kommune":"Lørenskog","title":"Felles rutine"},' +
      '"effectiveAt":"2021-06-30T10:15:00.000Z","eventId":"e0000000-0000-4000-8000-000000000001","reason":null,' +
      '"recordedAt":"2021-06-30T10:15:00.000Z","revision":"0","schemaVersion":1,"source":{"kind":"api"},' +
      '"streamId":"tiltak-42","type":"TiltakCreated"}',
  );
  t.equal(
    first,
    createHash('sha256')
      .update(Buffer.from(GENESIS_HASH + canonicalJson(FIRST), 'utf8'))
      .digest('hex'),
    'the formula is sha256 over the UTF-8 of prevHash followed by the canonical JSON',
  );
});

t.test('a hash covers every field but position, and the previous hash', async (t) => {
  const base = computeEventHash(GENESIS_HASH, FIRST);
  const changes: Partial<HashedEventFields>[] = [
    { eventId: 'other' },
    { type: 'TiltakRevised' },
    { schemaVersion: 2 },
    { streamId: 'tiltak-43' },
    { revision: 1n },
    { recordedAt: '2021-06-30T10:15:00.001Z' },
    { effectiveAt: '2021-06-30T10:15:00.001Z' },
    { actor: { ...FIRST.actor, organization: 'Lørenskog kommune' } },
    { reason: '' },
    { correlationId: 'c-2' },
    { causationId: 'c-1' },
    { source: { kind: 'system' } },
    { data: { title: 'Felles rutine', kommune: 'Lorenskog' } },
  ];
  for (const change of changes) {
    t.not(
      computeEventHash(GENESIS_HASH, { ...FIRST, ...change }),
      base,
      `changing ${Object.keys(change)[0]}`,
    );
  }
  t.not(computeEventHash('1'.repeat(64), FIRST), base, 'changing prevHash');
  t.equal(
    computeEventHash(GENESIS_HASH, { ...FIRST, position: 99n } as HashedEventFields),
    base,
    'position is not',
  );
});

t.test('object members are sorted by UTF-16 code units and undefined members are left out', async (t) => {
  t.equal(canonicalJson({ b: 1, a: 2, A: 3, _: 4 }), '{"A":3,"_":4,"a":2,"b":1}');
  t.equal(canonicalJson({ ø: 1, z: 2, å: 3, æ: 4 }), '{"z":2,"å":3,"æ":4,"ø":1}');
  // U+1F600 is the surrogate pair D83D DE00, which sorts before U+FB01 (RFC 8785 example).
  t.equal(canonicalJson({ '\ufb01': 1, '😀': 2 }), '{"😀":2,"ﬁ":1}');
  t.equal(canonicalJson({ a: undefined, b: null }), '{"b":null}');
});

t.test('values have one form each', async (t) => {
  t.equal(canonicalJson(5n), '"5"');
  t.equal(canonicalJson(-12345678901234567890n), '"-12345678901234567890"');
  t.equal(canonicalJson(new Date('2021-06-30T12:15:00+02:00')), '"2021-06-30T10:15:00.000Z"');
  t.equal(canonicalJson(-0), '0');
  t.equal(canonicalJson(1e21), '1e+21');
  t.equal(canonicalJson(0.1 + 0.2), '0.30000000000000004');
  // eslint-disable-next-line no-sparse-arrays
  t.equal(canonicalJson([1, , undefined, 2]), '[1,null,null,2]', 'holes and undefined items are null');
  t.equal(canonicalJson('e\u0301 é "q" \\ \n \u0001'), '"e\u0301 é \\"q\\" \\\\ \\n \\u0001"');
  t.equal(canonicalJson('\ud800'), '"\\ud800"', 'a lone surrogate is escaped');
  t.equal(canonicalJson({ nested: [{ b: [], a: {} }] }), '{"nested":[{"a":{},"b":[]}]}');
});

t.test('values JSON has no form for are an error', async (t) => {
  t.throws(() => canonicalJson(Number.NaN), TypeError);
  t.throws(() => canonicalJson({ a: Number.POSITIVE_INFINITY }), TypeError);
  t.throws(() => canonicalJson({ f: () => 1 }), TypeError);
  t.throws(() => canonicalJson([Symbol('s')]), TypeError);
});

t.test('canonical JSON is JSON of the same value, and canonicalising it again changes nothing', async (t) => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const text = canonicalJson(value);
      const parsed = JSON.parse(text) as unknown;
      return canonicalJson(parsed) === text && isDeepStrictEqual(parsed, JSON.parse(JSON.stringify(value)));
    }),
    { numRuns: 2000 },
  );
  t.pass('held for 2000 generated JSON values');
});
