import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import t from 'tap';
import { CachedPlanResponse, PlanResponseCache } from '../../src/http/plan-response-cache.js';

const key = (version: bigint, knownCount: number, effectiveCount: number) => ({
  version,
  knownCount,
  effectiveCount,
});

/** The cache's key source where a test gives the keys itself. */
const NO_KEYS = { planStateKey: () => null };

t.test('the cache asks the key source it was given for the key of a plan at a point', async (t) => {
  const asked: unknown[] = [];
  const cache = new PlanResponseCache(1024 * 1024, {
    planStateKey: (planId, at) => {
      asked.push([planId, at]);
      return planId === 'p' ? key(3n, 2, 1) : null;
    },
  });
  t.same(cache.keyOf('p', { validAt: '2021-01-01T00:00:00.000Z' }), key(3n, 2, 1));
  t.equal(cache.keyOf('q', {}), null, 'an unknown plan has no key');
  t.same(asked, [
    ['p', { validAt: '2021-01-01T00:00:00.000Z' }],
    ['q', {}],
  ]);
});

t.test('an answer is served for its state and version only', async (t) => {
  const cache = new PlanResponseCache(1024 * 1024, NO_KEYS);
  const answer = new CachedPlanResponse('{"planId":"p"}', '"3"');
  cache.set('p', key(7n, 10, 4), answer);
  t.equal(cache.get('p', key(7n, 10, 4)), answer);
  t.equal(cache.get('p', key(7n, 10, 5)), undefined, 'another state');
  t.equal(cache.get('q', key(7n, 10, 4)), undefined, 'another plan');
  t.equal(cache.get('p', key(8n, 10, 4)), undefined, 'the plan changed since');
  t.equal(cache.size, 0, 'the stale answer is dropped when met');
  t.equal(cache.bytes, 0);
});

t.test('the least recently used answers leave once the cache holds more than its bytes', async (t) => {
  const body = 'x'.repeat(1000);
  // What one entry of plan 'p' counts: the answer's footprint and the cache's own key and record.
  const entryBytes = new CachedPlanResponse(body, '"1"').footprint + 2 + 128;
  const cache = new PlanResponseCache(3 * entryBytes, NO_KEYS);
  for (const state of [1, 2, 3]) cache.set('p', key(1n, 1, state), new CachedPlanResponse(body, '"1"'));
  t.equal(cache.size, 3);
  t.ok(cache.get('p', key(1n, 1, 1)), 'state 1 is now the most recently used');
  cache.set('p', key(1n, 1, 4), new CachedPlanResponse(body, '"1"'));
  t.equal(cache.size, 3);
  t.equal(cache.get('p', key(1n, 1, 2)), undefined, 'state 2 was the least recently used');
  t.ok(cache.get('p', key(1n, 1, 1)));
  t.ok(cache.bytes <= 3 * entryBytes);
  const huge = new PlanResponseCache(100, NO_KEYS);
  huge.set('p', key(1n, 1, 1), new CachedPlanResponse(body, '"1"'));
  t.equal(huge.size, 0, 'an answer larger than the whole cache is not kept');
});

t.test('a kept answer is compressed once per coding, and every form is the same JSON', async (t) => {
  const json = JSON.stringify({ tiltak: 'æøå '.repeat(500), emoji: '🙂' });
  const answer = new CachedPlanResponse(json, '"1"');
  const gzip = answer.encoded('gzip');
  t.equal(answer.encoded('gzip'), gzip, 'the same buffer the second time');
  t.equal(answer.encoded('br'), answer.encoded('br'));
  t.equal(gunzipSync(gzip).toString('utf8'), json);
  t.equal(brotliDecompressSync(answer.encoded('br')).toString('utf8'), json);
  t.equal(answer.identity().toString('utf8'), json);
  t.ok(answer.encoded('br').length < json.length / 10);
  t.ok(answer.footprint < json.length / 4, 'it is kept compressed');
});
