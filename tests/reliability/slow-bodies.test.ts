// A client cannot take the server from others: slow bodies hold no slot and are cut, one token has a cap on
// requests in progress, and requests without valid credentials are rate-limited per address.
import Database from 'better-sqlite3';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import t from 'tap';
import { createPlanStructure, createTiltak, PLAN_ID, startApi, TILTAK_ID } from '../http/api-fixture.js';

/** A connection that sends a command's headers and then its body one byte at a time, every `everyMs`. */
function slowSender(base: string, token: string, everyMs: number) {
  const { hostname, port } = new URL(base);
  const socket: Socket = connect(Number(port), hostname);
  let answer = '';
  socket.setEncoding('utf8').on('data', (chunk: string) => (answer += chunk));
  socket.on('error', () => {});
  const closed = new Promise<string>((resolve) => socket.once('close', () => resolve(answer)));
  socket.once('connect', () => {
    socket.write(
      `POST /tiltak/${TILTAK_ID}/notes HTTP/1.1\r\nHost: ${hostname}\r\nAuthorization: Bearer ${token}\r\n` +
        'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{',
    );
  });
  const drip = setInterval(() => {
    if (socket.writable) socket.write(' ');
  }, everyMs);
  void closed.then(() => clearInterval(drip));
  return { closed, stop: () => (clearInterval(drip), socket.destroy()) };
}

t.test('many slow-body connections do not keep a normal read from being answered', async (t) => {
  const api = await startApi(t, { MAX_IN_FLIGHT_REQUESTS: '8', REQUEST_TIMEOUT_MS: '3000' });
  await createPlanStructure(api);
  t.equal((await createTiltak(api)).statusCode, 201);
  const base = await api.app.listen({ port: 0, host: '127.0.0.1' });
  const senders = Array.from({ length: 40 }, () => slowSender(base, api.tokens.editor, 500));
  t.teardown(() => senders.forEach((sender) => sender.stop()));
  await new Promise((resolve) => setTimeout(resolve, 500));

  const read = await fetch(`${base}/plans/${PLAN_ID}`, {
    headers: { authorization: `Bearer ${api.tokens.editor}` },
  });
  t.equal(read.status, 200, 'a read is answered while 40 bodies trickle in at a limit of 8');

  // Generous: each is cut about REQUEST_TIMEOUT_MS after it started.
  const answers = await Promise.race([
    Promise.all(senders.map((sender) => sender.closed)),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), 20_000)),
  ]);
  t.ok(answers !== null, 'every slow sender is cut');
  t.ok(
    (answers ?? []).every(
      (answer) =>
        answer.startsWith('HTTP/1.1 408') &&
        answer.includes('application/problem+json') &&
        answer.includes('"code":"REQUEST.TIMEOUT"'),
    ),
    'each with a 408 problem REQUEST.TIMEOUT',
  );
  const notes = (await api.service.store.readStream(`tiltak-${TILTAK_ID}`)).filter(
    (event) => event.type === 'ProgressNoted',
  );
  t.equal(notes.length, 0, 'no cut request was run');
});

t.test('one token has a cap on requests in progress; others are still served', async (t) => {
  const api = await startApi(t, { MAX_IN_FLIGHT_PER_TOKEN: '2' });
  await createPlanStructure(api);
  t.equal((await createTiltak(api)).statusCode, 201);
  // Writes wait (and stay in progress) while another connection holds the event store's write lock.
  const locker = new Database(join(api.dataDir, 'events.sqlite'));
  locker.exec('BEGIN IMMEDIATE');
  const note = (n: number) =>
    api.as('editor', {
      method: 'POST',
      url: `/tiltak/${TILTAK_ID}/notes`,
      payload: { text: `Notat ${n}` },
    });
  const running = [note(1), note(2)];
  await new Promise((resolve) => setTimeout(resolve, 200));
  const third = await note(3);
  t.equal(third.statusCode, 429);
  t.equal(third.json<{ code: string }>().code, 'REQUEST.TOO_MANY_CONCURRENT');
  t.equal(third.headers['retry-after'], '1');
  const other = await api.as('reader', { method: 'GET', url: `/tiltak/${TILTAK_ID}` });
  t.equal(other.statusCode, 200, 'another token is served meanwhile');
  locker.exec('ROLLBACK');
  locker.close();
  t.same(
    (await Promise.all(running)).map((response) => response.statusCode),
    [200, 200],
  );
  t.equal((await note(4)).statusCode, 200, 'the cap frees as requests finish');
});

t.test('requests without valid credentials are rate-limited per address', async (t) => {
  const api = await startApi(t, { RATE_LIMIT_PER_MINUTE: '5' });
  const statuses: number[] = [];
  for (let n = 0; n < 8; n++) {
    const response = await api.app.inject({
      method: 'GET',
      url: '/plans',
      headers: { authorization: `Bearer not-a-token-${n}` },
    });
    statuses.push(response.statusCode);
    if (response.statusCode === 429) t.equal(response.json<{ code: string }>().code, 'REQUEST.RATE_LIMITED');
  }
  t.same(statuses, [401, 401, 401, 401, 401, 429, 429, 429], 'five guesses a minute from one address');
  const missing = await api.app.inject({ method: 'GET', url: '/plans' });
  t.equal(missing.statusCode, 429, 'no token at all counts against the same address');
  const valid = await api.as('reader', { method: 'GET', url: '/plans' });
  t.equal(valid.statusCode, 200, 'a valid token has its own budget');
});
