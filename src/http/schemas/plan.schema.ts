import { z } from 'zod';
import { GoalKindSchema } from '../../domain/index.js';
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
        tiltaksomrader: z.array(
          z.object({
            tiltaksomradeId: z.string(),
            satsningsomradeId: z.string(),
            title: z.string(),
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
  .record(z.string(), z.number().int())
  .meta({ description: 'Per status code, and NOT_REPORTED' });

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
        to: InstantOutSchema,
        statusCounts: StatusCountsSchema,
        tiltakCount: z.number().int(),
        created: z.number().int(),
        completed: z.number().int(),
        discontinued: z.number().int(),
        fundingGranted: z.object({ count: z.number().int(), amountNok: z.number().int() }),
        changes: z.array(
          z.object({
            eventId: z.string(),
            type: z.string(),
            tiltakId: z.string().nullable(),
            effectiveAt: InstantOutSchema,
            recordedAt: InstantOutSchema,
            summary: z.string(),
          }),
        ),
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
  events: z.array(EventSummarySchema),
});

export const PlanDiffSchema = z
  .object({
    planId: z.string(),
    from: TemporalPointOutSchema,
    to: TemporalPointOutSchema,
    plan: z.array(ValueChangeSchema),
    planEvents: z.array(EventSummarySchema),
    added: z.array(TiltakDiffEntrySchema),
    removed: z.array(TiltakDiffEntrySchema),
    changed: z.array(TiltakDiffEntrySchema.extend({ changes: z.array(ValueChangeSchema) })),
  })
  .meta({ id: 'PlanDiff' });
