import {
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  TraceFlags,
  trace,
  type Span,
  type Tracer,
} from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { errorCode } from './instrumented-event-store.js';
import type { SpanAttributes, TraceSpan, Tracing } from './tracing.js';

export interface OtlpTracingOptions {
  /** The collector's base URL (OTEL_EXPORTER_OTLP_ENDPOINT); spans go to `<endpoint>/v1/traces`. */
  endpoint: string;
  serviceName: string;
}

const TRACER_NAME = 'samhandlingsplan';

/**
 * Spans sent to an OTLP collector over HTTP with JSON bodies, in batches from a queue (a slow or absent collector
 * costs dropped spans, never a slower request). No global provider, context manager or propagator is installed:
 * each span's parent is passed by hand, from the request's `traceparent` down to the append, so that nothing
 * else in the process changes behaviour when tracing is on.
 */
export function startOtlpTracing(options: OtlpTracingOptions): Tracing {
  const exporter = new OTLPTraceExporter({ url: tracesUrl(options.endpoint) });
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: options.serviceName }),
    spanProcessors: [new BatchSpanProcessor({ exporter })],
  });
  const tracer = provider.getTracer(TRACER_NAME);
  return {
    startRequest(parent, attributes) {
      const context =
        parent === null
          ? ROOT_CONTEXT
          : trace.setSpanContext(ROOT_CONTEXT, {
              traceId: parent.traceId,
              spanId: parent.parentSpanId,
              traceFlags: parent.sampled ? TraceFlags.SAMPLED : TraceFlags.NONE,
              isRemote: true,
            });
      return wrap(tracer, tracer.startSpan('HTTP request', { kind: SpanKind.SERVER, attributes }, context));
    },
    shutdown: () => provider.shutdown(),
  };
}

/** OTEL_EXPORTER_OTLP_ENDPOINT is a base URL: the exporter's own env reading appends the signal's path the same way. */
export function tracesUrl(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, '')}/v1/traces`;
}

function wrap(tracer: Tracer, span: Span): TraceSpan {
  const { traceId, spanId } = span.spanContext();
  return {
    traceId,
    spanId,
    child: (name: string, attributes?: SpanAttributes) =>
      wrap(
        tracer,
        tracer.startSpan(name, { kind: SpanKind.INTERNAL, attributes }, trace.setSpan(ROOT_CONTEXT, span)),
      ),
    setAttributes: (attributes: SpanAttributes) => void span.setAttributes(attributes),
    rename: (name: string) => void span.updateName(name),
    fail(error: unknown) {
      const code = typeof error === 'string' ? error : errorCode(error);
      span.setAttribute('error.type', code);
      span.setStatus({ code: SpanStatusCode.ERROR, message: code });
    },
    end: () => span.end(),
  };
}
