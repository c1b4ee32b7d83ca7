/**
 * The response examples of the OpenAPI document, added after the routes' schemas are turned into it: a 2xx
 * answer's example is a real answer of a freshly seeded server (recorded by `npm run openapi:examples` into
 * schemas/response-examples.json, arrays of objects cut to two items), an error's the problem its status words.
 * tests/http/openapi-examples.test.ts fails when a 2xx answer has none, when one does not match its schema, and
 * when a fresh server's answer no longer has the recorded one's shape.
 */
import recorded from './schemas/response-examples.json' with { type: 'json' };
import { PROBLEM_EXAMPLES, type ProblemStatus } from './route-docs.js';

interface MediaTypeObject {
  schema?: unknown;
  example?: unknown;
  examples?: unknown;
}

interface OperationObject {
  responses?: Record<string, { content?: Record<string, MediaTypeObject> }>;
}

const RECORDED: Readonly<Record<string, unknown>> = recorded;

/** The recording's key of one answer: `GET /plans/{planId} 200 application/json`. */
export function responseExampleKey(
  method: string,
  path: string,
  status: string,
  contentType: string,
): string {
  return `${method.toUpperCase()} ${path} ${status} ${contentType}`;
}

function isProblemStatus(status: string): status is `${ProblemStatus}` {
  return Object.hasOwn(PROBLEM_EXAMPLES, status);
}

/** Adds an example to every response that has a body and none yet, in place, and returns the document. */
export function documentResponseExamples<Document extends { paths?: Record<string, unknown> }>(
  document: Document,
): Document {
  for (const [path, operations] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(operations as Record<string, OperationObject>)) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        for (const [contentType, media] of Object.entries(response.content ?? {})) {
          if (media.example !== undefined || media.examples !== undefined) continue;
          const example = isProblemStatus(status)
            ? PROBLEM_EXAMPLES[Number(status) as ProblemStatus]
            : RECORDED[responseExampleKey(method, path, status, contentType)];
          if (example !== undefined) media.example = example;
        }
      }
    }
  }
  return document;
}
