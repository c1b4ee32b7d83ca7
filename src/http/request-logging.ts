import type { IncomingMessage } from 'node:http';
import {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import type { FastifyChildLoggerFactory } from 'fastify/types/logger.js';
import { traceContextOf, type TraceContext } from '../observability/trace-context.js';

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

function traceOf(raw: IncomingMessage): TraceContext {
  let trace = traces.get(raw);
  if (trace === undefined) {
    trace = traceContextOf(raw.headers[TRACEPARENT_HEADER]);
    traces.set(raw, trace);
  }
  return trace;
}

const requestLogger: FastifyChildLoggerFactory = function requestLogger(
  logger,
  bindings,
  options,
  raw,
): FastifyBaseLogger {
  const trace = traceOf(raw);
  return logger.child({ ...bindings, traceId: trace.traceId, spanId: trace.spanId }, options);
};

/**
 * fastify's own request lines, rewritten: the arrival at debug; the answer naming the caller by principal id and
 * role (never the token), at debug for health probes and at info otherwise. fastify's other lines (errors of its
 * default handler, streams, serializers) are kept as they are.
 */
class RequestLogController extends LogController {
  override incomingRequest(request: FastifyRequest): void {
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
    const quiet = request.url.startsWith(QUIET_PREFIX);
    reply.log[quiet ? 'debug' : 'info'](completion(request, reply), 'request completed');
  }
}

/** The fastify options for request logs: every line a request logs carries its trace id and span. */
export function requestLoggingOptions() {
  return { childLoggerFactory: requestLogger, logController: new RequestLogController() };
}

/** Gives every request its trace context (docs/deployment.md, "Operating it"). */
export function registerRequestTrace(app: FastifyInstance): void {
  app.decorateRequest('trace', null as unknown as TraceContext);
  app.addHook('onRequest', function startTrace(request, _reply, done) {
    request.trace = traceOf(request.raw);
    done();
  });
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
