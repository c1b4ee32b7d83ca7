import type { FastifyInstance } from 'fastify';
import { sendProblem } from './error-handler.js';
import { problem } from './problem.js';

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The path of the first string (key or value) in `value` that is not Unicode text, or null. Walked with a stack of
 * its own, not by recursion: a body may nest arrays a hundred thousand deep.
 */
function illFormedAt(value: unknown, root: string): string[] | null {
  const pending: { value: unknown; path: string[] }[] = [{ value, path: [root] }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value: item, path } = next;
    if (typeof item === 'string') {
      if (LONE_SURROGATE.test(item)) return path;
      continue;
    }
    if (item === null || typeof item !== 'object') continue;
    const entries = Object.entries(item);
    for (let at = entries.length - 1; at >= 0; at--) {
      const [key, child] = entries[at] as [string, unknown];
      if (LONE_SURROGATE.test(key)) return [...path, key];
      // The path is built only for what is walked into, one level at a time.
      pending.push({ value: child, path: path.length < 64 ? [...path, key] : path });
    }
  }
  return null;
}

/**
 * JSON may escape a lone UTF-16 surrogate (`"\ud800"`), which is no character at all: the store's canonical JSON and
 * UTF-8 cannot hold it. Such a body is refused as a 400 naming the field, before any schema or handler sees it.
 */
export function registerWellFormedText(app: FastifyInstance): void {
  app.addHook('preValidation', function refuseLoneSurrogates(request, reply, done) {
    const at = illFormedAt(request.body, 'body');
    if (at === null) return done();
    sendProblem(
      reply,
      problem(400, 'REQUEST.VALIDATION_FAILED', 'Bad Request', `${at.join('.')}: not Unicode text`, {
        errors: [
          {
            path: at.join('.'),
            message: 'contains a lone UTF-16 surrogate, which is not a character',
            code: 'ill_formed_text',
          },
        ],
      }),
    );
  });
}
