// The server as `npm start` runs it, with OTEL_EXPORTER_OTLP_ENDPOINT pointing at an OTLP/HTTP receiver started
// here: a command sent with a traceparent becomes one trace, in the caller's trace id, of a request span with the
// command (and its append) and the projection wait inside it; a refused command is a failed span with its code.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import t from 'tap';
import { createToken } from '../support/api-client.js';
import { killServerProcess, serverEnvironment, startServerProcess } from '../support/server-process.js';

const LOADER = process.execArgv.filter((flag) => flag.includes('@tapjs/typescript'));
const root = join(import.meta.dirname, '..', '..');
const TRACE_ID = '0af7651916cd43dd8448eb211c80319c';
const CALLER_SPAN = 'b7ad6b7169203331';
const TRACEPARENT = `00-${TRACE_ID}-${CALLER_SPAN}-01`;
const OTHER_TRACE_ID = '5c1c63257de34c67a7d9b6f2d4a1e8f0';
const OTHER_TRACEPARENT = `00-${OTHER_TRACE_ID}-00f067aa0ba902b7-01`;
const PLAN = {
  planId: 'handlingsplan-2020-2022',
  title: 'Handlingsplan for samhandlingen 2020-2022',
  period: { from: '2020-01-01', to: '2022-12-31' },
  owner: { kind: 'helseforetak', name: 'Akershus universitetssykehus HF' },
  effectiveAt: '2020-01-01T00:00:00+01:00',
};

interface OtlpValue {
  stringValue?: string;
  intValue?: number | string;
  boolValue?: boolean;
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: { key: string; value: OtlpValue }[];
  status?: { code?: number };
}
interface OtlpRequest {
  resourceSpans: {
    resource: { attributes: { key: string; value: OtlpValue }[] };
    scopeSpans: { spans: OtlpSpan[] }[];
  }[];
}

/** An OTLP/HTTP collector's trace endpoint that keeps what it is sent (JSON, as the exporter sends it). */
async function startReceiver() {
  const requests: { path: string; contentType: string; body: OtlpRequest }[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({
        path: request.url ?? '',
        contentType: request.headers['content-type'] ?? '',
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpRequest,
      });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no address');
  return { endpoint: `http://127.0.0.1:${address.port}`, requests, close: () => server.close() };
}

function attribute(span: OtlpSpan | undefined, key: string): string | number | boolean | undefined {
  const value = span?.attributes.find((candidate) => candidate.key === key)?.value;
  if (value === undefined) return undefined;
  if (value.intValue !== undefined) return Number(value.intValue);
  return value.stringValue ?? value.boolValue;
}

/** Whether the process ended within a generous bound after SIGTERM. */
async function stopped(server: { exited: Promise<unknown> }): Promise<boolean> {
  const gaveUp = sleep(30_000, false, { ref: false });
  return Promise.race([server.exited.then(() => true), gaveUp]);
}

t.test(
  'a command with a traceparent is exported as one trace of request, command, append and wait',
  async (t) => {
    const receiver = await startReceiver();
    t.teardown(() => receiver.close());
    const dataDir = mkdtempSync(join(tmpdir(), 'shp-otlp-'));
    t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
    const token = createToken(dataDir, 'admin');
    const server = await startServerProcess([...LOADER, 'src/main.ts'], {
      cwd: root,
      env: {
        ...serverEnvironment(dataDir),
        OTEL_EXPORTER_OTLP_ENDPOINT: `${receiver.endpoint}/`,
        OTEL_SERVICE_NAME: 'samhandlingsplan-test',
      },
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
    t.equal(created.status, 201);
    const answer = (await created.json()) as { position: string; revision: string };
    // The same plan again, in another trace: refused with 409.
    const again = await fetch(`${server.base}/plans`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        traceparent: OTHER_TRACEPARENT,
      },
      body: JSON.stringify(PLAN),
    });
    t.equal(again.status, 409);
    const problem = (await again.json()) as { code: string };
    const feed = (await (
      await fetch(`${server.base}/events`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { events: { type: string; correlationId: string }[] };
    const correlationId = feed.events.find((event) => event.type === 'PlanCreated')?.correlationId ?? '';

    // The batch is sent at shutdown at the latest: SIGTERM flushes what is queued.
    server.process.kill('SIGTERM');
    t.ok(await stopped(server), 'the server stopped');
    t.equal(server.stderr().includes('Error'), false, 'no export error was printed');

    t.ok(receiver.requests.length > 0, 'the collector was sent spans');
    for (const request of receiver.requests) {
      t.equal(request.path, '/v1/traces', 'spans go to <endpoint>/v1/traces');
      t.match(request.contentType, /^application\/json/);
    }
    const resource = receiver.requests[0]?.body.resourceSpans[0]?.resource;
    t.equal(
      resource?.attributes.find((candidate) => candidate.key === 'service.name')?.value.stringValue,
      'samhandlingsplan-test',
    );
    const spans = receiver.requests.flatMap((request) =>
      request.body.resourceSpans.flatMap((resourceSpans) =>
        resourceSpans.scopeSpans.flatMap((scope) => scope.spans),
      ),
    );
    const inTrace = spans.filter((span) => span.traceId === TRACE_ID);
    const request = inTrace.find((span) => span.name === 'POST /plans');
    const command = inTrace.find((span) => span.name === 'command');
    const append = inTrace.find((span) => span.name === 'append');
    const wait = inTrace.find((span) => span.name === 'projection wait');
    t.same(
      inTrace.map((span) => span.name).sort(),
      ['POST /plans', 'append', 'command', 'projection wait'],
      "the request's trace holds its four spans",
    );

    t.equal(request?.parentSpanId, CALLER_SPAN, "the request span is a child of the caller's span");
    t.equal(request?.kind, 2, 'a server span');
    t.equal(attribute(request, 'http.route'), '/plans');
    t.equal(attribute(request, 'http.request.method'), 'POST');
    t.equal(attribute(request, 'url.path'), '/plans');
    t.equal(attribute(request, 'http.response.status_code'), 201);
    t.equal(
      correlationId,
      `${TRACE_ID}-${request?.spanId}`,
      "the events' correlation id names the request span",
    );

    t.equal(command?.parentSpanId, request?.spanId, 'the command is a child of the request span');
    t.equal(attribute(command, 'samhandlingsplan.command.type'), 'CreatePlan');
    t.equal(attribute(command, 'samhandlingsplan.stream'), `plan-${PLAN.planId}`);
    t.equal(attribute(command, 'samhandlingsplan.position'), answer.position);
    t.equal(attribute(command, 'samhandlingsplan.revision'), answer.revision);
    t.equal(attribute(command, 'samhandlingsplan.replayed'), false);

    t.equal(append?.parentSpanId, command?.spanId, 'the append is a child of the command');
    t.equal(attribute(append, 'samhandlingsplan.stream'), `plan-${PLAN.planId}`);
    t.equal(attribute(append, 'samhandlingsplan.expected_revision'), 'no_stream');
    t.equal(attribute(append, 'samhandlingsplan.events'), 1);
    t.equal(attribute(append, 'samhandlingsplan.position'), answer.position);

    t.equal(wait?.parentSpanId, request?.spanId, 'the projection wait is a child of the request span');
    t.equal(attribute(wait, 'samhandlingsplan.position'), answer.position);
    t.equal(attribute(wait, 'samhandlingsplan.projection.applied'), true);
    for (const span of [request, command, append, wait])
      t.not(span?.status?.code, 2, `${span?.name} did not fail`);

    const refused = spans.filter((span) => span.traceId === OTHER_TRACE_ID);
    const failedCommand = refused.find((span) => span.name === 'command');
    const refusedRequest = refused.find((span) => span.name === 'POST /plans');
    t.equal(failedCommand?.status?.code, 2, 'the refused command is a failed span');
    t.equal(attribute(failedCommand, 'error.type'), problem.code, "named by the problem's code");
    t.equal(failedCommand?.parentSpanId, refusedRequest?.spanId);
    t.equal(attribute(refusedRequest, 'http.response.status_code'), 409);
    t.not(refusedRequest?.status?.code, 2, "a 4xx is the client's: the request span did not fail");
    t.notOk(
      refused.some((span) => span.name === 'append' || span.name === 'projection wait'),
      'nothing was appended, nothing waited for',
    );

    const events = spans.filter((span) => span.name === 'GET /events');
    t.equal(events.length, 1, 'a request without traceparent is a trace of its own');
    t.not(events[0]?.traceId, TRACE_ID);
    t.equal(events[0]?.parentSpanId ?? '', '', 'with no parent');
  },
);
