// The tiltak aggregate: its decider (decide, evolve, initialState, and how its streams are read and folded), its
// events, commands, statuses, state and errors.

export { tiltakDecider, type TiltakCommandFold } from './tiltak.decider.js';
export * from './tiltak.status.js';
export * from './tiltak.events.js';
export * from './tiltak.commands.js';
export { TiltakCreatedV1Schema, upcastTiltakCreatedV1, type TiltakCreatedV1 } from './tiltak.upcasters.js';
export type { TiltakState, FundingGrant, StatusReport, ProgressNote } from './tiltak.state.js';
// What the read side's valid-time index grows in place (one state's arrays shared by lengths).
export { growTiltak, tiltakWithCopiedArrays, tiltakWithLengths, type OwnedLengths } from './tiltak.evolve.js';
export { defaultGrantId, FUNDING_YEAR_MARGIN, type TiltakDecisionState } from './tiltak.decide.js';
export { TiltakError, FundingError, type TiltakErrorCode, type FundingErrorCode } from './tiltak.errors.js';
