import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { TILTAK_ID, code, createPlanStructure, createTiltak, startApi } from './api-fixture.js';

interface Verification {
  ok: boolean;
  eventsChecked: number;
  streamsChecked: number;
  brokenLinks: { streamId: string; revision: string; problem: string }[];
  checkpoint: { matches: boolean; position: string } | null;
}

t.test('GET /audit/verify recomputes the chains; auditors and admins only', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  await createTiltak(api);
  const verified = await api.as('auditor', { method: 'GET', url: '/audit/verify' });
  t.equal(verified.statusCode, 200, verified.body);
  const body = verified.json<Verification>();
  t.ok(body.ok);
  t.equal(body.streamsChecked, 2, 'the plan and the tiltak');
  t.equal(body.eventsChecked, Number((await api.service.store.headPosition()) ?? 0n));
  t.equal(body.checkpoint, null);
  t.equal((await api.as('admin', { method: 'GET', url: '/audit/verify' })).statusCode, 200);
  t.equal((await api.as('reader', { method: 'GET', url: '/audit/verify' })).statusCode, 403);
  t.equal((await api.as('editor', { method: 'GET', url: '/audit/checkpoint' })).statusCode, 403);
  t.equal((await api.as(null, { method: 'GET', url: '/audit/verify' })).statusCode, 401);
});

t.test(
  'a checkpoint kept from GET /audit/checkpoint verifies later, and a changed row is located',
  async (t) => {
    const api = await startApi(t);
    await createPlanStructure(api);
    await createTiltak(api);
    const taken = await api.as('auditor', { method: 'GET', url: '/audit/checkpoint' });
    t.equal(taken.statusCode, 200, taken.body);
    const { digest, position } = taken.json<{ digest: string; position: string }>();
    t.match(digest, /^[0-9a-f]{64}$/);
    const note = await api.as('editor', {
      method: 'POST',
      url: `/tiltak/${TILTAK_ID}/notes`,
      payload: { text: 'Pilot startet' },
    });
    t.equal(note.statusCode, 200, note.body);
    const later = await api.as('auditor', {
      method: 'GET',
      url: `/audit/verify?checkpoint=${digest}&position=${position}`,
    });
    t.equal(later.json<Verification>().checkpoint?.matches, true, 'later writes leave the checkpoint intact');

    const db = new Database(join(api.dataDir, 'events.sqlite'));
    db.prepare(`UPDATE events SET reason = 'skjult endring' WHERE stream_id = ? AND revision = 0`).run(
      `tiltak-${TILTAK_ID}`,
    );
    db.close();
    const tampered = (
      await api.as('auditor', {
        method: 'GET',
        url: `/audit/verify?checkpoint=${digest}&position=${position}`,
      })
    ).json<Verification>();
    t.equal(tampered.ok, false);
    t.match(tampered.brokenLinks, [
      { streamId: `tiltak-${TILTAK_ID}`, revision: '0', problem: 'HASH_MISMATCH' },
    ]);
    t.equal(tampered.checkpoint?.matches, true, 'a row edit keeps the heads; the chain check catches it');

    const bad = await api.as('auditor', { method: 'GET', url: `/audit/verify?checkpoint=${digest}` });
    t.equal(bad.statusCode, 400);
    t.equal(code(bad), 'REQUEST.VALIDATION_FAILED');
    t.equal(
      (await api.as('auditor', { method: 'GET', url: '/audit/checkpoint?position=abc' })).statusCode,
      400,
    );
  },
);

t.test('a row the store cannot read is located by GET /audit/verify and refused a checkpoint', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  await createTiltak(api);
  const db = new Database(join(api.dataDir, 'events.sqlite'));
  db.defaultSafeIntegers(true);
  const position = db
    .prepare('SELECT position FROM events WHERE stream_id = ? AND revision = 0')
    .pluck()
    .get(`tiltak-${TILTAK_ID}`) as bigint;
  db.prepare(`UPDATE events SET data = '{broken' WHERE position = ?`).run(position);
  db.close();
  const verified = await api.as('auditor', { method: 'GET', url: '/audit/verify' });
  t.equal(verified.statusCode, 200, verified.body);
  const body = verified.json<Verification & { brokenLinks: { position: string | null }[] }>();
  t.equal(body.ok, false);
  t.match(body.brokenLinks, [{ problem: 'UNREADABLE', position: position.toString() }]);
  const checkpoint = await api.as('auditor', { method: 'GET', url: '/audit/checkpoint' });
  t.equal(checkpoint.statusCode, 503);
  t.equal(code(checkpoint), 'STORE.UNAVAILABLE');
});
