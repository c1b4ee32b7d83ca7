import t from 'tap';
import { randomHex } from '../../src/observability/random-hex.js';

t.test('ids from the pool are hex of the asked length and differ, across refills of the pool', async (t) => {
  const seen = new Set<string>();
  // 4096 bytes a pool: 1,000 ids of 24 bytes take it through several refills, one id straddling none.
  for (let i = 0; i < 1000; i++) {
    const traceId = randomHex(16);
    const spanId = randomHex(8);
    t.match(traceId, /^[0-9a-f]{32}$/);
    t.match(spanId, /^[0-9a-f]{16}$/);
    seen.add(traceId);
    seen.add(spanId);
  }
  t.equal(seen.size, 2000, 'no id came twice');
});

t.test('more bytes than the pool holds are refused, not served short', async (t) => {
  t.throws(() => randomHex(4097), RangeError);
  t.match(randomHex(4096), /^[0-9a-f]{8192}$/);
});
