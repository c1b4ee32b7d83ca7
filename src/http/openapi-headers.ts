/**
 * The response headers the API sends, added to the OpenAPI document after the routes' schemas are turned into it:
 * a zod response schema describes a body only, and the headers follow from what kind of operation it is, so one
 * place states them for all (docs/api.md says when each is sent).
 */

interface HeaderObject {
  description: string;
  schema: Record<string, unknown>;
}

interface ResponseObject {
  description?: string;
  headers?: Record<string, HeaderObject>;
  [key: string]: unknown;
}

interface OperationObject {
  security?: unknown[];
  parameters?: { name: string; in: string }[];
  responses?: Record<string, ResponseObject>;
  [key: string]: unknown;
}

const text = { type: 'string' };

const HEADERS = {
  etagOfWrite: {
    description: 'The new revision of the stream written to, for the next If-Match: `"4"`',
    schema: { ...text, example: '"4"' },
  },
  etagOfRead: {
    description:
      'The revision known at knownAt, then the numbers that name this answer: `"25.1207.310.296"`. Send it as If-None-Match for a 304, or its first number as If-Match of a command.',
    schema: { ...text, example: '"25.1207.310.296"' },
  },
  location: {
    description: 'Where what was created is read: `/plans/{planId}` or `/tiltak/{tiltakId}`',
    schema: { ...text, example: '/tiltak/ahus-apen-dialog-nettverksmoter' },
  },
  replayed: {
    description: 'true: the answer of an earlier request with the same Idempotency-Key; nothing was appended',
    schema: { type: 'string', enum: ['true'] },
  },
  projectionPending: {
    description:
      "true: the write is stored but this instance's projections had not applied it within 5 s; a read may not show it yet",
    schema: { type: 'string', enum: ['true'] },
  },
  retryAfter: {
    description: 'Seconds to wait before trying again',
    schema: { type: 'integer', minimum: 0, example: 1 },
  },
  link: {
    description: 'The next page, when there is one: `<…>; rel="next"` (also `next` in the body)',
    schema: { ...text, example: '</tiltak?cursor=NTA6YWh1cy1mb28>; rel="next"' },
  },
  wwwAuthenticate: {
    description: 'The scheme to authenticate with',
    schema: { ...text, example: 'Bearer' },
  },
  requestId: {
    description:
      "The request's id, as logged: the client's own `x-request-id` when well formed, else a new one",
    schema: text,
  },
} satisfies Record<string, HeaderObject>;

/** Adds the headers of every response to the document, in place, and returns it. */
export function documentResponseHeaders<Document extends { paths?: Record<string, unknown> }>(
  document: Document,
): Document {
  for (const operations of Object.values(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(operations as Record<string, OperationObject>)) {
      documentOperation(method, operation);
    }
  }
  return document;
}

function documentOperation(method: string, operation: OperationObject): void {
  const responses = operation.responses ?? {};
  const write = method === 'post' && (operation.security?.length ?? 0) > 0;
  const conditionalRead = method === 'get' && responses['304'] !== undefined;
  const paged = (operation.parameters ?? []).some(
    (parameter) => parameter.in === 'query' && (parameter.name === 'cursor' || parameter.name === 'after'),
  );
  for (const [status, response] of Object.entries(responses)) {
    const headers: Record<string, HeaderObject> = { 'x-request-id': HEADERS.requestId };
    if (write && (status === '200' || status === '201')) {
      headers['etag'] = HEADERS.etagOfWrite;
      headers['idempotent-replayed'] = HEADERS.replayed;
      headers['x-projection-pending'] = HEADERS.projectionPending;
      if (status === '201') headers['location'] = HEADERS.location;
    }
    // A refusal with an Idempotency-Key is kept and replayed too.
    if (write && status.startsWith('4')) headers['idempotent-replayed'] = HEADERS.replayed;
    if (conditionalRead && (status === '200' || status === '304')) headers['etag'] = HEADERS.etagOfRead;
    if (paged && status === '200') headers['link'] = HEADERS.link;
    if (status === '429' || status === '503' || (write && status === '409')) {
      headers['retry-after'] = {
        ...HEADERS.retryAfter,
        description:
          status === '409'
            ? 'With IDEMPOTENCY.IN_PROGRESS: seconds to wait before retrying with the same key'
            : HEADERS.retryAfter.description,
      };
    }
    if (status === '401') headers['www-authenticate'] = HEADERS.wwwAuthenticate;
    response.headers = { ...headers, ...response.headers };
  }
}
