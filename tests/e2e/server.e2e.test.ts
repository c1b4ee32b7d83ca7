// Starts the server as `npm start` does (built JavaScript, environment settings), on a temporary DATA_DIR and a free
// port, and drives it over real HTTP with a token made by the CLI.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { killServerProcess, serverEnvironment, startServerProcess } from '../support/server-process.js';

const root = join(import.meta.dirname, '..', '..');
const dataDir = mkdtempSync(join(tmpdir(), 'shp-e2e-'));
t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
const env = serverEnvironment(dataDir);

execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });

t.test('a tiltak created, its status changed back-dated, and the plan read at two dates', async (t) => {
  const tokenOutput = execFileSync(
    process.execPath,
    [
      'dist/src/cli/token.js',
      'create',
      '--name',
      'Kari Nordmann',
      '--role',
      'editor',
      '--organization',
      'Ahus',
    ],
    { cwd: root, env, encoding: 'utf8' },
  );
  const token = /^(shp_\S+)$/m.exec(tokenOutput)?.[1];
  t.ok(token, 'the CLI prints the token once');

  const server = await startServerProcess(['dist/src/main.js'], { cwd: root, env });
  t.teardown(() => killServerProcess(server));
  const { base } = server;

  async function call(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; json: unknown }> {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, json: await response.json() };
  }

  const effectiveAt = '2020-01-01T00:00:00+01:00';
  const planId = 'handlingsplan-2020-2022';
  t.equal(
    (
      await call('POST', '/plans', {
        planId,
        title: 'Handlingsplan for samhandlingen 2020-2022',
        period: { from: '2020-01-01', to: '2022-12-31' },
        owner: { kind: 'helseforetak', name: 'Akershus universitetssykehus HF' },
        effectiveAt,
      })
    ).status,
    201,
  );
  t.equal(
    (
      await call('POST', `/plans/${planId}/satsningsomrader`, {
        satsningsomradeId: 'sarbare-grupper',
        number: 1,
        title: 'Samarbeid om de mest sårbare pasientgruppene',
        effectiveAt,
      })
    ).status,
    201,
  );
  t.equal(
    (
      await call('POST', `/plans/${planId}/tiltaksomrader`, {
        tiltaksomradeId: 'skropelige-eldre',
        satsningsomradeId: 'sarbare-grupper',
        title: 'Skrøpelige eldre',
        effectiveAt,
      })
    ).status,
    201,
  );
  const created = await call('POST', '/tiltak', {
    tiltakId: 'integrerte-helsetjenester',
    planId,
    tiltaksomradeId: 'skropelige-eldre',
    title: 'Integrerte helsetjenester for skrøpelige eldre',
    status: 'PLANNED',
    effectiveAt: '2020-02-01T00:00:00+01:00',
  });
  t.equal(created.status, 201);
  const changed = await call('POST', '/tiltak/integrerte-helsetjenester/status', {
    status: 'IN_PROGRESS',
    effectiveAt: '2021-03-01T00:00:00+01:00',
  });
  t.equal(changed.status, 200);

  interface PlanTree {
    satsningsomrader: { tiltaksomrader: { tiltak: { status: string | null }[] }[] }[];
  }
  function statusIn(plan: unknown): string | null | undefined {
    return (plan as PlanTree).satsningsomrader[0]?.tiltaksomrader[0]?.tiltak[0]?.status;
  }
  const in2020 = await call('GET', `/plans/${planId}?validAt=2020-12-31`);
  const in2021 = await call('GET', `/plans/${planId}?validAt=2021-06-30`);
  t.equal(statusIn(in2020.json), 'PLANNED');
  t.equal(statusIn(in2021.json), 'IN_PROGRESS');

  server.process.kill('SIGTERM');
  const [exitCode] = await server.exited;
  t.equal(exitCode, 0, 'SIGTERM ends the process cleanly');
});
