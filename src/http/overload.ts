import type { FastifyInstance, FastifyReply } from 'fastify';
import { sendProblem } from './error-handler.js';
import { problem } from './problem.js';

/** Seconds a client told the server is overloaded waits before it tries again. */
export const OVERLOAD_RETRY_AFTER_SECONDS = 1;

/**
 * Past `limit` requests in progress, a new one is refused at once with 503 `SERVER.OVERLOADED` and Retry-After,
 * instead of joining a queue that only grows: what is admitted keeps its latency, memory stays bounded, and the
 * server recovers as soon as the load drops. Health routes are never refused (the orchestrator must see the
 * service alive). 0 turns the guard off.
 *
 * A request counts only once its body is in and it can run (preValidation): a client that sends its body slowly
 * holds a socket, bounded by the request timeout, but never a slot that others need.
 */
export function registerOverloadGuard(app: FastifyInstance, limit: number): void {
  if (limit === 0) return;
  let inFlight = 0;
  app.addHook('preValidation', function admitRequest(request, reply, done) {
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
    releaseWhenDone(reply, () => (inFlight -= 1));
    done();
  });
}

/**
 * Past `limit` requests of one token in progress, its next is refused with 429 `REQUEST.TOO_MANY_CONCURRENT`, so
 * that one client (or one leaked token) cannot take every slot of the server from the others. Counted like the
 * overload guard, once the request can run. 0 turns it off.
 */
export function registerPerTokenConcurrencyLimit(app: FastifyInstance, limit: number): void {
  if (limit === 0) return;
  const inFlight = new Map<string, number>();
  app.addHook('preValidation', function admitForToken(request, reply, done) {
    const principal = request.principal;
    if (principal === null) return done();
    const running = inFlight.get(principal.id) ?? 0;
    if (running >= limit) {
      void reply.header('retry-after', String(OVERLOAD_RETRY_AFTER_SECONDS));
      sendProblem(
        reply,
        problem(
          429,
          'REQUEST.TOO_MANY_CONCURRENT',
          'Too Many Requests',
          `more than ${limit} requests of this token in progress`,
        ),
      );
      return;
    }
    inFlight.set(principal.id, running + 1);
    releaseWhenDone(reply, () => {
      const left = (inFlight.get(principal.id) ?? 1) - 1;
      if (left === 0) inFlight.delete(principal.id);
      else inFlight.set(principal.id, left);
    });
    done();
  });
}

/** Runs `release` once per admitted request, whether it was answered or its client went away. */
function releaseWhenDone(reply: FastifyReply, release: () => void): void {
  let released = false;
  const once = () => {
    if (released) return;
    released = true;
    release();
  };
  reply.raw.once('finish', once);
  reply.raw.once('close', once);
}
