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
} from './shared/time.js';
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
  type EventRetractedData,
} from './retraction/retraction.events.js';
export { RetractionError, type RetractionErrorCode } from './retraction/retraction.errors.js';

export * from './plan/plan.events.js';
export * from './plan/plan.commands.js';
export type { PlanState, Goal, Satsningsomrade, Tiltaksomrade } from './plan/plan.state.js';
export { evolvePlan, foldPlan } from './plan/plan.evolve.js';
export { parsePlanEvent, planAt, readTrustedPlanEvent } from './plan/plan.read.js';
export { decidePlan, loadPlanDecisionState, type PlanDecisionState } from './plan/plan.decide.js';
export { PlanError, type PlanErrorCode } from './plan/plan.errors.js';

export * from './tiltak/tiltak.status.js';
export * from './tiltak/tiltak.events.js';
export * from './tiltak/tiltak.commands.js';
export {
  TiltakCreatedV1Schema,
  upcastTiltakCreatedV1,
  type TiltakCreatedV1,
} from './tiltak/tiltak.upcasters.js';
export type { TiltakState, FundingGrant, StatusReport, ProgressNote } from './tiltak/tiltak.state.js';
export {
  evolveTiltak,
  foldTiltak,
  foldTiltakFrom,
  growTiltak,
  tiltakWithLengths,
  type OwnedLengths,
} from './tiltak/tiltak.evolve.js';
export { parseTiltakEvent, readTrustedTiltakEvent, tiltakAt } from './tiltak/tiltak.read.js';
export {
  decideTiltak,
  loadTiltakDecisionState,
  defaultGrantId,
  FUNDING_YEAR_MARGIN,
  type TiltakDecisionState,
} from './tiltak/tiltak.decide.js';
export {
  TiltakError,
  FundingError,
  type TiltakErrorCode,
  type FundingErrorCode,
} from './tiltak/tiltak.errors.js';

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
export { slugify } from './shared/slug.js';
