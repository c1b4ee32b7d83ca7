import { randomUUID } from 'node:crypto';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { FastifyBaseLogger } from 'fastify';
import {
  markDocumentationRoutesPublic,
  registerAuthentication,
  type Authenticator,
} from './authentication.js';
import { registerErrorHandling } from './error-handler.js';
import { registerHealthRoutes, type Readiness } from './health.routes.js';

export interface AppDependencies {
  logger: FastifyBaseLogger;
  readiness: Readiness;
  authenticator: Authenticator;
}

export const REQUEST_ID_HEADER = 'x-request-id';

/** Builds the fastify app; it only wires: each concern lives in its own module. */
export async function buildApp(dependencies: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: dependencies.logger,
    requestIdHeader: REQUEST_ID_HEADER,
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    requestTimeout: 30_000,
    connectionTimeout: 60_000,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRequest', function exposeRequestId(request, reply, done) {
    void reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
  registerErrorHandling(app);
  markDocumentationRoutesPublic(app, ['/docs', '/openapi.json']);
  registerAuthentication(app, dependencies.authenticator);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Samhandlingsplan',
        description:
          'The full history of collaboration action plans between a hospital trust and its municipalities: the plan now, on any date, as known at any instant, and who changed what when.',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, function openApiDocument() {
    return app.swagger();
  });

  registerHealthRoutes(app, dependencies.readiness);
  return app;
}
