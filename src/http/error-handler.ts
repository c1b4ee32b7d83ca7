import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { StoreUnavailable, VersionConflict } from '../store/errors.js';
import { PROBLEM_CONTENT_TYPE, problem, type Problem } from './problem.js';

/** Maps every error to application/problem+json with a stable code; the stack of a 500 goes to the log only. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(function handleError(
    error: FastifyError,
    request: FastifyRequest,
    reply: FastifyReply,
  ) {
    const body = toProblem(error, request);
    if (body.status >= 500 && body.code === 'INTERNAL') request.log.error({ err: error }, 'unexpected error');
    else request.log.info({ code: body.code, status: body.status }, 'request refused');
    return sendProblem(reply, body);
  });

  app.setNotFoundHandler(function handleNotFound(request: FastifyRequest, reply: FastifyReply) {
    return sendProblem(
      reply,
      problem(404, 'ROUTE.NOT_FOUND', 'Not Found', `no route ${request.method} ${request.url.split('?')[0]}`),
    );
  });
}

/** Sends a problem on any reply, typed or not, and hands the same reply back so a handler can return it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any route's reply, whatever its schema types
export function sendProblem<Reply extends FastifyReply<any, any, any, any, any, any, any, any>>(
  reply: Reply,
  body: Problem,
): Reply {
  void reply.code(body.status).type(PROBLEM_CONTENT_TYPE).send(body);
  return reply;
}

function toProblem(error: FastifyError, request: FastifyRequest): Problem {
  if (hasZodFastifySchemaValidationErrors(error)) {
    return problem(400, 'REQUEST.VALIDATION_FAILED', 'Bad Request', 'the request does not match its schema', {
      errors: error.validation.map((issue) => ({
        path: [error.validationContext, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
        message: issue.message ?? 'invalid',
        code: issue.keyword,
      })),
    });
  }
  if (error instanceof VersionConflict) {
    return problem(412, 'TILTAK.REVISION_MISMATCH', 'Precondition Failed', error.message, {
      expectedRevision: String(error.expected),
      actualRevision: String(error.actual),
    });
  }
  if (error instanceof StoreUnavailable) {
    return problem(503, 'STORE.UNAVAILABLE', 'Service Unavailable', 'the event store cannot be reached');
  }
  const status = error.statusCode ?? 500;
  if (status === 413) return problem(413, 'REQUEST.TOO_LARGE', 'Payload Too Large', error.message);
  if (status === 415)
    return problem(415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE', 'Unsupported Media Type', error.message);
  if (status === 429) return problem(429, 'REQUEST.RATE_LIMITED', 'Too Many Requests', error.message);
  if (status >= 400 && status < 500) {
    return problem(status, `REQUEST.${error.code ?? 'INVALID'}`, 'Bad Request', error.message);
  }
  return problem(
    500,
    'INTERNAL',
    'Internal Server Error',
    `unexpected error; quote request id ${request.id}`,
    {
      requestId: request.id,
    },
  );
}
