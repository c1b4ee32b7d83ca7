/* global process, fetch */
// The web page's API types, generated from the running server's /openapi.json (`npm run web:types -- <base URL>`).
// tests/web/api-types.test.ts generates them again and fails when web/src/api-types.ts differs.
import openapiTS, { astToString } from 'openapi-typescript';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const API_TYPES_FILE = join(import.meta.dirname, '..', 'web', 'src', 'api-types.ts');

/** The TypeScript text of the types of an OpenAPI document. */
export async function generateApiTypes(document) {
  const header = '// Generated from /openapi.json by `npm run web:types`; do not edit.\n';
  return header + astToString(await openapiTS(document));
}

if (process.argv[1] === import.meta.filename) {
  const base = process.argv[2] ?? 'http://127.0.0.1:3000';
  const document = await (await fetch(`${base}/openapi.json`)).json();
  writeFileSync(API_TYPES_FILE, await generateApiTypes(document));
}
