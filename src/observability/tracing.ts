/**
 * The tracing port: what the request path, the command handler and the projection wait need of a tracer. Only
 * types live here, so that a module naming them loads nothing of OpenTelemetry; the implementation
 * (otlp-tracing.ts) is imported only when OTEL_EXPORTER_OTLP_ENDPOINT is set (docs/deployment.md, "Traces").
 */

export type SpanAttributes = Readonly<Record<string, string | number | boolean>>;

/** One span, started; it is ended once, by whoever started it. */
export interface TraceSpan {
  /** 32 lowercase hex digits. */
  readonly traceId: string;
  /** 16 lowercase hex digits. */
  readonly spanId: string;
  /** A span inside this one, started now. */
  child(name: string, attributes?: SpanAttributes): TraceSpan;
  setAttributes(attributes: SpanAttributes): void;
  /** Names the span, once what it is is known (a request's route). */
  rename(name: string): void;
  /**
   * Marks the span failed, named by the error's stable code (never its message, which may carry a body's text),
   * or by the string given (an HTTP status).
   */
  fail(error: unknown): void;
  end(): void;
}

/** The caller's span a request continues, from its `traceparent`. */
export interface RemoteParent {
  traceId: string;
  parentSpanId: string;
  sampled: boolean;
}

export interface Tracing {
  /** The server span of one request: a child of the caller's span when it sent one, else a new trace. */
  startRequest(parent: RemoteParent | null, attributes: SpanAttributes): TraceSpan;
  /** Sends the spans not sent yet and stops; called once at shutdown. */
  shutdown(): Promise<void>;
}
