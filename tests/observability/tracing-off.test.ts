// Without OTEL_EXPORTER_OTLP_ENDPOINT the server loads nothing of OpenTelemetry: it is started with a resolve hook
// that refuses every @opentelemetry import, answers a command; the module the setting would load fails under that hook.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { createToken } from '../support/api-client.js';
import { killServerProcess, serverEnvironment, startServerProcess } from '../support/server-process.js';

const LOADER = process.execArgv.filter((flag) => flag.includes('@tapjs/typescript'));
const REFUSE_OTEL = `--import=${join(import.meta.dirname, '..', 'support', 'register-refuse-opentelemetry.mjs')}`;
const root = join(import.meta.dirname, '..', '..');
const TRACEPARENT = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
const PLAN = {
  planId: 'handlingsplan-2020-2022',
  title: 'Handlingsplan for samhandlingen 2020-2022',
  period: { from: '2020-01-01', to: '2022-12-31' },
  owner: { kind: 'helseforetak', name: 'Akershus universitetssykehus HF' },
  effectiveAt: '2020-01-01T00:00:00+01:00',
};

t.test('without OTEL_EXPORTER_OTLP_ENDPOINT nothing of OpenTelemetry is loaded', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'shp-otlp-'));
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
  const token = createToken(dataDir, 'admin');
  const server = await startServerProcess([...LOADER, REFUSE_OTEL, 'src/main.ts'], {
    cwd: root,
    env: serverEnvironment(dataDir),
  });
  t.teardown(() => killServerProcess(server));
  const created = await fetch(`${server.base}/plans`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      traceparent: TRACEPARENT,
    },
    body: JSON.stringify(PLAN),
  });
  t.equal(created.status, 201, 'a command is answered with the hook refusing every @opentelemetry import');

  // The hook does refuse: the module that the setting makes the server import fails to load under it.
  const refused = spawnSync(
    process.execPath,
    [
      ...LOADER,
      REFUSE_OTEL,
      '--input-type=module',
      '-e',
      "await import('./src/observability/otlp-tracing.ts')",
    ],
    { cwd: root, encoding: 'utf8' },
  );
  t.not(refused.status, 0);
  t.match(refused.stderr, /OpenTelemetry was loaded: @opentelemetry\//);
});
