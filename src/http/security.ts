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
  /** Requests of one token in progress past which its next gets 429 REQUEST.TOO_MANY_CONCURRENT; 0: no limit. */
  maxInFlightPerToken?: number | undefined;
  /** Time for a whole request (headers and body) to arrive, else 408 REQUEST.TIMEOUT; default 15 s. */
  requestTimeoutMs?: number | undefined;
  /** Origins allowed by CORS; absent: CORS is off (no CORS headers at all). */
  corsOrigins?: readonly string[] | undefined;
}

/**
 * Security headers on every response, from helmet. Registered before authentication, so that a 401 carries them
 * too. helmet's headers do not depend on the request with this configuration (no per-request nonce), so its
 * middleware runs once at start against a recording response, and every request gets the recorded headers in one
 * `reply.headers` call: running helmet per request (a dozen validated setHeader calls) was 8% of a command's CPU.
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  const headers = helmetHeaders(
    helmet({
      contentSecurityPolicy: {
        // TLS ends in front of the service; forcing https here would break the docs page on a plain local start.
        directives: { upgradeInsecureRequests: null },
      },
    }),
  );
  app.addHook('onRequest', function securityHeaders(_request, reply, done) {
    void reply.headers(headers);
    done();
  });
}

type HelmetMiddleware = ReturnType<typeof helmet>;

/** The headers helmet sets, recorded from one run of its middleware (it sets them synchronously). */
export function helmetHeaders(middleware: HelmetMiddleware): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: unknown) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    // Only X-Powered-By, which neither Node nor fastify sets.
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  middleware(
    {} as Parameters<HelmetMiddleware>[0],
    recorder as unknown as Parameters<HelmetMiddleware>[1],
    (error?: unknown) => {
      if (error !== undefined)
        throw error instanceof Error ? error : new Error('helmet refused its settings');
    },
  );
  if (Object.keys(headers).length === 0) throw new Error('helmet set no header when it was recorded');
  return headers;
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
      'x-min-position',
      'accept',
    ],
    exposedHeaders: [
      'etag',
      'location',
      'x-request-id',
      'retry-after',
      'x-next-after',
      'link',
      REPLAYED_HEADER,
    ],
    maxAge: 600,
  });
}

/**
 * Per-token rate limit, keyed by the authenticated principal (so a shared NAT does not share a budget), or by IP
 * where no valid token applies. Registered between authentication, which notes who asks, and
 * enforceAuthentication, which refuses: so a request with a missing or bad token counts against its address.
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
