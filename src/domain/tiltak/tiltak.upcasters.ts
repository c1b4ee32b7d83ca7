import { z } from 'zod';
import { TiltakNumberSchema } from './tiltak.number.js';
import { PartyListSchema, PartySchema } from '../party/party.schema.js';
import { EntityIdSchema } from '../shared/ids.js';
import { DescriptionSchema, TitleSchema } from '../shared/text.js';
import { TiltakStatusSchema } from './tiltak.status.js';

/**
 * TiltakCreated as first written: one responsible party (or none) and no number. The seed plan soon showed
 * tiltak with several responsible bodies ("Eget prosjekt mellom Ahus og kommunene ..."), hence version 2.
 */
export const TiltakCreatedV1Schema = z.strictObject({
  tiltakId: EntityIdSchema,
  planId: EntityIdSchema,
  tiltaksomradeId: EntityIdSchema,
  title: TitleSchema,
  description: DescriptionSchema.nullable(),
  status: TiltakStatusSchema.nullable(),
  responsible: PartySchema.nullable(),
  participants: PartyListSchema,
});
export type TiltakCreatedV1 = z.infer<typeof TiltakCreatedV1Schema>;

/** v1 -> v2: the single responsible party becomes a list of one (none becomes an empty list); no number yet. */
export function upcastTiltakCreatedV1(v1: TiltakCreatedV1): unknown {
  return {
    tiltakId: v1.tiltakId,
    planId: v1.planId,
    tiltaksomradeId: v1.tiltaksomradeId,
    number: null,
    title: v1.title,
    description: v1.description,
    status: v1.status,
    responsible: v1.responsible === null ? [] : [v1.responsible],
    participants: v1.participants,
  };
}

/** TiltakCreated v2: a list of responsible parties and a number; no verbatim responsibility, one tiltaksområde. */
export const TiltakCreatedV2Schema = z.strictObject({
  tiltakId: EntityIdSchema,
  planId: EntityIdSchema,
  tiltaksomradeId: EntityIdSchema,
  number: TiltakNumberSchema.nullable(),
  title: TitleSchema,
  description: DescriptionSchema.nullable(),
  status: TiltakStatusSchema.nullable(),
  responsible: PartyListSchema,
  participants: PartyListSchema,
});
export type TiltakCreatedV2 = z.infer<typeof TiltakCreatedV2Schema>;

/** v2 -> v3: nothing was written as the source's words, and the tiltak is under its own tiltaksområde only. */
export function upcastTiltakCreatedV2(v2: TiltakCreatedV2): unknown {
  return {
    tiltakId: v2.tiltakId,
    planId: v2.planId,
    tiltaksomradeId: v2.tiltaksomradeId,
    number: v2.number,
    title: v2.title,
    description: v2.description,
    status: v2.status,
    responsible: v2.responsible,
    participants: v2.participants,
    responsibleAsWritten: null,
    alsoTiltaksomradeIds: [],
  };
}
