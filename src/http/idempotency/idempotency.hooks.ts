import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { canonicalJson } from '../../shared/index.js';
import { sendProblem } from '../error-handler.js';
import { problem } from '../problem.js';
import type { IdempotencyClaim, IdempotencyRecords } from './idempotency-records.js';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
export const REPLAYED_HEADER = 'idempotent-replayed';
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
// What a replay must repeat besides the body: what the client reads to follow up.
const KEPT_HEADERS = ['content-type', 'location', 'etag'] as const;

declare module 'fastify' {
  interface FastifyRequest {
    /** Set while this request holds an idempotency claim that its response must complete. */
    idempotencyClaim: { principalId: string; key: string; fingerprint: string } | null;
  }
}

/**
 * `Idempotency-Key` on commands (DESIGN.md §2): a retry with the same key, method, path, If-Match and body gets the
 * first response again with `Idempotent-Replayed: true` and appends nothing. Runs after authentication (keys are
 * per token) and validation (a refused body holds no key).
 */
export function registerIdempotency(app: FastifyInstance, store: IdempotencyRecords): void {
  app.decorateRequest('idempotencyClaim', null);

  // Resolved per route as it is registered: only a POST that writes takes a key, so no other request runs the hooks.
  app.addHook('onRoute', function idempotentWrites(route: RouteOptions) {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!methods.includes('POST') || route.config?.access !== 'write') return;
    route.preHandler = [...hooksOf(route.preHandler), claimIdempotencyKey];
    route.onSend = [...hooksOf(route.onSend), recordIdempotentResponse];
  });

  function claimIdempotencyKey(request: FastifyRequest, reply: FastifyReply, done: HookDone): void {
    const key = request.headers[IDEMPOTENCY_KEY_HEADER];
    const principal = request.principal;
    // A route may take POST and another method: only the POST takes a key.
    if (key === undefined || request.method !== 'POST' || principal === null) return done();
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
      sendProblem(
        reply,
        problem(
          400,
          'IDEMPOTENCY.INVALID_KEY',
          'Bad Request',
          'Idempotency-Key is 1 to 255 visible ASCII characters',
        ),
      );
      return;
    }
    const digest = fingerprint(request);
    const answer = store.claim(principal.id, key, digest);
    // The SQLite records answer at once; PostgreSQL's later, and its failure is the store's 503.
    if (answer instanceof Promise) {
      answer.then(
        (claim) => decide(claim),
        (error: unknown) => done(error instanceof Error ? error : new Error(String(error))),
      );
      return;
    }
    decide(answer);

    function decide(claim: IdempotencyClaim): void {
      const principalId = (principal as { id: string }).id;
      const claimedKey = key as string;
      switch (claim.kind) {
        case 'claimed':
          request.idempotencyClaim = { principalId, key: claimedKey, fingerprint: digest };
          return done();
        case 'replay':
          void reply
            .code(claim.response.status)
            .headers({ ...claim.response.headers, [REPLAYED_HEADER]: 'true' })
            .send(claim.response.body);
          return;
        case 'in-progress':
          void reply.header('retry-after', '1');
          sendProblem(
            reply,
            problem(
              409,
              'IDEMPOTENCY.IN_PROGRESS',
              'Conflict',
              'a request with this Idempotency-Key is in progress',
            ),
          );
          return;
        case 'key-reused':
          sendProblem(
            reply,
            problem(
              422,
              'IDEMPOTENCY.KEY_REUSED',
              'Unprocessable Content',
              'this Idempotency-Key was used for a different request; use a new key',
            ),
          );
          return;
        default: {
          const unreachable: never = claim;
          return unreachable;
        }
      }
    }
  }

  function recordIdempotentResponse(
    request: FastifyRequest,
    reply: FastifyReply,
    payload: unknown,
    done: (error: Error | null, payload: unknown) => void,
  ): void {
    const claim = request.idempotencyClaim;
    if (claim === null) return done(null, payload);
    request.idempotencyClaim = null;
    // A server failure is not an answer to keep: the client may retry with the same key. Nor is a 422 (the
    // command found the key's events from another request): it answers this request, not the key.
    if (reply.statusCode >= 500 || reply.statusCode === 422 || typeof payload !== 'string') {
      store.release(claim.principalId, claim.key);
    } else {
      const headers: Record<string, string> = {};
      for (const name of KEPT_HEADERS) {
        const value = reply.getHeader(name);
        if (value !== undefined) headers[name] = String(value);
      }
      store.complete(claim.principalId, claim.key, { status: reply.statusCode, headers, body: payload });
    }
    done(null, payload);
  }
}

type HookDone = (error?: Error) => void;

function hooksOf<Hook>(hooks: Hook | Hook[] | undefined): Hook[] {
  return hooks === undefined ? [] : Array.isArray(hooks) ? hooks : [hooks];
}

function fingerprint(request: FastifyRequest): string {
  const ifMatch = request.headers['if-match'] ?? '';
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${String(ifMatch)}\n${canonicalJson(request.body ?? null)}`)
    .digest('hex');
}
