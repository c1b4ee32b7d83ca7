import type { IncomingMessage } from 'node:http';
import {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import type { FastifyChildLoggerFactory } from 'fastify/types/logger.js';
import { redactUrl, traceContextOf, type TraceContext } from '../observability/index.js';
import type { Tracing } from '../observability/index.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The W3C trace context: the caller's `traceparent` honoured, else a new trace. */
    trace: TraceContext;
  }
}

const TRACEPARENT_HEADER = 'traceparent';
// Probes arrive every few seconds from an orchestrator; at info they would drown the lines that matter.
const QUIET_PREFIX = '/health/';

/** The trace context of each raw request, made once: the request's logger is created before any hook runs. */
const traces = new WeakMap<IncomingMessage, TraceContext>();

function traceOf(raw: IncomingMessage, tracing: Tracing | null): TraceContext {
  let trace = traces.get(raw);
  if (trace === undefined) {
    trace =
      tracing === null
        ? traceContextOf(raw.headers[TRACEPARENT_HEADER])
        : traceContextOf(raw.headers[TRACEPARENT_HEADER], tracing, requestSpanAttributes(raw));
    traces.set(raw, trace);
  }
  return trace;
}

/** What is known of a request before routing; the path without its query, which may carry a search's text. */
function requestSpanAttributes(raw: IncomingMessage) {
  const path = redactUrl(raw.url ?? '/');
  const queryStart = path.indexOf('?');
  return {
    'http.request.method': raw.method ?? 'GET',
    'url.path': queryStart === -1 ? path : path.slice(0, queryStart),
  };
}

function requestLoggerOf(tracing: Tracing | null): FastifyChildLoggerFactory {
  return function requestLogger(logger, bindings, options, raw): FastifyBaseLogger {
    const trace = traceOf(raw, tracing);
    return new RequestLogger(logger, { ...bindings, traceId: trace.traceId, spanId: trace.spanId }, options);
  };
}

type LevelName = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
type Bindings = Parameters<FastifyBaseLogger['child']>[0];
type ChildOptions = Parameters<FastifyBaseLogger['child']>[1];

/** Whether `logger` writes lines of `level`; a logger that cannot say is taken to write them. */
export function writesAt(logger: FastifyBaseLogger, level: LevelName): boolean {
  const asked = (logger as { isLevelEnabled?: (level: string) => boolean }).isLevelEnabled;
  return typeof asked !== 'function' || asked.call(logger, level);
}

/**
 * The request's logger, made a child of the server's only when a line is written: pino's child serialises its
 * bindings when made, which is spent for nothing at a level that writes no
 * line of the request (LOG_LEVEL=warn with no warning, silent). A line is written exactly as the child would.
 */
class RequestLogger implements FastifyBaseLogger {
  #child: FastifyBaseLogger | null = null;

  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly bindings: Bindings,
    private readonly options: ChildOptions,
  ) {}

  get level(): string {
    return (this.#child ?? this.parent).level;
  }

  set level(level: string) {
    this.#real().level = level;
  }

  isLevelEnabled(level: LevelName): boolean {
    return writesAt(this.#child ?? this.parent, level);
  }

  #real(): FastifyBaseLogger {
    this.#child ??= this.parent.child(this.bindings, this.options);
    return this.#child;
  }

  #at(level: LevelName, args: unknown[]): void {
    if (this.#child === null && !writesAt(this.parent, level)) return;
    this.#real()[level](...(args as [string]));
  }

  fatal(...args: unknown[]): void {
    this.#at('fatal', args);
  }
  error(...args: unknown[]): void {
    this.#at('error', args);
  }
  warn(...args: unknown[]): void {
    this.#at('warn', args);
  }
  info(...args: unknown[]): void {
    this.#at('info', args);
  }
  debug(...args: unknown[]): void {
    this.#at('debug', args);
  }
  trace(...args: unknown[]): void {
    this.#at('trace', args);
  }
  silent(): void {}

  child(bindings: Bindings, options?: ChildOptions): FastifyBaseLogger {
    return this.#real().child(bindings, options);
  }
}

/**
 * fastify's own request lines, rewritten: the arrival at debug; the answer naming the caller by principal id and
 * role (never the token), at debug for health probes and at info otherwise. fastify's other lines (errors of its
 * default handler, streams, serializers) are kept as they are.
 */
class RequestLogController extends LogController {
  // Each line's object is built only when its level is written: per request, not for nothing.
  override incomingRequest(request: FastifyRequest): void {
    if (!writesAt(request.log, 'debug')) return;
    request.log.debug({ req: { method: request.method, url: request.url } }, 'incoming request');
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (error) {
      reply.log.error({ ...completion(request, reply), err: error }, 'request errored');
      return;
    }
    const level = request.url.startsWith(QUIET_PREFIX) ? 'debug' : 'info';
    if (!writesAt(reply.log, level)) return;
    reply.log[level](completion(request, reply), 'request completed');
  }
}

/**
 * The fastify options for request logs: every line a request logs carries its trace id and span. With tracing,
 * the request's span starts here, as fastify makes the request's logger before any hook runs.
 */
export function requestLoggingOptions(tracing: Tracing | null = null) {
  return { childLoggerFactory: requestLoggerOf(tracing), logController: new RequestLogController() };
}

/**
 * Gives every request its trace context (docs/deployment.md, "Operating it"); with tracing, ends the request's
 * span when the answer has gone (or the client gave up), named by the route.
 */
export function registerRequestTrace(app: FastifyInstance, tracing: Tracing | null = null): void {
  app.decorateRequest('trace', null as unknown as TraceContext);
  app.addHook('onRequest', function startTrace(request, _reply, done) {
    request.trace = traceOf(request.raw, tracing);
    done();
  });
  if (tracing === null) return;
  app.addHook('onResponse', function endRequestSpan(request, reply, done) {
    endSpan(request, reply.statusCode);
    done();
  });
  app.addHook('onRequestAbort', function endAbortedSpan(request, done) {
    endSpan(request, null);
    done();
  });
}

function endSpan(request: FastifyRequest, statusCode: number | null): void {
  const span = request.trace.span;
  if (span === null) return;
  const route = request.routeOptions.url;
  if (route !== undefined) {
    span.rename(`${request.method} ${route}`);
    span.setAttributes({ 'http.route': route });
  }
  if (statusCode === null) span.fail('aborted');
  else {
    span.setAttributes({ 'http.response.status_code': statusCode });
    // OpenTelemetry's HTTP conventions: a server span fails on a 5xx only; a 4xx is the client's.
    if (statusCode >= 500) span.fail(String(statusCode));
  }
  span.end();
  request.trace.span = null;
}

function completion(request: FastifyRequest, reply: FastifyReply): object {
  const principal = request.caller;
  return {
    req: { method: request.method, url: request.url, route: request.routeOptions.url ?? null },
    res: { statusCode: reply.statusCode },
    responseTime: Math.round(reply.elapsedTime * 10) / 10,
    principal: principal === null ? null : { id: principal.id, role: principal.role },
  };
}
