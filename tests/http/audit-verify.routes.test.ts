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

t.test('positions past 2^63 − 1, negative or garbage are a 400 naming the parameter', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  const cases: [string, string][] = [
    ['/events?after=9223372036854775808', 'querystring.after'],
    ['/events?after=99999999999999999999', 'querystring.after'],
    ['/events?after=-1', 'querystring.after'],
    ['/audit?after=9223372036854775808', 'querystring.after'],
    ['/audit?after=abc', 'querystring.after'],
    ['/audit/checkpoint?position=9223372036854775808', 'querystring.position'],
    ['/audit/checkpoint?position=-5', 'querystring.position'],
    ['/audit/verify?position=9223372036854775808', 'querystring.position'],
    [`/audit/verify?checkpoint=${'0'.repeat(64)}&position=9223372036854775808`, 'querystring.position'],
  ];
  for (const [url, path] of cases) {
    const response = await api.as('auditor', { method: 'GET', url });
    t.equal(response.statusCode, 400, url);
    t.equal(code(response), 'REQUEST.VALIDATION_FAILED', url);
    t.match(response.json<{ errors: { path: string }[] }>().errors, [{ path }], url);
  }
  t.equal(
    (await api.as('auditor', { method: 'GET', url: '/events?after=9223372036854775807' })).statusCode,
    200,
    'the largest position is a valid (empty) page',
  );
});

t.test('a checkpoint past the head is a 400, and a digest that does not match is ok: false', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  const head = String(await api.service.store.headPosition());
  const past = await api.as('auditor', { method: 'GET', url: '/audit/checkpoint?position=999999999999' });
  t.equal(past.statusCode, 400);
  t.match(past.json<{ errors: { path: string }[] }>().errors, [{ path: 'querystring.position' }]);
  const pastVerify = await api.as('auditor', {
    method: 'GET',
    url: `/audit/verify?checkpoint=${'a'.repeat(64)}&position=999999999999`,
  });
  t.equal(pastVerify.statusCode, 400);

  const taken = await api.as('auditor', { method: 'GET', url: `/audit/checkpoint?position=${head}` });
  t.equal(taken.statusCode, 200);
  const { digest } = taken.json<{ digest: string }>();
  const right = await api.as('auditor', {
    method: 'GET',
    url: `/audit/verify?checkpoint=${digest}&position=${head}`,
  });
  t.equal(right.json<Verification>().ok, true);
  const wrong = (
    await api.as('auditor', {
      method: 'GET',
      url: `/audit/verify?checkpoint=${'0'.repeat(64)}&position=${head}`,
    })
  ).json<Verification>();
  t.equal(wrong.checkpoint?.matches, false);
  t.equal(wrong.ok, false, 'a client that reads ok sees the mismatch');
});

t.test('GET /audit/verify compares the file with the running server’s tree', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  const before = (await api.as('auditor', { method: 'GET', url: '/audit/verify' })).json<Verification>();
  t.equal(before.ok, true);
  // Two rows swapped in the file under the running server: the tree it recomputes is not the one it signed.
  const db = new Database(join(api.dataDir, 'events.sqlite'));
  const move = db.prepare('UPDATE events SET position = ? WHERE position = ?');
  db.transaction(() => {
    move.run(-1, 1);
    move.run(1, 2);
    move.run(2, -1);
  })();
  db.close();
  const after = (await api.as('auditor', { method: 'GET', url: '/audit/verify' })).json<Verification>();
  t.equal(after.ok, false);
  t.ok(
    after.brokenLinks.some((link) => link.problem === 'LOG_ROOT_MISMATCH'),
    'the recomputed tree no longer gives the signed head',
  );
});
