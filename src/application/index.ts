// The application room: the command handler and what it refuses with, as the HTTP layer and the importer use it.
export {
  CommandHandler,
  DEFAULT_MAX_RETRIES,
  type CommandContext,
  type CommandHandlerOptions,
  type CommandResult,
} from './command-handler.js';
export { nameBasedUuid } from './name-based-id.js';
export { IdempotencyKeyReused } from './idempotency-errors.js';
export * from './out-of-scope.js';
