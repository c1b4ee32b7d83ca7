import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  roleMay,
  type Permission,
  isExpired,
  type ExpiredToken,
  type TokenRegistry,
  type Principal,
} from '../auth/index.js';
import { sendProblem } from './error-handler.js';
import { problem, type Problem } from './problem.js';

/** What a route needs; `public` routes (health, docs) need no credentials. Every route must say which. */
export type Access = Permission | 'public';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    /** The authenticated caller; set on every non-public route before its handler runs. */
    principal: Principal | null;
    /** Who the valid token names, kept for the request's log line even when the role is refused (403). */
    caller: Pick<Principal, 'id' | 'role'> | null;
    /** Why the credentials were refused; answered once the rate limit has counted the request. */
    authenticationRefusal: Problem | null;
  }
}

/** What authentication needs of the token registry. */
export type Authenticator = Pick<TokenRegistry, 'authenticate'>;

const BEARER = /^Bearer +([^\s]+) *$/i;

/**
 * Bearer-token authentication and role checks. A route registered without an `access` setting answers 500: that is
 * a programming error, and failing closed keeps it from being silently left open. A refusal (401, 403) is only
 * noted here and answered by `enforceAuthentication`, registered after the rate limit: so requests without valid
 * credentials are counted per address too.
 */
export function registerAuthentication(app: FastifyInstance, authenticator: Authenticator): void {
  app.decorateRequest('principal', null);
  app.decorateRequest('caller', null);
  app.decorateRequest('authenticationRefusal', null);
  app.addHook('onRequest', function authenticate(request: FastifyRequest, reply: FastifyReply, done) {
    const access = request.routeOptions.config.access;
    // Unknown URLs have no route; let the not-found handler answer them.
    if (access === 'public' || request.routeOptions.url === undefined) return done();
    if (access === undefined) {
      sendProblem(reply, problem(500, 'INTERNAL', 'Internal Server Error', 'route has no access rule'));
      return;
    }
    const permission: Permission = access;
    const header = request.headers.authorization;
    const token = header === undefined ? undefined : BEARER.exec(header)?.[1];
    const answer = token === undefined ? null : authenticator.authenticate(token);
    // The SQLite registry answers at once; PostgreSQL's answers later, and its failure is the store's 503.
    if (answer instanceof Promise) {
      answer.then(
        (found) => decide(found),
        (error: unknown) => done(error instanceof Error ? error : new Error(String(error))),
      );
      return;
    }
    decide(answer);

    function decide(found: Principal | ExpiredToken | null): void {
      if (isExpired(found)) {
        void reply.header('www-authenticate', 'Bearer realm="samhandlingsplan", error="invalid_token"');
        sendProblem(
          reply,
          problem(401, 'AUTH.TOKEN_EXPIRED', 'Unauthorized', 'the token has expired; ask for a new one', {
            expiresAt: found.expiresAt,
          }),
        );
        return;
      }
      const principal = found;
      if (principal === null) {
        request.authenticationRefusal = problem(
          401,
          header === undefined ? 'AUTH.MISSING_TOKEN' : 'AUTH.INVALID_TOKEN',
          'Unauthorized',
          header === undefined
            ? 'send Authorization: Bearer <token>'
            : 'the token is not valid (unknown, revoked or malformed)',
        );
        return done();
      }
      request.principal = principal;
      request.caller = { id: principal.id, role: principal.role };
      if (!roleMay(principal.role, permission)) {
        request.authenticationRefusal = problem(
          403,
          'AUTH.FORBIDDEN',
          'Forbidden',
          `the role ${principal.role} may not ${describe(permission)}`,
        );
      }
      done();
    }
  });
}

/**
 * Answers the refusals `registerAuthentication` noted. The rate limit runs as each route's own onRequest hook;
 * this one is added to each route after it (register it after the rate limit), so the refused are counted first.
 */
export function enforceAuthentication(app: FastifyInstance): void {
  app.addHook('onRoute', function refuseAfterRateLimit(route) {
    const own = route.onRequest;
    route.onRequest = [...(own === undefined ? [] : Array.isArray(own) ? own : [own]), refuseUnauthenticated];
  });
}

function refuseUnauthenticated(request: FastifyRequest, reply: FastifyReply, done: () => void): void {
  const refusal = request.authenticationRefusal;
  if (refusal === null) return done();
  // A 403 keeps no principal: nothing after this may act for a caller who may not.
  request.principal = null;
  if (refusal.status === 401) void reply.header('www-authenticate', 'Bearer realm="samhandlingsplan"');
  sendProblem(reply, refusal);
}

function describe(permission: Permission): string {
  switch (permission) {
    case 'read':
      return 'read plans and reports';
    case 'write':
      return 'change plans';
    case 'audit':
      return 'read the audit trail and event feed';
    default: {
      const unreachable: never = permission;
      return unreachable;
    }
  }
}

/** Marks the routes that plugins register for the documentation (Swagger UI, its assets) as public. */
export function markDocumentationRoutesPublic(app: FastifyInstance, prefixes: readonly string[]): void {
  app.addHook('onRoute', function openDocumentation(route) {
    if (prefixes.some((prefix) => route.url === prefix || route.url.startsWith(`${prefix}/`))) {
      route.config = { ...route.config, access: route.config?.access ?? 'public' };
    }
  });
}
