import type { Duplex } from 'node:stream';
import { PROBLEM_CONTENT_TYPE, problem, type Problem } from './problem.js';

/**
 * Errors Node's HTTP parser raises before any route or hook runs (a request timeout, headers too large, an unknown
 * method, a Content-Length beside a Transfer-Encoding): answered as problem+json with a stable code, like every
 * other error, then the connection is closed, since what follows on it cannot be trusted.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const body = clientProblem(error.code);
  const text = JSON.stringify(body);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${body.status} ${body.title}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
        `Content-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
    );
  }
  socket.destroy(error);
}

export function clientProblem(code: string | undefined): Problem {
  switch (code ?? '') {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return problem(408, 'REQUEST.TIMEOUT', 'Request Timeout', 'the request did not arrive in time');
    case 'HPE_HEADER_OVERFLOW':
      return problem(
        431,
        'REQUEST.HEADERS_TOO_LARGE',
        'Request Header Fields Too Large',
        'the request line and headers are too large (a URL of thousands of parameters, say)',
      );
    case 'HPE_INVALID_METHOD':
      return problem(400, 'REQUEST.UNKNOWN_METHOD', 'Bad Request', 'the method is not one HTTP knows');
    case 'HPE_UNEXPECTED_CONTENT_LENGTH':
    case 'HPE_INVALID_TRANSFER_ENCODING':
      return problem(
        400,
        'REQUEST.AMBIGUOUS_LENGTH',
        'Bad Request',
        'Content-Length and Transfer-Encoding together, or a transfer coding that is not chunked',
      );
    default:
      return problem(400, 'REQUEST.MALFORMED_HTTP', 'Bad Request', 'the request is not well-formed HTTP');
  }
}
