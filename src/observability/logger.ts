import pino, { type DestinationStream, type Logger } from 'pino';

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
  };
  // Standard output unless a test captures the lines.
  return destination === undefined ? pino(options) : pino(options, destination);
}
