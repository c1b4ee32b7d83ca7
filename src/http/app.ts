import { randomUUID } from 'node:crypto';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, validatorCompiler } from 'fastify-type-provider-zod';
import type { FastifyBaseLogger } from 'fastify';
import type { ApiDependencies } from './api-dependencies.js';
import {
  enforceAuthentication,
  markDocumentationRoutesPublic,
  registerAuthentication,
  type Authenticator,
} from './authentication.js';
import { answerClientError } from './client-error.js';
import { registerCompression } from './compression.js';
import { registerErrorHandling, sendProblem } from './error-handler.js';
import { problem } from './problem.js';
import { registerOverloadGuard, registerPerTokenConcurrencyLimit } from './overload.js';
import { registerPlanScope } from './plan-scope.js';
import { responseSerializerCompiler } from './response-serializer.js';
import { registerHealthRoutes, type Readiness } from './routes/health.routes.js';
import { registerMetricsRoute, registerRequestMetrics } from './metrics.routes.js';
import { registerRequestTrace, requestLoggingOptions } from './request-logging.js';
import type { ServiceMetrics, Tracing } from '../observability/index.js';
import { registerIdempotency, type IdempotencyRecords } from './idempotency/index.js';
import { registerAuditRoutes } from './routes/audit.routes.js';
import { registerEventRoutes } from './routes/events.routes.js';
import { registerPlanRoutes } from './routes/plans.routes.js';
import { registerReportRoutes } from './routes/reports.routes.js';
import { registerPartyRoutes } from './routes/parties.routes.js';
import { registerTiltakSearchRoutes } from './routes/tiltak-search.routes.js';
import { registerTiltakRoutes } from './routes/tiltak.routes.js';
import { registerMeRoute } from './routes/me.routes.js';
import { registerMinPosition } from './min-position.js';
import { registerWebAssets } from './web-assets.js';
import { registerOperationIds } from './operation-ids.js';
import { documentResponseHeaders } from './openapi-headers.js';
import { documentResponseExamples } from './openapi-examples.js';
import { registerStrictQueries } from './strict-query.js';
import { registerCors, registerRateLimit, registerSecurityHeaders, type HttpSettings } from './security.js';
import { registerWellFormedText } from './well-formed-text.js';

export interface AppDependencies {
  logger: FastifyBaseLogger;
  readiness: Readiness;
  authenticator: Authenticator;
  settings?: HttpSettings;
  /** Prometheus metrics, served at GET /metrics; absent, nothing is counted and the route does not exist. */
  metrics?: ServiceMetrics;
  /** Spans of each request exported (OTEL_EXPORTER_OTLP_ENDPOINT); absent, no span is made. */
  tracing?: Tracing;
  /** The resource routes; without them the app serves health and documentation only. */
  api?: ApiDependencies & { idempotency: IdempotencyRecords };
}

/** One registered route, as the OpenAPI test and operators see it. */
export interface RegisteredRoute {
  method: string;
  url: string;
  hidden: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered, in order (HEAD routes included). */
    registeredRoutes: readonly RegisteredRoute[];
  }
}

export const REQUEST_ID_HEADER = 'x-request-id';
export const BODY_LIMIT_BYTES = 1024 * 1024;
export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;
const DEFAULT_SETTINGS: HttpSettings = { rateLimitPerMinute: 0 };

const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

function requestIdOf(request: { headers: Record<string, string | string[] | undefined> }): string {
  const sent = request.headers[REQUEST_ID_HEADER];
  return typeof sent === 'string' && CLIENT_REQUEST_ID.test(sent) ? sent : randomUUID();
}

/** Builds the fastify app; it only wires: each concern lives in its own module. */
export async function buildApp(dependencies: AppDependencies): Promise<FastifyInstance> {
  const settings = dependencies.settings ?? DEFAULT_SETTINGS;
  const app = Fastify({
    loggerInstance: dependencies.logger,
    // A client's own X-Request-Id is kept only when it is short and plain; any other gets a fresh one, so that no
    // client can make the logs and the echoed header carry kilobytes or control characters.
    requestIdHeader: false,
    genReqId: requestIdOf,
    ...requestLoggingOptions(dependencies.tracing ?? null),
    bodyLimit: BODY_LIMIT_BYTES,
    // The whole request, body included, must arrive within this; checked every second rather than Node's 30 s,
    // so that slow senders are cut soon after their deadline (docs/reliability.md, "Slow bodies").
    requestTimeout: settings.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    http: {
      connectionsCheckingInterval: 1000,
      headersTimeout: settings.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    },
    connectionTimeout: 60_000,
    clientErrorHandler: answerClientError,
    // Errors the router raises before any route or hook runs still get a problem body with a stable code.
    frameworkErrors: function routerProblem(error, _request, reply) {
      const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
      sendProblem(
        reply,
        tooLong
          ? problem(
              414,
              'REQUEST.URI_TOO_LONG',
              'URI Too Long',
              'a path segment is longer than any id can be',
            )
          : problem(400, 'REQUEST.BAD_URL', 'Bad Request', 'the URL cannot be decoded'),
      );
    },
  });
  const registeredRoutes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', registeredRoutes);
  app.addHook('onRoute', function recordRoute(route) {
    for (const method of Array.isArray(route.method) ? route.method : [route.method]) {
      registeredRoutes.push({ method, url: route.url, hidden: route.schema?.hide === true });
    }
  });
  app.setValidatorCompiler(validatorCompiler);
  registerStrictQueries(app);
  registerOperationIds(app);
  // Fastify parses text/plain by default; every body here is JSON, so anything else is a 415.
  app.removeContentTypeParser('text/plain');
  app.setSerializerCompiler(responseSerializerCompiler);
  app.addHook('onRequest', function exposeRequestId(request, reply, done) {
    void reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
  registerErrorHandling(app);
  registerWellFormedText(app);
  registerRequestTrace(app, dependencies.tracing ?? null);
  if (dependencies.metrics) registerRequestMetrics(app, dependencies.metrics);
  markDocumentationRoutesPublic(app, ['/docs', '/openapi.json']);
  app.addHook('onRoute', function openPreflight(route) {
    // CORS preflight answers before any credentials are sent, by definition.
    if (route.method === 'OPTIONS' || (Array.isArray(route.method) && route.method.includes('OPTIONS'))) {
      route.config = { ...route.config, access: route.config?.access ?? 'public' };
    }
  });
  registerSecurityHeaders(app);
  await registerCors(app, settings.corsOrigins);
  await registerCompression(app);
  registerOverloadGuard(app, settings.maxInFlightRequests ?? 0);
  registerAuthentication(app, dependencies.authenticator);
  await registerRateLimit(app, settings.rateLimitPerMinute);
  enforceAuthentication(app);
  registerPerTokenConcurrencyLimit(app, settings.maxInFlightPerToken ?? 0);
  if (dependencies.api) registerIdempotency(app, dependencies.api.idempotency);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Samhandlingsplan',
        description:
          'The full history of collaboration action plans between a hospital trust and its municipalities: the plan now, on any date, as known at any instant, and who changed what when. Errors are application/problem+json with a stable `code`.',
        version: '0.1.0',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      // Relative: the document is served by the API it describes, wherever that is deployed.
      servers: [{ url: '/', description: 'The server that serves this document' }],
      components: {
        securitySchemes: {
          bearerAuth: {
            type: 'http',
            scheme: 'bearer',
            description: 'A token from `npm run token -- create`; roles reader, editor, auditor, admin.',
          },
        },
      },
      tags: [
        { name: 'plans', description: 'Plans, their structure, timeline and diff' },
        { name: 'tiltak', description: 'Tiltak (measures) and the commands that change them' },
        { name: 'events', description: 'Retractions and the raw event feed' },
        { name: 'reports', description: 'Tabular reports, JSON or CSV' },
        { name: 'audit', description: 'Who changed what when; hash-chain verification' },
        { name: 'health', description: 'Liveness and readiness' },
        { name: 'auth', description: 'Who the token is' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: (input) =>
      documentResponseExamples(documentResponseHeaders(jsonSchemaTransformObject(input))),
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/docs',
    staticCSP: true,
    transformStaticCSP: (header) => header.replace(/\s*upgrade-insecure-requests;?/, ''),
  });
  app.get('/openapi.json', { schema: { hide: true } }, function openApiDocument() {
    return app.swagger();
  });

  registerHealthRoutes(app, dependencies.readiness);
  if (dependencies.metrics) registerMetricsRoute(app, dependencies.metrics);
  registerWebAssets(app);
  if (dependencies.api) {
    const api = dependencies.api;
    await app.register(function resourceRoutes(scope, _options, done) {
      registerPlanScope(scope, api.readModel);
      registerMinPosition(scope, api.readModel);
      registerPlanRoutes(scope, api);
      registerTiltakRoutes(scope, api);
      registerTiltakSearchRoutes(scope, api);
      registerPartyRoutes(scope, api);
      registerEventRoutes(scope, api);
      registerReportRoutes(scope, api);
      registerAuditRoutes(scope, api);
      registerMeRoute(scope);
      done();
    });
  }
  return app;
}
