import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { IdempotencyKeyReused, OutOfScope } from '../application/index.js';
import { AuditLogBroken } from '../audit/index.js';
import { CommandError, DOMAIN_ERROR_KINDS, DomainError, type DomainErrorCode } from '../domain/index.js';
import { TimelineError } from '../projections/index.js';
import { StoreUnavailable, VersionConflict } from '../store/index.js';
import { InvalidIfMatch } from './if-match.js';
import { InvalidCursor } from './paging.js';
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
      errors: error.validation.flatMap((issue) => fieldErrors(error.validationContext, issue)),
    });
  }
  if (error instanceof InvalidIfMatch) return problem(400, error.code, 'Bad Request', error.message);
  if (error instanceof OutOfScope) {
    return problem(403, error.code, 'Forbidden', error.message, { planId: error.planId });
  }
  if (error instanceof InvalidCursor) return problem(400, error.code, 'Bad Request', error.message);
  if (error instanceof TimelineError) {
    return problem(400, error.code, 'Bad Request', error.message, { details: error.details });
  }
  if (error instanceof DomainError) {
    const mapped = domainProblem(error as DomainError<string>);
    if (mapped !== null) return mapped;
  }
  if (error instanceof VersionConflict) {
    // With If-Match the client named a revision that no longer holds; without it the handler's retries ran out.
    if (request.headers['if-match'] !== undefined) {
      return problem(
        412,
        'PRECONDITION.REVISION_MISMATCH',
        'Precondition Failed',
        'If-Match does not name the current revision; read the resource again',
        {
          currentRevision: error.actual === 'no_stream' ? null : String(error.actual),
          currentETag: error.actual === 'no_stream' ? null : `"${String(error.actual)}"`,
        },
      );
    }
    return problem(
      409,
      'STORE.CONCURRENT_WRITE',
      'Conflict',
      'other writers kept changing this entity; retry',
    );
  }
  if (error instanceof AuditLogBroken) {
    return problem(503, error.code, 'Service Unavailable', error.message);
  }
  if (error instanceof IdempotencyKeyReused) {
    return problem(422, error.code, 'Unprocessable Content', error.message);
  }
  if (error instanceof StoreUnavailable) {
    return problem(503, 'STORE.UNAVAILABLE', 'Service Unavailable', 'the event store cannot be reached');
  }
  const status = error.statusCode ?? 500;
  if (status === 413) return problem(413, 'REQUEST.TOO_LARGE', 'Payload Too Large', error.message);
  if (status === 415)
    return problem(415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE', 'Unsupported Media Type', error.message);
  if (status === 429) return problem(429, 'REQUEST.RATE_LIMITED', 'Too Many Requests', error.message);
  if (status === 400 && error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return problem(400, 'REQUEST.INVALID_JSON', 'Bad Request', 'the body is not valid JSON');
  }
  if (status >= 400 && status < 500) {
    return problem(status, 'REQUEST.MALFORMED', 'Bad Request', error.message);
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

interface ValidationIssue {
  instancePath: string;
  message?: string | undefined;
  keyword: string;
  params: Record<string, unknown>;
}

/** One field error per field: an unknown key is named by its own path, so `?validat=` says `querystring.validat`. */
function fieldErrors(context: string | undefined, issue: ValidationIssue): FieldError[] {
  const at = [context, ...issue.instancePath.split('/').filter(Boolean)];
  const keys = issue.params.keys;
  if (issue.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
    return keys.map((key) => ({
      path: [...at, String(key)].join('.'),
      message: `unknown parameter ${String(key)}`,
      code: 'unrecognized_keys',
    }));
  }
  const expected = issue.params.expected;
  return [
    {
      path: at.join('.'),
      message: issue.message ?? 'invalid',
      code: issue.keyword,
      ...(Array.isArray(expected) ? { expected: expected.map(String) } : {}),
    },
  ];
}

type FieldError = NonNullable<Problem['errors']>[number];

const DOMAIN_STATUS = {
  invalid: [400, 'Bad Request'],
  'not-found': [404, 'Not Found'],
  rule: [409, 'Conflict'],
} as const;

/** A domain refusal keeps its own code; `internal` (stored data this code cannot read) falls through to 500. */
function domainProblem(error: DomainError<string>): Problem | null {
  const kind = Object.hasOwn(DOMAIN_ERROR_KINDS, error.code)
    ? DOMAIN_ERROR_KINDS[error.code as DomainErrorCode]
    : 'internal';
  if (kind === 'internal') return null;
  const [status, title] = DOMAIN_STATUS[kind];
  const extra: Partial<Problem> = {};
  if (error instanceof CommandError && error.issues.length > 0) {
    extra.errors = error.issues.map((issue) => ({
      path: `body.${issue.path}`,
      message: issue.message,
      code: issue.code,
    }));
  }
  const details = error.details === undefined ? {} : publicDetails(error.details);
  return problem(status, error.code, title, error.message, { ...details, ...extra });
}

/** Details that help a client (what was expected, what is there); the issues travel as errors[] instead. */
function publicDetails(details: Readonly<Record<string, unknown>>): Partial<Problem> {
  const { issues: _issues, ...rest } = details;
  return Object.keys(rest).length === 0 ? {} : { details: rest };
}
