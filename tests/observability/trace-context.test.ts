import t from 'tap';
import { correlationIdOf, parseTraceparent, traceContextOf } from '../../src/observability/trace-context.js';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';

t.test("a valid traceparent continues the caller's trace with a new span of ours", async (t) => {
  const trace = traceContextOf(`00-${TRACE_ID}-00f067aa0ba902b7-01`);
  t.equal(trace.traceId, TRACE_ID);
  t.equal(trace.parentSpanId, '00f067aa0ba902b7');
  t.match(trace.spanId, /^[0-9a-f]{16}$/);
  t.not(trace.spanId, '00f067aa0ba902b7');
  t.equal(trace.sampled, true);
  t.equal(traceContextOf(`00-${TRACE_ID}-00f067aa0ba902b7-00`).sampled, false, 'the sampled flag is kept');
});

t.test('a later version with more fields is read by its version-00 part', async (t) => {
  t.equal(parseTraceparent(`01-${TRACE_ID}-00f067aa0ba902b7-01-what-comes-next`)?.traceId, TRACE_ID);
});

t.test('a malformed traceparent starts a new trace rather than failing the request', async (t) => {
  for (const header of [
    'nonsense',
    `ff-${TRACE_ID}-00f067aa0ba902b7-01`,
    `00-${'0'.repeat(32)}-00f067aa0ba902b7-01`,
    `00-${TRACE_ID}-${'0'.repeat(16)}-01`,
    `00-${TRACE_ID.toUpperCase()}-00f067aa0ba902b7-01`,
    `00-${TRACE_ID}-00f067aa0ba902b7-01-extra`,
    ['a', 'b'],
    undefined,
  ]) {
    t.equal(parseTraceparent(header), null, String(header));
    const trace = traceContextOf(header);
    t.match(trace.traceId, /^[0-9a-f]{32}$/);
    t.not(trace.traceId, TRACE_ID);
    t.equal(trace.parentSpanId, null);
  }
});

t.test('two requests of one trace get correlation ids of their own that share the trace id', async (t) => {
  const header = `00-${TRACE_ID}-00f067aa0ba902b7-01`;
  const first = correlationIdOf(traceContextOf(header));
  const second = correlationIdOf(traceContextOf(header));
  t.not(first, second);
  t.ok(first.startsWith(`${TRACE_ID}-`) && second.startsWith(`${TRACE_ID}-`));
});
