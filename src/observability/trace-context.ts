import { randomHex } from './random-hex.js';
import type { RemoteParent, SpanAttributes, TraceSpan, Tracing } from './tracing.js';

/** The W3C trace context of one request: the caller's trace (or a new one) and this server's span in it. */
export interface TraceContext {
  /** 32 lowercase hex digits; the caller's when it sent a valid `traceparent`, else new. */
  traceId: string;
  /** 16 hex digits: the span of this request on this server, new for every request. */
  spanId: string;
  /** The caller's span, when it sent one. */
  parentSpanId: string | null;
  /** The caller's sampled flag; true for a trace that starts here. */
  sampled: boolean;
  /** The request's span when traces are exported (OTEL_EXPORTER_OTLP_ENDPOINT), else null. */
  span: TraceSpan | null;
}

// version-traceid-parentid-flags (W3C Trace Context §3.2). Version ff is invalid; a later version may carry more
// fields after these, which a version-00 parser ignores.
const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;
const ALL_ZERO = /^0+$/;

/** The caller's trace from a `traceparent` header, or null when it is absent or malformed (a new trace starts). */
export function parseTraceparent(header: string | string[] | undefined): RemoteParent | null {
  if (typeof header !== 'string') return null;
  const match = TRACEPARENT.exec(header.trim());
  if (match === null) return null;
  const [, version, traceId, parentSpanId, flags, rest] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
    string | undefined,
  ];
  if (version === 'ff' || (version === '00' && rest !== undefined)) return null;
  if (ALL_ZERO.test(traceId) || ALL_ZERO.test(parentSpanId)) return null;
  return { traceId, parentSpanId, sampled: (Number.parseInt(flags, 16) & 1) === 1 };
}

/**
 * The context of a request: the caller's trace continued, or a new one, with a new span for this server. With
 * tracing on, that span is the exported one, so that log lines, correlation ids and the collector name the same
 * span.
 */
export function traceContextOf(
  header: string | string[] | undefined,
  tracing: Tracing | null = null,
  attributes?: SpanAttributes,
): TraceContext {
  const parent = parseTraceparent(header);
  if (tracing !== null) {
    const span = tracing.startRequest(parent, attributes ?? {});
    return {
      traceId: span.traceId,
      spanId: span.spanId,
      parentSpanId: parent?.parentSpanId ?? null,
      sampled: parent?.sampled ?? true,
      span,
    };
  }
  return {
    traceId: parent?.traceId ?? randomHex(16),
    spanId: randomHex(8),
    parentSpanId: parent?.parentSpanId ?? null,
    sampled: parent?.sampled ?? true,
    span: null,
  };
}

/**
 * The correlation id of the events a request appends: its trace id and its span, so that events are found by the
 * trace (a prefix) and still name one request each (DESIGN.md §2: one id per request).
 */
export function correlationIdOf(trace: TraceContext): string {
  return `${trace.traceId}-${trace.spanId}`;
}

/** The `traceparent` that names this server's span, for a response header or an outgoing call. */
export function traceparentOf(trace: TraceContext): string {
  return `00-${trace.traceId}-${trace.spanId}-${trace.sampled ? '01' : '00'}`;
}
