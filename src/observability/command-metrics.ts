import { isCommandType } from '../domain/index.js';
import { errorCode } from './instrumented-event-store.js';
import type { ServiceMetrics } from './metrics.js';

interface CommandRunner<Input, Context, Result> {
  handle(input: Input, context: Context): Promise<Result>;
}

/** The command port with each command counted by type and outcome, and timed. */
export function withCommandMetrics<
  Input extends { type: string },
  Context,
  Result extends { replayed: boolean },
>(
  commands: CommandRunner<Input, Context, Result>,
  metrics: ServiceMetrics,
): CommandRunner<Input, Context, Result> {
  return {
    async handle(input, context) {
      // An unknown type is refused by the handler; it must not become a label of its own.
      const type = isCommandType(input.type) ? input.type : 'unknown';
      const stop = metrics.commandDuration.startTimer({ type });
      try {
        const result = await commands.handle(input, context);
        metrics.commands.inc({ type, outcome: result.replayed ? 'replayed' : 'appended' });
        return result;
      } catch (error) {
        metrics.commands.inc({ type, outcome: errorCode(error) });
        throw error;
      } finally {
        stop();
      }
    },
  };
}
