import { z } from 'zod';
import { GoalKindSchema, TiltakStatusSchema } from '../../domain/index.js';
import {
  DecimalStringSchema,
  EventSummarySchema,
  ValueChangeSchema,
  InstantOutSchema,
  PartyOutSchema,
} from './common.schema.js';
import { TiltakOutSchema } from './tiltak.schema.js';

const PeriodOutSchema = z.object({ from: z.iso.date(), to: z.iso.date() });

export const PlanOutSchema = z
  .object({
    planId: z.string(),
    title: z.string(),
    period: PeriodOutSchema,
    owner: PartyOutSchema,
    createdAt: InstantOutSchema,
    publishedAt: InstantOutSchema.nullable(),
    goals: z.array(z.object({ goalId: z.string(), kind: GoalKindSchema, text: z.string() })),
    satsningsomrader: z.array(
      z.object({
        satsningsomradeId: z.string(),
        number: z.number().int(),
        title: z.string(),
        exists: z.boolean().meta({
          description:
            'false only for the marker (number 0) that holds tiltaksområder the plan no longer has',
        }),
        tiltaksomrader: z.array(
          z.object({
            tiltaksomradeId: z.string(),
            satsningsomradeId: z.string(),
            title: z.string(),
            exists: z.boolean().meta({
              description:
                'false: the plan no longer has this tiltaksområde (its creation was retracted); its tiltak still count',
            }),
            tiltak: z.array(TiltakOutSchema),
          }),
        ),
      }),
    ),
    revision: DecimalStringSchema.meta({ description: "The plan stream's revision known at knownAt (ETag)" }),
    lastChange: EventSummarySchema,
  })
  .meta({ id: 'Plan', description: 'The whole plan tree at (validAt, knownAt)' });

export const PlanListSchema = z.object({
  plans: z.array(
    z.object({
      planId: z.string(),
      title: z.string(),
      period: PeriodOutSchema,
      owner: PartyOutSchema,
      publishedAt: InstantOutSchema.nullable(),
      tiltakCount: z.number().int(),
    }),
  ),
});

const StatusCountsSchema = z
  .array(
    z.object({
      status: TiltakStatusSchema.nullable().meta({
        description: 'null: "Ikke rapportert", as in the plan tree',
      }),
      statusLabel: z.string(),
      count: z.number().int(),
    }),
  )
  .meta({ description: 'Every status in order, then null ("Ikke rapportert"), with its count' });

const TimelineChangeSchema = z
  .object({
    eventId: z.string(),
    type: z.string(),
    tiltakId: z.string().nullable(),
    effectiveAt: InstantOutSchema,
    effectiveDate: z.iso.date().meta({
      description: 'The day it took effect in Europe/Oslo',
      example: '2021-09-07',
    }),
    recordedAt: InstantOutSchema,
    recordedDate: z.iso.date().meta({ description: 'The day it was recorded in Europe/Oslo' }),
    summary: z.string().meta({ example: 'Tiltak 2.1: Pågår → Fullført' }),
  })
  .meta({ id: 'TimelineChange' });

export const PlanChangesSchema = z
  .object({
    planId: z.string(),
    from: InstantOutSchema,
    to: InstantOutSchema.meta({ description: 'Exclusive end' }),
    knownAt: InstantOutSchema,
    changes: z.array(TimelineChangeSchema),
    total: z.number().int().meta({ description: 'All the changes in the period' }),
    nextCursor: z.string().nullable(),
    next: z.string().nullable().meta({ description: 'The URL of the next page; null on the last' }),
  })
  .meta({ id: 'PlanChanges' });

export const TimelineSchema = z
  .object({
    planId: z.string(),
    from: z.string(),
    to: z.string(),
    interval: z.enum(['month', 'quarter']),
    knownAt: InstantOutSchema.nullable(),
    buckets: z.array(
      z.object({
        label: z.string().meta({ example: '2021-Q1' }),
        from: InstantOutSchema,
        to: InstantOutSchema.meta({ description: 'Exclusive end' }),
        firstDate: z.iso.date().meta({ description: 'First day of the interval in Europe/Oslo' }),
        lastDate: z.iso.date().meta({ description: 'Last day of the interval in Europe/Oslo (inclusive)' }),
        statusCounts: StatusCountsSchema,
        tiltakCount: z.number().int(),
        created: z.number().int(),
        completed: z.number().int(),
        discontinued: z.number().int(),
        fundingGranted: z
          .object({
            count: z.number().int(),
            amountNok: z.number().int().nullable(),
            withoutAmount: z.number().int(),
          })
          .meta({
            description:
              'Grants effective in the interval. amountNok sums those stating an amount; null when none does (unknown, never 0). withoutAmount: grants with no amount given.',
            example: { count: 7, amountNok: null, withoutAmount: 7 },
          }),
        changeCount: z.number().int().meta({ description: 'All the changes effective in the interval' }),
        changes: z.array(TimelineChangeSchema).meta({
          description:
            'The first 100 of them in valid-time order; GET /plans/{planId}/changes?from=&to= pages them all',
        }),
      }),
    ),
  })
  .meta({ id: 'Timeline' });

const TemporalPointOutSchema = z.object({
  validAt: InstantOutSchema.optional(),
  knownAt: InstantOutSchema.optional(),
});

const TiltakDiffEntrySchema = z.object({
  tiltakId: z.string(),
  number: z.string().nullable(),
  title: z.string(),
  events: z.array(EventSummarySchema).meta({ description: 'The first 100 explaining events, in valid time' }),
  eventCount: z.number().int().meta({ description: 'All the explaining events' }),
});

export const PlanDiffSchema = z
  .object({
    planId: z.string(),
    from: TemporalPointOutSchema,
    to: TemporalPointOutSchema,
    plan: z.array(ValueChangeSchema),
    planEvents: z.array(EventSummarySchema).meta({ description: 'The first 100' }),
    planEventCount: z.number().int(),
    added: z.array(TiltakDiffEntrySchema),
    removed: z.array(TiltakDiffEntrySchema),
    changed: z.array(
      TiltakDiffEntrySchema.extend({
        changes: z.array(ValueChangeSchema).meta({ description: 'The first 100 fields changed' }),
        changeCount: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'PlanDiff' });
