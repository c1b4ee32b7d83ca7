import { z } from 'zod';
import { PartyListSchema } from '../party/party.schema.js';
import { eventRetractedSpec, EventRetractedSchema } from '../retraction/retraction.events.js';
import { olderVersion, type EventTypeSpec } from '../shared/event-registry.js';
import { EntityIdSchema } from '../shared/ids.js';
import type { EventDraft, ParsedEvent } from '../shared/stored-event.js';
import { DescriptionSchema, LabelSchema, TitleSchema } from '../shared/text.js';
import {
  TiltakCreatedV1Schema,
  TiltakCreatedV2Schema,
  upcastTiltakCreatedV1,
  upcastTiltakCreatedV2,
} from './tiltak.upcasters.js';
import { TiltakNumberSchema } from './tiltak.number.js';
import { TiltakStatusSchema } from './tiltak.status.js';

export { TiltakNumberSchema };

/** Whole Norwegian kroner, never negative; zod's int() also keeps it within the safe integer range. */
export const NokAmountSchema = z.number().int().min(0);

/** The budget year a grant is for; whether it is near enough to the plan period is a rule of the domain. */
export const FundingYearSchema = z.number().int().min(1900).max(2100);

/** The most tiltaksområder beside its own that a tiltak may also be listed under. */
export const MAX_ALSO_TILTAKSOMRADER = 10;

/**
 * Version 3: `responsibleAsWritten` (who is responsible, as the source wrote it) and `alsoTiltaksomradeIds` (the
 * other tiltaksområder a tiltak is listed under) were added. Version 2 made `responsible` a list and added
 * `number`; version 1 had one responsible party or none. The upcasters read both.
 */
export const TiltakCreatedSchema = z.strictObject({
  tiltakId: EntityIdSchema,
  planId: EntityIdSchema,
  tiltaksomradeId: EntityIdSchema,
  number: TiltakNumberSchema.nullable(),
  title: TitleSchema,
  description: DescriptionSchema.nullable(),
  status: TiltakStatusSchema.nullable(),
  responsible: PartyListSchema,
  participants: PartyListSchema,
  responsibleAsWritten: DescriptionSchema.nullable(),
  alsoTiltaksomradeIds: z.array(EntityIdSchema).max(MAX_ALSO_TILTAKSOMRADER),
});

export const TiltakStatusChangedSchema = z.strictObject({
  tiltakId: EntityIdSchema,
  status: TiltakStatusSchema,
});

/** The whole new set of responsible parties. */
export const ResponsibilityReassignedSchema = z.strictObject({
  tiltakId: EntityIdSchema,
  responsible: PartyListSchema,
});

/** The whole new set of participants. */
export const ParticipantsChangedSchema = z.strictObject({
  tiltakId: EntityIdSchema,
  participants: PartyListSchema,
});

export const FundingGrantedSchema = z.strictObject({
  tiltakId: EntityIdSchema,
  grantId: EntityIdSchema,
  source: LabelSchema,
  year: FundingYearSchema,
  amountNok: NokAmountSchema.nullable(),
  decisionReference: LabelSchema.nullable(),
});

export const FundingWithdrawnSchema = z.strictObject({
  tiltakId: EntityIdSchema,
  grantId: EntityIdSchema,
});

/** Carries only what changed; null clears a number or a description. */
export const TiltakRevisedSchema = z.strictObject({
  tiltakId: EntityIdSchema,
  number: TiltakNumberSchema.nullable().optional(),
  title: TitleSchema.optional(),
  description: DescriptionSchema.nullable().optional(),
});

/** To another tiltaksområde of the same plan. */
export const TiltakMovedSchema = z.strictObject({
  tiltakId: EntityIdSchema,
  tiltaksomradeId: EntityIdSchema,
});

/** A dated comment; the date is the event's effectiveAt. */
export const ProgressNotedSchema = z.strictObject({
  tiltakId: EntityIdSchema,
  text: DescriptionSchema,
});

export const tiltakEventSchemas = {
  TiltakCreated: TiltakCreatedSchema,
  TiltakStatusChanged: TiltakStatusChangedSchema,
  ResponsibilityReassigned: ResponsibilityReassignedSchema,
  ParticipantsChanged: ParticipantsChangedSchema,
  FundingGranted: FundingGrantedSchema,
  FundingWithdrawn: FundingWithdrawnSchema,
  TiltakRevised: TiltakRevisedSchema,
  TiltakMoved: TiltakMovedSchema,
  ProgressNoted: ProgressNotedSchema,
  EventRetracted: EventRetractedSchema,
} as const;

export type TiltakEventType = keyof typeof tiltakEventSchemas;
export type TiltakEventData<T extends TiltakEventType> = z.infer<(typeof tiltakEventSchemas)[T]>;
/** A tiltak stream's event, read and upcast. */
export type TiltakEvent = { [T in TiltakEventType]: ParsedEvent<T, TiltakEventData<T>> }[TiltakEventType];
export type TiltakEventDraft = { [T in TiltakEventType]: EventDraft<T, TiltakEventData<T>> }[TiltakEventType];
/** A tiltak event's type and data, as both stored events and drafts have them. */
export type TiltakEventBody = {
  [T in TiltakEventType]: { type: T; data: TiltakEventData<T> };
}[TiltakEventType];

/** Every tiltak event type with its current schema version and the upcasters of older ones. */
export const tiltakEventSpecs: { readonly [T in TiltakEventType]: EventTypeSpec<TiltakEventData<T>> } = {
  TiltakCreated: {
    schemaVersion: 3,
    schema: TiltakCreatedSchema,
    olderVersions: {
      1: olderVersion(TiltakCreatedV1Schema, upcastTiltakCreatedV1),
      2: olderVersion(TiltakCreatedV2Schema, upcastTiltakCreatedV2),
    },
  },
  TiltakStatusChanged: { schemaVersion: 1, schema: TiltakStatusChangedSchema },
  ResponsibilityReassigned: { schemaVersion: 1, schema: ResponsibilityReassignedSchema },
  ParticipantsChanged: { schemaVersion: 1, schema: ParticipantsChangedSchema },
  FundingGranted: { schemaVersion: 1, schema: FundingGrantedSchema },
  FundingWithdrawn: { schemaVersion: 1, schema: FundingWithdrawnSchema },
  TiltakRevised: { schemaVersion: 1, schema: TiltakRevisedSchema },
  TiltakMoved: { schemaVersion: 1, schema: TiltakMovedSchema },
  ProgressNoted: { schemaVersion: 1, schema: ProgressNotedSchema },
  EventRetracted: eventRetractedSpec,
};

export function isTiltakEventType(type: string): type is TiltakEventType {
  return Object.hasOwn(tiltakEventSpecs, type);
}

export function tiltakEventDraft<T extends TiltakEventType>(
  type: T,
  data: TiltakEventData<T>,
  effectiveAt: string | null,
  reason: string | null,
): EventDraft<T, TiltakEventData<T>> {
  return { type, schemaVersion: tiltakEventSpecs[type].schemaVersion, data, effectiveAt, reason };
}
