// A client generated from the document works (issue 17 §6): the types of web/src/api-types.ts (generated from
// /openapi.json by openapi-typescript, kept equal to it by tests/web/api-types.test.ts) drive openapi-fetch
// against a real listening server with the seed loaded. `npm run typecheck` checks the calls against the types.
import createClient from 'openapi-fetch';
import t from 'tap';
import type { paths } from '../../web/src/api-types.js';
import { startApi, type Api } from './api-fixture.js';

const APEN_DIALOG = 'ahus-apen-dialog-nettverksmoter';

async function seededApi(t: Parameters<typeof startApi>[0]): Promise<Api> {
  const api = await startApi(t, { SEED: 'true' });
  const head = await api.service.store.headPosition();
  if (head === null) throw new Error('the seed appended nothing');
  if (!(await api.service.projections.waitForPosition(head, 120_000))) throw new Error('projections lag');
  return api;
}

t.test('openapi-fetch with the generated types reads a seed tiltak and sends a command', async (t) => {
  const api = await seededApi(t);
  const baseUrl = await api.app.listen({ host: '127.0.0.1', port: 0 });
  const client = createClient<paths>({
    baseUrl,
    headers: { authorization: `Bearer ${api.tokens.editor}` },
  });

  // The seed document: Åpen dialog is "Fullført" at its date 2021-09-07, not reported the day before.
  const before = await client.GET('/tiltak/{tiltakId}', {
    params: { path: { tiltakId: APEN_DIALOG }, query: { validAt: '2021-09-06' } },
  });
  t.equal(before.response.status, 200);
  t.equal(before.data?.status, null);
  const read = await client.GET('/tiltak/{tiltakId}', {
    params: { path: { tiltakId: APEN_DIALOG }, query: { validAt: '2021-09-07' } },
  });
  t.equal(read.data?.status, 'COMPLETED');
  t.equal(read.data?.statusLabel, 'Fullført');
  const etag = read.response.headers.get('etag');
  t.match(etag, /^"2\./, 'revision 2: created, status, note');

  const noted = await client.POST('/tiltak/{tiltakId}/notes', {
    params: { path: { tiltakId: APEN_DIALOG }, header: { 'if-match': String(etag) } },
    body: { text: 'Evaluering av nettverksmøtene avtalt.', effectiveAt: '2021-10-01' },
  });
  t.equal(noted.response.status, 200, JSON.stringify(noted.error));
  t.equal(noted.data?.revision, '3');
  t.equal(noted.response.headers.get('etag'), '"3"');

  const stale = await client.POST('/tiltak/{tiltakId}/notes', {
    params: { path: { tiltakId: APEN_DIALOG }, header: { 'if-match': '"2"' } },
    body: { text: 'For sent.' },
  });
  t.equal(stale.response.status, 412);
  t.equal((stale.error as { code?: string } | undefined)?.code, 'PRECONDITION.REVISION_MISMATCH');

  const notes = await client.GET('/tiltak/{tiltakId}/notes', { params: { path: { tiltakId: APEN_DIALOG } } });
  t.same(
    notes.data?.notes.map((note) => note.text),
    [
      'Benyttes på Øvre Romerike + at Ahus har tatt kontakt med DPS og LSF om dette',
      'Evaluering av nettverksmøtene avtalt.',
    ],
  );
});
