// Retractions and corrections (docs/domain.md): the EventRetracted event, the stream ledger, and the rules each
// aggregate's decider applies through decideRetraction and decideCorrection.

export {
  EVENT_RETRACTED,
  EventRetractedSchema,
  retractionTarget,
  type EventRetractedData,
} from './retraction.events.js';
export { RetractionError, type RetractionErrorCode } from './retraction.errors.js';
export { decideCorrection, decideRetraction, type RetractableStream } from './retraction.decide.js';
export { buildLedger, type EventReferences, type LedgerEntry, type StreamLedger } from './stream-ledger.js';
