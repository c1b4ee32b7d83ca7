// Requests that Node's own HTTP parser refuses before fastify sees them still get application/problem+json with a
// stable code (issue "Hardening" §6), not Node's bare `{"error":…}`.
import { connect } from 'node:net';
import t from 'tap';
import { startApi } from './api-fixture.js';

/** Sends raw bytes and reads until the server closes the connection (or 60 s pass, on a loaded machine). */
function rawExchange(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('no answer within 60 s'));
    }, 60_000);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    socket.write(request);
  });
}

function parsed(answer: string): { status: number; contentType: string; code: string } {
  const [head = '', body = ''] = answer.split('\r\n\r\n');
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]);
  const contentType = /^content-type: *(.+)$/im.exec(head)?.[1]?.trim() ?? '';
  return { status, contentType, code: (JSON.parse(body) as { code: string }).code };
}

t.test('parser errors are problems with a code', async (t) => {
  const api = await startApi(t);
  await api.app.listen({ port: 0, host: '127.0.0.1' });
  const address = api.app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;

  const query = Array.from({ length: 10_000 }, (_, n) => `p${n}=1`).join('&');
  const cases: [string, string, number, string][] = [
    [
      '10,000 query parameters',
      `GET /plans?${query} HTTP/1.1\r\nHost: x\r\n\r\n`,
      431,
      'REQUEST.HEADERS_TOO_LARGE',
    ],
    ['an unknown method', 'BREW /plans HTTP/1.1\r\nHost: x\r\n\r\n', 400, 'REQUEST.UNKNOWN_METHOD'],
    [
      'Content-Length with Transfer-Encoding',
      'POST /tiltak HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
      400,
      '',
    ],
  ];
  for (const [label, request, status, expectedCode] of cases) {
    const answer = parsed(await rawExchange(port, request));
    t.equal(answer.status, status, `${label}: ${status}`);
    t.match(answer.contentType, /^application\/problem\+json/, `${label}: a problem`);
    if (expectedCode === '') t.match(answer.code, /^REQUEST\./, `${label}: a REQUEST code`);
    else t.equal(answer.code, expectedCode, `${label}: ${expectedCode}`);
  }
  const after = await fetch(`http://127.0.0.1:${port}/health/live`);
  t.equal(after.status, 200, 'and the server goes on');
});
