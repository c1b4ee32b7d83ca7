import { z } from 'zod';
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
