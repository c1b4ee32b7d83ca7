import type { FastifyInstance } from 'fastify';
import { sendProblem } from './error-handler.js';
import { problem } from './problem.js';

/** Seconds a client told the server is overloaded waits before it tries again. */
export const OVERLOAD_RETRY_AFTER_SECONDS = 1;

/**
 * Past `limit` requests in progress, a new one is refused at once with 503 `SERVER.OVERLOADED` and Retry-After,
 * instead of joining a queue that only grows: what is admitted keeps its latency, memory stays bounded, and the
 * server recovers as soon as the load drops. Health routes are never refused (the orchestrator must see the
 * service alive). 0 turns the guard off.
 */
export function registerOverloadGuard(app: FastifyInstance, limit: number): void {
  if (limit === 0) return;
  let inFlight = 0;
  app.addHook('onRequest', function admitRequest(request, reply, done) {
    if (request.url.startsWith('/health')) {
      done();
      return;
    }
    if (inFlight >= limit) {
      void reply.header('retry-after', String(OVERLOAD_RETRY_AFTER_SECONDS));
      sendProblem(
        reply,
        problem(503, 'SERVER.OVERLOADED', 'Service Unavailable', `more than ${limit} requests in progress`),
      );
      return;
    }
    inFlight += 1;
    // Released once per admitted request, whether it was answered or its client went away.
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      inFlight -= 1;
    };
    reply.raw.once('finish', release);
    reply.raw.once('close', release);
    done();
  });
}
