import fastifyCors from '@fastify/cors';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import helmet from 'helmet';
import { REPLAYED_HEADER } from './idempotency/index.js';

export interface HttpSettings {
  /** Requests per minute per token (per IP before authentication); 0: no limit. */
  rateLimitPerMinute: number;
  /** Requests in progress past which new ones get 503 SERVER.OVERLOADED; 0 or absent: no limit. */
  maxInFlightRequests?: number | undefined;
  /** Origins allowed by CORS; absent: CORS is off (no CORS headers at all). */
  corsOrigins?: readonly string[] | undefined;
}

/**
 * Security headers on every response, from helmet. Registered before authentication, so that a 401 carries them
 * too. helmet's middleware is built once here and applied to each response as @fastify/helmet applies it: that
 * plugin builds it anew on every request (its buildHelmetOnRoutes), which cost 6% of a cached plan read.
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  const applyHeaders = helmet({
    contentSecurityPolicy: {
      // TLS ends in front of the service; forcing https here would break the docs page on a plain local start.
      directives: { upgradeInsecureRequests: null },
    },
  });
  app.addHook('onRequest', function securityHeaders(request, reply, done) {
    applyHeaders(request.raw, reply.raw, (error?: unknown) => {
      done(error instanceof Error ? error : undefined);
    });
  });
}

export async function registerCors(
  app: FastifyInstance,
  origins: readonly string[] | undefined,
): Promise<void> {
  if (origins === undefined || origins.length === 0) return;
  await app.register(fastifyCors, {
    origin: [...origins],
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: [
      'authorization',
      'content-type',
      'if-match',
      'idempotency-key',
      'x-request-id',
      'accept',
    ],
    exposedHeaders: ['etag', 'location', 'x-request-id', 'retry-after', 'x-next-after', REPLAYED_HEADER],
    maxAge: 600,
  });
}

/**
 * Per-token rate limit, keyed by the authenticated principal (so a shared NAT does not share a budget), or by IP
 * where no token applies. Registered after authentication: a request with a bad token is refused before it counts.
 */
export async function registerRateLimit(app: FastifyInstance, perMinute: number): Promise<void> {
  if (perMinute === 0) return;
  await app.register(fastifyRateLimit, {
    global: true,
    max: perMinute,
    timeWindow: 60_000,
    keyGenerator: function rateLimitKey(request: FastifyRequest) {
      return request.principal === null ? `ip:${request.ip}` : `token:${request.principal.id}`;
    },
    allowList: function isUnlimited(request: FastifyRequest) {
      return request.routeOptions.config.access === 'public';
    },
    errorResponseBuilder: function rateLimited(_request, context) {
      return {
        statusCode: 429,
        code: 'REQUEST.RATE_LIMITED',
        message: `rate limit of ${context.max} requests per minute reached; retry in ${context.after}`,
      };
    },
  });
}
