import { z } from 'zod';
import { problem, type Problem } from './problem.js';
import { ProblemSchema } from './schemas/problem.schema.js';

/** The error statuses this API answers, each with what it means and the codes a client may see. */
const PROBLEM_DESCRIPTIONS = {
  400: 'Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY`',
  401: 'No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED`',
  403: "The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE`",
  404: 'Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names',
  409: 'A domain rule refuses the command (`TILTAK.REOPEN_NEEDS_REASON`, `TILTAK.NO_CHANGE`, …), `STORE.CONCURRENT_WRITE`, or `IDEMPOTENCY.IN_PROGRESS`',
  412: 'If-Match does not name the current revision: `PRECONDITION.REVISION_MISMATCH`',
  413: 'The body exceeds 1 MiB: `REQUEST.TOO_LARGE`',
  415: 'The body is not application/json: `REQUEST.UNSUPPORTED_MEDIA_TYPE`',
  422: 'The Idempotency-Key was used for a different request: `IDEMPOTENCY.KEY_REUSED`',
  429: 'Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After)',
  500: 'Unexpected error: `INTERNAL` with the request id to quote',
  503: 'Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After)',
} as const;

export type ProblemStatus = keyof typeof PROBLEM_DESCRIPTIONS;

/**
 * One problem per status as the API words it (the texts of error-handler.ts, authentication.ts and their kin),
 * the example of every error response in the OpenAPI document.
 */
export const PROBLEM_EXAMPLES: Record<ProblemStatus, Problem> = {
  400: problem(400, 'REQUEST.VALIDATION_FAILED', 'Bad Request', 'validat: unknown query parameter', {
    errors: [{ path: 'validat', message: 'unknown query parameter', code: 'unrecognized_keys' }],
  }),
  401: problem(401, 'AUTH.MISSING_TOKEN', 'Unauthorized', 'send Authorization: Bearer <token>'),
  403: problem(403, 'AUTH.FORBIDDEN', 'Forbidden', 'the role reader may not change plans'),
  404: problem(404, 'PLAN.NOT_FOUND', 'Not Found', 'no plan nope at that point'),
  409: problem(409, 'TILTAK.NO_CHANGE', 'Conflict', 'the revision changes nothing'),
  412: problem(
    412,
    'PRECONDITION.REVISION_MISMATCH',
    'Precondition Failed',
    'If-Match does not name the current revision; read the resource again',
    { currentRevision: '4', currentETag: '"4"' },
  ),
  413: problem(413, 'REQUEST.TOO_LARGE', 'Payload Too Large', 'Request body is too large'),
  415: problem(
    415,
    'REQUEST.UNSUPPORTED_MEDIA_TYPE',
    'Unsupported Media Type',
    'Unsupported Media Type: text/plain',
  ),
  422: problem(
    422,
    'IDEMPOTENCY.KEY_REUSED',
    'Unprocessable Content',
    'this Idempotency-Key was used for a different request; use a new key',
  ),
  429: problem(
    429,
    'REQUEST.RATE_LIMITED',
    'Too Many Requests',
    'rate limit of 600 requests per minute reached; retry in 1 second',
  ),
  500: problem(500, 'INTERNAL', 'Internal Server Error', 'unexpected error; quote request id req-1', {
    requestId: 'req-1',
  }),
  503: problem(503, 'SERVER.OVERLOADED', 'Service Unavailable', 'more than 256 requests in progress'),
};

function problemResponse(status: ProblemStatus) {
  return {
    description: PROBLEM_DESCRIPTIONS[status],
    content: { 'application/problem+json': { schema: ProblemSchema } },
  };
}

function responses<const Statuses extends readonly ProblemStatus[]>(statuses: Statuses) {
  return Object.fromEntries(statuses.map((status) => [status, problemResponse(status)])) as {
    [Status in Statuses[number]]: ReturnType<typeof problemResponse>;
  };
}

/** Error responses of a read (a state, a report). */
export function readErrors() {
  return responses([400, 401, 403, 404, 429, 500, 503] as const);
}

/** Error responses of a read that has no single subject to be missing (lists, reports, feeds). */
export function listErrors() {
  return responses([400, 401, 403, 429, 500, 503] as const);
}

/** Error responses of a route open to everyone: no token, so no 401 or 403. */
export function publicErrors() {
  return responses([400, 429, 500, 503] as const);
}

/** Error responses of a command. */
export function commandErrors() {
  return responses([400, 401, 403, 404, 409, 412, 413, 415, 422, 429, 500, 503] as const);
}

/** The security requirement of every non-public route. */
export const BEARER = [{ bearerAuth: [] }];

/** The answer to a read whose `If-None-Match` names the current ETag: no body. */
export const notModified = {
  304: z.null().meta({ description: 'Not Modified: the ETag sent in If-None-Match still names the answer' }),
};
