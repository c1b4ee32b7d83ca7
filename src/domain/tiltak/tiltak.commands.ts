import { z } from 'zod';
import { PartyInputListSchema } from '../party/party.schema.js';
import { commonCommandFields, type CommandMetadata } from '../shared/command-metadata.js';
import { EntityIdSchema, EventIdSchema } from '../shared/ids.js';
import { DescriptionSchema, LabelSchema, ReasonSchema, TitleSchema } from '../shared/text.js';
import {
  FundingYearSchema,
  MAX_ALSO_TILTAKSOMRADER,
  NokAmountSchema,
  TiltakNumberSchema,
} from './tiltak.events.js';
import { TiltakStatusSchema } from './tiltak.status.js';

// Command data schemas: what a client (or the importer) supplies. The HTTP layer derives its bodies from these
// (`.omit({ tiltakId: true })` where the id is in the path). Unknown fields are refused.

export const CreateTiltakSchema = z.strictObject({
  tiltakId: EntityIdSchema,
  planId: EntityIdSchema,
  tiltaksomradeId: EntityIdSchema,
  number: TiltakNumberSchema.optional(),
  title: TitleSchema,
  description: DescriptionSchema.optional(),
  /** The status the tiltak starts with; absent or null: not reported yet ("Ikke rapportert"). */
  status: TiltakStatusSchema.nullable().optional(),
  responsible: PartyInputListSchema.optional(),
  participants: PartyInputListSchema.optional(),
  /** Who is responsible, in the source's own words ("AU Nedsatt arbeidsgruppe med repr. fra Ahus …"). */
  responsibleAsWritten: DescriptionSchema.optional(),
  /** Other tiltaksområder of the plan the tiltak is also listed under. */
  alsoTiltaksomradeIds: z.array(EntityIdSchema).max(MAX_ALSO_TILTAKSOMRADER).optional(),
  ...commonCommandFields,
});

export const ChangeTiltakStatusSchema = z.strictObject({
  tiltakId: EntityIdSchema,
  status: TiltakStatusSchema,
  ...commonCommandFields,
});

export const ReassignResponsibilitySchema = z.strictObject({
  tiltakId: EntityIdSchema,
  responsible: PartyInputListSchema,
  ...commonCommandFields,
});

export const ChangeParticipantsSchema = z.strictObject({
  tiltakId: EntityIdSchema,
  participants: PartyInputListSchema,
  ...commonCommandFields,
});

export const GrantFundingSchema = z.strictObject({
  tiltakId: EntityIdSchema,
  /** Names the grant for a later withdrawal; default `<source>-<year>` as a slug ("samhandlingsmidler-2021"). */
  grantId: EntityIdSchema.optional(),
  source: LabelSchema,
  year: FundingYearSchema,
  /** Whole NOK; null or absent when the amount is not known. */
  amountNok: NokAmountSchema.nullable().optional(),
  decisionReference: LabelSchema.nullable().optional(),
  ...commonCommandFields,
});

export const WithdrawFundingSchema = z.strictObject({
  tiltakId: EntityIdSchema,
  grantId: EntityIdSchema,
  ...commonCommandFields,
});

/** Number, title and/or description; null clears a number or a description. */
export const ReviseTiltakSchema = z.strictObject({
  tiltakId: EntityIdSchema,
  number: TiltakNumberSchema.nullable().optional(),
  title: TitleSchema.optional(),
  description: DescriptionSchema.nullable().optional(),
  ...commonCommandFields,
});

export const MoveTiltakSchema = z.strictObject({
  tiltakId: EntityIdSchema,
  tiltaksomradeId: EntityIdSchema,
  ...commonCommandFields,
});

export const NoteProgressSchema = z.strictObject({
  tiltakId: EntityIdSchema,
  text: DescriptionSchema,
  ...commonCommandFields,
});

/** Takes an earlier event of the tiltak's stream out of what counts, from now on. Effective when recorded. */
export const RetractTiltakEventSchema = z.strictObject({
  tiltakId: EntityIdSchema,
  eventId: EventIdSchema,
  reason: ReasonSchema,
});

export const TiltakReplacementSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('ChangeTiltakStatus'),
    data: ChangeTiltakStatusSchema.omit({ tiltakId: true }),
  }),
  z.strictObject({
    type: z.literal('ReassignResponsibility'),
    data: ReassignResponsibilitySchema.omit({ tiltakId: true }),
  }),
  z.strictObject({
    type: z.literal('ChangeParticipants'),
    data: ChangeParticipantsSchema.omit({ tiltakId: true }),
  }),
  z.strictObject({ type: z.literal('GrantFunding'), data: GrantFundingSchema.omit({ tiltakId: true }) }),
  z.strictObject({
    type: z.literal('WithdrawFunding'),
    data: WithdrawFundingSchema.omit({ tiltakId: true }),
  }),
  z.strictObject({ type: z.literal('ReviseTiltak'), data: ReviseTiltakSchema.omit({ tiltakId: true }) }),
  z.strictObject({ type: z.literal('MoveTiltak'), data: MoveTiltakSchema.omit({ tiltakId: true }) }),
  z.strictObject({ type: z.literal('NoteProgress'), data: NoteProgressSchema.omit({ tiltakId: true }) }),
]);
export type TiltakReplacement = z.infer<typeof TiltakReplacementSchema>;

/**
 * A wrong value corrected in one append: the retraction of `eventId` and the event `replacement` decides, checked
 * against the tiltak as it would stand without the retracted event. The replacement's effectiveAt defaults to the
 * retracted event's, its reason to the correction's.
 */
export const CorrectTiltakEventSchema = z.strictObject({
  tiltakId: EntityIdSchema,
  eventId: EventIdSchema,
  reason: ReasonSchema,
  replacement: TiltakReplacementSchema,
});

export const tiltakCommandSchemas = {
  CreateTiltak: CreateTiltakSchema,
  ChangeTiltakStatus: ChangeTiltakStatusSchema,
  ReassignResponsibility: ReassignResponsibilitySchema,
  ChangeParticipants: ChangeParticipantsSchema,
  GrantFunding: GrantFundingSchema,
  WithdrawFunding: WithdrawFundingSchema,
  ReviseTiltak: ReviseTiltakSchema,
  MoveTiltak: MoveTiltakSchema,
  NoteProgress: NoteProgressSchema,
  RetractTiltakEvent: RetractTiltakEventSchema,
  CorrectTiltakEvent: CorrectTiltakEventSchema,
} as const;

export type TiltakCommandType = keyof typeof tiltakCommandSchemas;
export type TiltakCommandData<T extends TiltakCommandType> = z.infer<(typeof tiltakCommandSchemas)[T]>;
export type TiltakCommandOf<T extends TiltakCommandType> = {
  type: T;
  data: TiltakCommandData<T>;
  metadata: CommandMetadata;
};
export type TiltakCommand = { [T in TiltakCommandType]: TiltakCommandOf<T> }[TiltakCommandType];
export type TiltakChangeCommand = Extract<TiltakCommand, { type: TiltakReplacement['type'] }>;

export function isTiltakCommandType(type: string): type is TiltakCommandType {
  return Object.hasOwn(tiltakCommandSchemas, type);
}
