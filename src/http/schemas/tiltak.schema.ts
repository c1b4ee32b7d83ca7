import { z } from 'zod';
import { TiltakStatusSchema } from '../../domain/index.js';
import {
  ActorOutSchema,
  DecimalStringSchema,
  EventSummarySchema,
  FieldChangeSchema,
  InstantOutSchema,
  PartyOutSchema,
  eventSummaryShape,
} from './common.schema.js';

export const FundingGrantOutSchema = z.object({
  grantId: z.string(),
  source: z.string(),
  year: z.number().int(),
  amountNok: z.number().int().nullable(),
  decisionReference: z.string().nullable(),
  grantedAt: InstantOutSchema,
  withdrawnAt: InstantOutSchema.nullable(),
});

const NoteOutSchema = z.object({
  eventId: z.string(),
  effectiveAt: InstantOutSchema,
  text: z.string(),
  author: ActorOutSchema.meta({ description: 'Who wrote the note (the actor of its event)' }),
});

export const TiltakOutSchema = z
  .object({
    tiltakId: z.string(),
    planId: z.string(),
    tiltaksomradeId: z.string(),
    number: z.string().nullable(),
    title: z.string(),
    description: z.string().nullable(),
    status: TiltakStatusSchema.nullable().meta({ description: 'null: no status reported yet' }),
    statusLabel: z.string().meta({ description: 'The status as people read it: Pågår, Ikke rapportert, …' }),
    lastKnownStatus: TiltakStatusSchema.nullable(),
    responsible: z.array(PartyOutSchema),
    participants: z.array(PartyOutSchema),
    responsibleAsWritten: z.string().nullable().meta({
      description: 'Who is responsible, in the source text\'s own words (the "Ansvarlig og status" column)',
    }),
    alsoTiltaksomradeIds: z
      .array(z.string())
      .meta({ description: 'Other tiltaksområder of the plan the tiltak is also listed under' }),
    funding: z.array(FundingGrantOutSchema),
    statusHistory: z.array(
      z.object({
        eventId: z.string(),
        effectiveAt: InstantOutSchema,
        status: TiltakStatusSchema,
        reason: z.string().nullable(),
      }),
    ),
    notes: z
      .array(NoteOutSchema)
      .meta({ description: 'The latest notes (at most 10): all at /tiltak/{id}/notes' }),
    noteCount: z.number().int().meta({ description: 'Notes that count at this point, shown or not' }),
    statusReportCount: z
      .number()
      .int()
      .meta({ description: 'Status reports; statusHistory shows the latest 20, the history all' }),
    fundingCount: z
      .number()
      .int()
      .meta({ description: 'Grants; funding shows the latest 50, the history all' }),
    createdAt: InstantOutSchema,
    revision: DecimalStringSchema.meta({
      description: "The tiltak stream's revision known at knownAt (ETag)",
    }),
    lastChange: EventSummarySchema,
  })
  .meta({ id: 'Tiltak', description: 'A tiltak as the events that count at (validAt, knownAt) make it' });

export const HistoryEntrySchema = z
  .object({
    ...eventSummaryShape,
    data: z.unknown().meta({ description: "The event's payload (current schema version)" }),
    retractedBy: EventSummarySchema.nullable(),
    changes: z.array(FieldChangeSchema),
  })
  .meta({ id: 'HistoryEntry' });

/** The continuation of a paged list: its token, the next page's URL, and how many entries all pages hold. */
export const pageShape = {
  total: z.number().int().meta({ description: 'Entries on all pages together' }),
  nextCursor: z
    .string()
    .nullable()
    .meta({ description: 'Pass as `cursor` for the next page; null on the last' }),
  next: z
    .string()
    .nullable()
    .meta({ description: 'The next page (also in the `Link` header); null on the last' }),
};

export const TiltakHistorySchema = z.object({
  tiltakId: z.string(),
  knownAt: InstantOutSchema.nullable(),
  entries: z.array(HistoryEntrySchema),
  ...pageShape,
});

export const TiltakNotesSchema = z.object({
  tiltakId: z.string(),
  notes: z.array(NoteOutSchema),
  ...pageShape,
});
