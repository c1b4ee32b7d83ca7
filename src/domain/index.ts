// The domain's public surface: what the application, HTTP layer, importer and projections may use.

export { DomainError, isDomainError } from './shared/domain-error.js';
export { deepEqual } from './shared/deep-equal.js';
export { CommandError, type CommandErrorCode, type FieldIssue } from './shared/command-errors.js';
export { StoredEventError, type StoredEventErrorCode } from './shared/event-errors.js';
export { DOMAIN_ERROR_KINDS, type DomainErrorCode } from './error-codes.js';

export {
  EntityIdSchema,
  EventIdSchema,
  PLAN_STREAM_PREFIX,
  TILTAK_STREAM_PREFIX,
  planStreamId,
  tiltakStreamId,
  parseStreamId,
  type EntityId,
} from './shared/ids.js';
export {
  InstantSchema,
  CalendarDateSchema,
  DateOrInstantSchema,
  DATE_OR_INSTANT_FORMS,
  EffectiveAtSchema,
  isCalendarDate,
  normalizeInstant,
  instantMillis,
} from './time/instants.js';
export {
  TitleSchema,
  DescriptionSchema,
  ReasonSchema,
  LabelSchema,
  TITLE_MAX,
  DESCRIPTION_MAX,
  REASON_MAX,
  LABEL_MAX,
} from './shared/text.js';
export {
  ActorSchema,
  CommandMetadataSchema,
  commonCommandFields,
  type Actor,
  type CommandMetadata,
} from './shared/command-metadata.js';
export type { StoredEvent, ParsedEvent, EventDraft } from './shared/stored-event.js';
export { readEventData, type EventTypeSpec, type OlderEventVersion } from './shared/event-registry.js';

export {
  osloWallClock,
  osloMidnight,
  startOfOsloDay,
  endOfOsloDay,
  afterOsloDay,
  type OsloWallClock,
  osloDateOf,
  osloMonthStart,
  intervalContaining,
  calendarIntervals,
  type CalendarInterval,
  type CalendarIntervalSize,
} from './time/oslo-calendar.js';
export {
  comesAfter,
  compareFoldOrder,
  countsAt,
  countWithinBound,
  retractionTimes,
  selectCountingAt,
  UNBOUNDED_POINT,
  withinBound,
  type EventTimes,
  type PointMs,
} from './time/temporal-kernel.js';
export {
  selectEventsAt,
  retractedEventIds,
  compareInValidTime,
  pointMs,
  type TemporalPoint,
  type TemporalEvent,
  type SelectionOptions,
} from './time/temporal-selection.js';

export {
  PARTY_KINDS,
  PARTY_KIND_LABELS,
  PartyKindSchema,
  PartySchema,
  PartyInputSchema,
  PartyListSchema,
  PartyInputListSchema,
  KommunenummerSchema,
  MAX_PARTIES,
  type Party,
  type PartyInput,
  type PartyKind,
} from './party/party.schema.js';
export {
  AHUS_ID,
  KNOWN_PARTIES,
  KOMMUNENE_I_OPPTAKSOMRADET_ID,
  type KnownParty,
  type KommunenummerPeriod,
} from './party/party.catalogue.js';
export {
  resolveParty,
  resolveParties,
  samePartySet,
  findKnownById,
  knownPartyId,
  partyId,
  partyNameKey,
  knownParty,
} from './party/party.identity.js';
export { PartyError, type PartyErrorCode } from './party/party.errors.js';

export {
  EVENT_RETRACTED,
  EventRetractedSchema,
  retractionTarget,
  RetractionError,
  type EventRetractedData,
  type RetractionErrorCode,
} from './retraction/index.js';

export * from './plan/index.js';
export * from './tiltak/index.js';

export { parseDomainEvent, type DomainEvent } from './read-event.js';
export {
  commandSchemas,
  parseCommand,
  isCommandType,
  type CommandInput,
  type DomainCommand,
  type DomainCommandType,
} from './command/domain-command.js';
export {
  commandHandling,
  decideCommand,
  decideOnFolds,
  needsHistory,
  targetStream,
  contextStream,
  type CommandFolds,
  type CommandHandlingPort,
  type CommandStreams,
} from './command/command-handling.port.js';
export { foldForward, foldStream, type CommandFold } from './command/command-fold.js';
export type {
  AggregateDecider,
  AggregateFolds,
  Decider,
  FoldEnvelope,
  StreamKind,
} from './command/decider.js';
export { deciders, deciderOfCommand, deciderOfStream, type TableDecider } from './command/decider-table.js';
export { slugify } from './shared/slug.js';
