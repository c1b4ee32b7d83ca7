import { z } from 'zod';
import { PartyKindSchema, TiltakStatusSchema } from '../../domain/index.js';
import { pageInfoShape } from '../paging.js';
import { DecimalStringSchema, EventSummarySchema, PartyOutSchema } from './common.schema.js';

/** The most units of a party an answer lists (a client could name ever more units of one party). */
export const MAX_PARTS_LISTED = 100;

export const RegisteredPartySchema = z
  .object({
    partyId: z.string(),
    kind: PartyKindSchema,
    kindLabel: z.string().meta({ description: 'The kind as people read it: Kommune, Helseforetak, …' }),
    name: z.string(),
    abbreviation: z.string().nullable(),
    alsoNamed: z.array(z.string()).meta({ description: 'Other names events gave this party' }),
    kommunenummer: z
      .string()
      .nullable()
      .meta({ description: 'The kommunenummer valid on the Oslo date of validAt (today by default)' }),
    kommunenummerPeriods: z.array(
      z.object({
        kommunenummer: z.string(),
        from: z
          .string()
          .nullable()
          .meta({ description: 'First day; null: before the periods recorded here' }),
        to: z.string().nullable().meta({ description: 'Last day; null: still in use' }),
      }),
    ),
    partOf: z.string().nullable().meta({ description: 'The id of the party this one is a unit of' }),
    parts: z
      .array(z.string())
      .meta({ description: `Its direct units (at most ${String(MAX_PARTS_LISTED)})` }),
    partsTotal: z.number().int(),
    members: z.array(z.string()).meta({ description: 'For a group: the parties it stands for' }),
    memberOf: z.array(z.string()),
    inCatalogue: z.boolean().meta({ description: 'Known to the domain, not only from the events naming it' }),
  })
  .meta({ id: 'RegisteredParty', description: 'A party of the register, with its place in the hierarchy' });

/** A tiltak found by a search or through a party, as the list shows it. */
export const TiltakFoundSchema = z
  .object({
    tiltakId: z.string(),
    planId: z.string(),
    satsningsomradeId: z.string(),
    satsningsomradeNumber: z.number().int(),
    tiltaksomradeId: z.string(),
    tiltaksomrade: z.string(),
    alsoTiltaksomradeIds: z.array(z.string()),
    number: z.string().nullable(),
    title: z.string(),
    description: z.string().nullable(),
    status: TiltakStatusSchema.nullable(),
    statusLabel: z.string(),
    responsible: z.array(PartyOutSchema),
    participants: z.array(PartyOutSchema),
    responsibleAsWritten: z.string().nullable(),
    fundingYears: z.array(z.number().int()).meta({ description: 'Years of the grants that stand' }),
    revision: DecimalStringSchema,
    lastChange: EventSummarySchema,
  })
  .meta({
    id: 'TiltakFound',
    description: 'A tiltak in a list: the full state is at GET /tiltak/{tiltakId}',
  });

export const TiltakPageSchema = z
  .object({ items: z.array(TiltakFoundSchema), ...pageInfoShape })
  .meta({ id: 'TiltakPage' });

export const PartyPageSchema = z
  .object({ items: z.array(RegisteredPartySchema), ...pageInfoShape })
  .meta({ id: 'PartyPage' });

export const PartyTiltakSchema = TiltakFoundSchema.extend({
  roles: z.array(z.enum(['responsible', 'participant'])),
  via: z.array(z.string()).meta({ description: 'Through which parties: the party itself and/or its units' }),
}).meta({ id: 'PartyTiltak' });

export const PartyDetailSchema = z
  .object({
    party: RegisteredPartySchema,
    counts: z.object({
      tiltak: z
        .number()
        .int()
        .meta({ description: 'Tiltak it (or a unit of it) is responsible for or takes part in' }),
      responsible: z.number().int(),
      participant: z.number().int(),
    }),
    tiltak: z.object({ items: z.array(PartyTiltakSchema), ...pageInfoShape }),
  })
  .meta({ id: 'PartyDetail' });
