// The server as `npm start` runs it, with LOG_LEVEL=debug: every line on standard output is JSON, with ISO times;
// each request's last line names the caller (never the token) and carries the trace id the client sent.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import t from 'tap';
import { openApiDatabase } from '../../src/auth/api-database.js';
import { TokenStore } from '../../src/auth/token-store.js';
import { killServerProcess, serverEnvironment, startServerProcess } from '../support/server-process.js';

const LOADER = process.execArgv.filter((flag) => flag.includes('@tapjs/typescript'));
const root = join(import.meta.dirname, '..', '..');
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const TRACEPARENT = `00-${TRACE_ID}-00f067aa0ba902b7-01`;

/** Whether the process ended within a generous bound after SIGTERM. */
async function stopped(server: { exited: Promise<unknown> }): Promise<boolean> {
  const gaveUp = sleep(30_000, false, { ref: false });
  return Promise.race([server.exited.then(() => true), gaveUp]);
}

interface LogLine {
  level: number;
  time: string;
  msg: string;
  traceId?: string;
  req?: { method: string; url: string; route?: string | null };
  res?: { statusCode: number };
  principal?: { id: string; role: string } | null;
}

t.test('standard output is JSON lines that name the caller and the trace', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'shp-logs-'));
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
  const tokenDb = openApiDatabase(dataDir);
  const admin = new TokenStore(tokenDb).create({ name: 'Dag Admin', role: 'admin', organization: 'Ahus' });
  tokenDb.close();

  const server = await startServerProcess([...LOADER, 'src/main.ts'], {
    cwd: root,
    env: { ...serverEnvironment(dataDir), LOG_LEVEL: 'debug' },
  });
  t.teardown(() => killServerProcess(server));
  const headers = { authorization: `Bearer ${admin.token}`, traceparent: TRACEPARENT };

  t.equal((await fetch(`${server.base}/health/live`)).status, 200);
  const created = await fetch(`${server.base}/plans`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({
      planId: 'handlingsplan-2020-2022',
      title: 'Handlingsplan for samhandlingen 2020-2022',
      period: { from: '2020-01-01', to: '2022-12-31' },
      owner: { kind: 'helseforetak', name: 'Akershus universitetssykehus HF' },
      effectiveAt: '2020-01-01T00:00:00+01:00',
    }),
  });
  t.equal(created.status, 201);
  const feed = (await (await fetch(`${server.base}/events`, { headers })).json()) as {
    events: { type: string; correlationId: string }[];
  };
  const event = feed.events.find((candidate) => candidate.type === 'PlanCreated');
  t.match(
    event?.correlationId,
    new RegExp(`^${TRACE_ID}-[0-9a-f]{16}$`),
    "the event carries the caller's trace id",
  );

  server.process.kill('SIGTERM');
  const exited = await stopped(server);
  t.ok(exited, 'the server stopped');

  const lines = server
    .stdout()
    .split('\n')
    .filter((line) => line !== '');
  const parsed: LogLine[] = [];
  for (const line of lines) {
    try {
      parsed.push(JSON.parse(line) as LogLine);
    } catch {
      t.fail(`not a JSON line on stdout: ${line}`);
    }
  }
  t.ok(parsed.length >= 5, `${parsed.length} lines`);
  for (const line of parsed) {
    t.match(line.time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/, `ISO time on "${line.msg}"`);
  }
  t.notMatch(server.stdout(), admin.token, 'the token never reaches the log');
  t.ok(
    parsed.some((line) => line.msg === 'ready' && typeof (line as { url?: unknown }).url === 'string'),
    'the start is a log line with the address',
  );
  t.match(server.stderr(), /API documentation: http:\/\/127\.0\.0\.1:\d+\/docs/, 'the banner is on stderr');

  const completed = parsed.filter((line) => line.msg === 'request completed');
  const health = completed.find((line) => line.req?.url === '/health/live');
  t.equal(health?.level, 20, 'a health probe logs at debug');
  t.equal(health?.principal, null, 'a public route has no caller');
  const write = completed.find((line) => line.req?.method === 'POST' && line.req.url === '/plans');
  t.equal(write?.level, 30, 'a request logs at info');
  t.same(write?.principal, { id: admin.info.id, role: 'admin' }, 'the caller by id and role');
  t.equal(write?.res?.statusCode, 201);
  t.equal(write?.traceId, TRACE_ID, 'the request line carries the trace id');
  const ofTheTrace = parsed.filter((line) => line.traceId === TRACE_ID);
  t.ok(
    ofTheTrace.some((line) => line.msg === 'incoming request'),
    'every line of the request has the trace id',
  );
});

t.test('at LOG_LEVEL=info health probes write nothing', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'shp-logs-'));
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
  const server = await startServerProcess([...LOADER, 'src/main.ts'], {
    cwd: root,
    env: { ...serverEnvironment(dataDir), LOG_LEVEL: 'info' },
  });
  t.teardown(() => killServerProcess(server));
  for (let i = 0; i < 3; i++) t.equal((await fetch(`${server.base}/health/ready`)).status, 200);
  t.equal((await fetch(`${server.base}/plans`)).status, 401);
  server.process.kill('SIGTERM');
  await stopped(server);
  const completed = server
    .stdout()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as LogLine)
    .filter((line) => line.msg === 'request completed');
  t.same(
    completed.map((line) => line.req?.url),
    ['/plans'],
    'only the refused request is logged',
  );
});
