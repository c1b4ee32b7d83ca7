import pino, { type DestinationStream, type Logger } from 'pino';
import { redactUrl } from './redact-url.js';

interface LoggedRequest {
  method: string;
  url: string;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number };
}

/** Fastify's request line, with a credential sent in the URL replaced (docs/api.md). */
function requestSerializer(request: LoggedRequest) {
  return {
    method: request.method,
    url: redactUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

/** JSON lines; credentials never reach a log, whatever path they arrive by. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    // ISO 8601 rather than epoch milliseconds: read by people in a terminal as often as by a log shipper.
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', '*.token', 'token'],
      censor: '[redacted]',
    },
    serializers: { req: requestSerializer },
  };
  // Standard output unless a test captures the lines.
  return destination === undefined ? pino(options) : pino(options, destination);
}
