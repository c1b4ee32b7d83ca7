/* global process, console, URLSearchParams */
// The response examples of /openapi.json are real answers of a freshly seeded server (issue 17 §6), recorded by
// `npm run openapi:examples` into src/http/schemas/response-examples.json. This module is also what
// tests/http/openapi-examples.test.ts sends the documented requests with, so the recording and the test walk the
// document the same way, in the same order, on the same seed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
export const RESPONSE_EXAMPLES_FILE = join(ROOT, 'src', 'http', 'schemas', 'response-examples.json');
/** Arrays of objects are cut to this many items, so a plan tree stays a readable example. */
export const ITEMS_KEPT = 2;
/** A CSV example keeps its header and this many rows. */
export const CSV_ROWS_KEPT = 2;

function parameterExample(parameter) {
  const example = parameter.example ?? parameter.schema?.example;
  if (example === undefined) return undefined;
  return typeof example === 'string' ? example : JSON.stringify(example);
}

/**
 * Every operation of the document as a request built from its examples, in the document's order: path
 * parameters and query parameters from their examples, the body from the JSON request body's. Optional headers
 * (If-Match, Idempotency-Key, If-None-Match) are left out: their examples show the form, not a value that holds.
 * `missing` names the path parameters that have no example.
 */
export function exampleRequests(document) {
  const requests = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      let url = path;
      const missing = [];
      const query = new URLSearchParams();
      for (const parameter of operation.parameters ?? []) {
        const example = parameterExample(parameter);
        if (parameter.in === 'path') {
          if (example === undefined) missing.push(parameter.name);
          url = url.replace(`{${parameter.name}}`, encodeURIComponent(example ?? ''));
        }
        if (parameter.in === 'query' && example !== undefined) query.set(parameter.name, example);
      }
      const payload = operation.requestBody?.content['application/json']?.schema.example;
      requests.push({
        operation: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        url: query.size === 0 ? url : `${url}?${query.toString()}`,
        payload,
        missing,
        csv: Object.values(operation.responses ?? {}).some(
          (response) => 'text/csv' in (response.content ?? {}),
        ),
      });
    }
  }
  return requests;
}

/** An answer as an example: arrays of objects cut to their first ITEMS_KEPT items, all the way down. */
export function trimmed(value) {
  if (Array.isArray(value)) {
    const kept = value.some((item) => item !== null && typeof item === 'object')
      ? value.slice(0, ITEMS_KEPT)
      : value;
    return kept.map(trimmed);
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, trimmed(item)]));
  }
  return value;
}

/** A CSV answer as an example: its header and first rows (a line break inside a quoted field ends no row). */
export function trimmedCsv(text) {
  let quoted = false;
  let rows = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] === '"') quoted = !quoted;
    if (!quoted && text.startsWith('\r\n', index)) {
      rows += 1;
      if (rows === 1 + CSV_ROWS_KEPT) return text.slice(0, index + 2);
    }
  }
  return text;
}

/**
 * The shape of a JSON value: its keys and the kind of each leaf (string, number, boolean, null), not the values.
 * Two answers of the same seed have one shape while times, ids and hashes differ; an added or renamed field, or a
 * value turned null, changes it.
 */
export function shapeOf(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.map(shapeOf);
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, shapeOf(value[key])]),
    );
  }
  return typeof value;
}

/** The key of an operation's answer in the recording: `GET /plans/{planId} 200 application/json`. */
export function exampleKey(operation, status, contentType) {
  return `${operation} ${status} ${contentType}`;
}

async function record() {
  const dist = (path) => join(ROOT, 'dist', 'src', path);
  const { default: pino } = await import('pino');
  const { loadConfig } = await import(dist('config/config.js'));
  const { createService } = await import(dist('service.js'));
  const { openApiDatabase } = await import(dist('auth/api-database.js'));
  const { TokenStore } = await import(dist('auth/token-store.js'));
  const dataDir = mkdtempSync(join(tmpdir(), 'shp-examples-'));
  try {
    const config = loadConfig({
      DATA_DIR: dataDir,
      SEED: 'true',
      LOG_LEVEL: 'silent',
      RATE_LIMIT_PER_MINUTE: '0',
    });
    const database = openApiDatabase(dataDir);
    const { token } = await new TokenStore(database).create({
      name: 'Dag Admin',
      role: 'admin',
      organization: 'Ahus',
    });
    database.close();
    const service = await createService(config, pino({ level: 'silent' }));
    try {
      const head = await service.store.headPosition();
      if (head === null || !(await service.projections.waitForPosition(head, 120_000))) {
        throw new Error('the seed did not reach the projections');
      }
      const headers = { authorization: `Bearer ${token}` };
      const document = (await service.app.inject({ method: 'GET', url: '/openapi.json' })).json();
      const examples = {};
      for (const request of exampleRequests(document)) {
        const response = await service.app.inject({
          method: request.method,
          url: request.url,
          headers,
          ...(request.payload === undefined ? {} : { payload: request.payload }),
        });
        if (response.statusCode < 200 || response.statusCode >= 300) {
          throw new Error(
            `${request.method} ${request.url}: ${response.statusCode} ${response.body.slice(0, 300)}`,
          );
        }
        const type = String(response.headers['content-type'] ?? '').split(';')[0];
        // Prometheus text (GET /metrics) keeps the example its route gives: a recording would be hundreds of lines.
        if (type === 'application/json') {
          examples[exampleKey(request.operation, response.statusCode, type)] = trimmed(response.json());
        }
        if (request.method === 'GET' && request.csv) {
          const csv = await service.app.inject({
            method: 'GET',
            url: request.url,
            headers: { ...headers, accept: 'text/csv' },
          });
          if (csv.statusCode !== 200) throw new Error(`${request.url} as CSV: ${csv.statusCode}`);
          examples[exampleKey(request.operation, 200, 'text/csv')] = trimmedCsv(csv.body);
        }
      }
      writeFileSync(RESPONSE_EXAMPLES_FILE, `${JSON.stringify(examples, null, 2)}\n`);
      console.log(`${Object.keys(examples).length} response examples recorded`);
    } finally {
      await service.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === import.meta.filename) await record();
