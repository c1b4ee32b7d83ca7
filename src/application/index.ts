export {
  CommandHandler,
  DEFAULT_MAX_RETRIES,
  type CommandContext,
  type CommandHandlerOptions,
  type CommandResult,
} from './command-handler.js';
export { nameBasedUuid } from './name-based-id.js';
export { IdempotencyKeyReused } from './idempotency-errors.js';
export { OutOfScope } from './out-of-scope.js';
