// The page's typed client cannot drift from the API: its types are generated from /openapi.json and compared.
import { readFileSync } from 'node:fs';
import t from 'tap';
import { startApi } from '../http/api-fixture.js';
// @ts-expect-error: a plain ES module script without type declarations
import { API_TYPES_FILE, generateApiTypes } from '../../scripts/api-types.mjs';

const generate = generateApiTypes as (document: unknown) => Promise<string>;

t.test('web/src/api-types.ts is what /openapi.json generates now', async (t) => {
  const api = await startApi(t);
  const document = (await api.app.inject({ method: 'GET', url: '/openapi.json' })).json<unknown>();
  const committed = readFileSync(API_TYPES_FILE as string, 'utf8');
  t.equal(
    committed,
    await generate(document),
    'run `npm run web:types -- <base URL>` after changing the API',
  );
});

t.test('GET /me tells the page who the token is', async (t) => {
  const api = await startApi(t);
  const editor = await api.as('editor', { method: 'GET', url: '/me' });
  t.equal(editor.statusCode, 200);
  t.match(editor.json(), { role: 'editor', organization: 'Ahus', plans: null });
  const reader = await api.as('reader', { method: 'GET', url: '/me' });
  t.equal(reader.json<{ role: string }>().role, 'reader');
  const none = await api.as(null, { method: 'GET', url: '/me' });
  t.equal(none.statusCode, 401);
  t.match(none.headers['content-type'], /application\/problem\+json/);
});
