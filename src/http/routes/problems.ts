import { sendProblem } from '../error-handler.js';
import { problem } from '../problem.js';

/** A 400 for a query parameter that parses but names something the log does not have (yet). */
export function sendQueryProblem(
  reply: Parameters<typeof sendProblem>[0],
  parameter: string,
  message: string,
): void {
  sendProblem(
    reply,
    problem(400, 'REQUEST.VALIDATION_FAILED', 'Bad Request', `${parameter}: ${message}`, {
      errors: [{ path: `querystring.${parameter}`, message, code: 'out_of_range' }],
    }),
  );
}
