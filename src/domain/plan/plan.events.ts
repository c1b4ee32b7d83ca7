import { z } from 'zod';
import { PartySchema } from '../party/party.schema.js';
import { eventRetractedSpec, EventRetractedSchema } from '../retraction/retraction.events.js';
import type { EventTypeSpec } from '../shared/event-registry.js';
import { EntityIdSchema } from '../shared/ids.js';
import type { EventDraft, ParsedEvent } from '../shared/stored-event.js';
import { CalendarDateSchema } from '../time/instants.js';
import { DescriptionSchema, TitleSchema } from '../shared/text.js';

/** A plan's period, both ends inclusive calendar dates (2020-01-01..2022-12-31). */
export const PlanPeriodSchema = z
  .strictObject({ from: CalendarDateSchema, to: CalendarDateSchema })
  .refine((period) => period.from <= period.to, {
    message: 'the period ends before it starts',
    path: ['to'],
  });
export type PlanPeriod = z.infer<typeof PlanPeriodSchema>;

export const GOAL_KINDS = ['overall', 'effect', 'quality'] as const;
export const GoalKindSchema = z.enum(GOAL_KINDS);
export type GoalKind = z.infer<typeof GoalKindSchema>;
export const GOAL_KIND_LABELS: Readonly<Record<GoalKind, string>> = {
  overall: 'Overordnet mål',
  effect: 'Effektmål',
  quality: 'Kvalitetsmål',
};

/** A satsningsområde's number within its plan (1..n); it may change, its id never does. */
export const SatsningsomradeNumberSchema = z.number().int().min(1).max(99);

export const PlanCreatedSchema = z.strictObject({
  planId: EntityIdSchema,
  title: TitleSchema,
  period: PlanPeriodSchema,
  owner: PartySchema,
});

/** Carries only what changed. */
export const PlanRevisedSchema = z.strictObject({
  planId: EntityIdSchema,
  title: TitleSchema.optional(),
  period: PlanPeriodSchema.optional(),
});

export const GoalAddedSchema = z.strictObject({
  planId: EntityIdSchema,
  goalId: EntityIdSchema,
  kind: GoalKindSchema,
  text: DescriptionSchema,
});

export const GoalRevisedSchema = z.strictObject({
  planId: EntityIdSchema,
  goalId: EntityIdSchema,
  text: DescriptionSchema,
});

export const SatsningsomradeAddedSchema = z.strictObject({
  planId: EntityIdSchema,
  satsningsomradeId: EntityIdSchema,
  number: SatsningsomradeNumberSchema,
  title: TitleSchema,
});

/** Carries only what changed. */
export const SatsningsomradeRevisedSchema = z.strictObject({
  planId: EntityIdSchema,
  satsningsomradeId: EntityIdSchema,
  number: SatsningsomradeNumberSchema.optional(),
  title: TitleSchema.optional(),
});

export const TiltaksomradeAddedSchema = z.strictObject({
  planId: EntityIdSchema,
  tiltaksomradeId: EntityIdSchema,
  satsningsomradeId: EntityIdSchema,
  title: TitleSchema,
});

export const TiltaksomradeRevisedSchema = z.strictObject({
  planId: EntityIdSchema,
  tiltaksomradeId: EntityIdSchema,
  title: TitleSchema,
});

export const PlanPublishedSchema = z.strictObject({
  planId: EntityIdSchema,
});

export const planEventSchemas = {
  PlanCreated: PlanCreatedSchema,
  PlanRevised: PlanRevisedSchema,
  GoalAdded: GoalAddedSchema,
  GoalRevised: GoalRevisedSchema,
  SatsningsomradeAdded: SatsningsomradeAddedSchema,
  SatsningsomradeRevised: SatsningsomradeRevisedSchema,
  TiltaksomradeAdded: TiltaksomradeAddedSchema,
  TiltaksomradeRevised: TiltaksomradeRevisedSchema,
  PlanPublished: PlanPublishedSchema,
  EventRetracted: EventRetractedSchema,
} as const;

export type PlanEventType = keyof typeof planEventSchemas;
export type PlanEventData<T extends PlanEventType> = z.infer<(typeof planEventSchemas)[T]>;
/** A plan stream's event, read and upcast. */
export type PlanEvent = { [T in PlanEventType]: ParsedEvent<T, PlanEventData<T>> }[PlanEventType];
export type PlanEventDraft = { [T in PlanEventType]: EventDraft<T, PlanEventData<T>> }[PlanEventType];

/** Every plan event type with its current schema version (and the upcasters of older ones). */
export const planEventSpecs: { readonly [T in PlanEventType]: EventTypeSpec<PlanEventData<T>> } = {
  PlanCreated: { schemaVersion: 1, schema: PlanCreatedSchema },
  PlanRevised: { schemaVersion: 1, schema: PlanRevisedSchema },
  GoalAdded: { schemaVersion: 1, schema: GoalAddedSchema },
  GoalRevised: { schemaVersion: 1, schema: GoalRevisedSchema },
  SatsningsomradeAdded: { schemaVersion: 1, schema: SatsningsomradeAddedSchema },
  SatsningsomradeRevised: { schemaVersion: 1, schema: SatsningsomradeRevisedSchema },
  TiltaksomradeAdded: { schemaVersion: 1, schema: TiltaksomradeAddedSchema },
  TiltaksomradeRevised: { schemaVersion: 1, schema: TiltaksomradeRevisedSchema },
  PlanPublished: { schemaVersion: 1, schema: PlanPublishedSchema },
  EventRetracted: eventRetractedSpec,
};

export function isPlanEventType(type: string): type is PlanEventType {
  return Object.hasOwn(planEventSpecs, type);
}

export function planEventDraft<T extends PlanEventType>(
  type: T,
  data: PlanEventData<T>,
  effectiveAt: string | null,
  reason: string | null,
): EventDraft<T, PlanEventData<T>> {
  return { type, schemaVersion: planEventSpecs[type].schemaVersion, data, effectiveAt, reason };
}
