import { z } from 'zod';
import { PartyInputSchema } from '../party/party.schema.js';
import { commonCommandFields, type CommandMetadata } from '../shared/command-metadata.js';
import { EntityIdSchema, EventIdSchema } from '../shared/ids.js';
import { DescriptionSchema, ReasonSchema, TitleSchema } from '../shared/text.js';
import { GoalKindSchema, PlanPeriodSchema, SatsningsomradeNumberSchema } from './plan.events.js';

// Command data schemas: what a client (or the importer) supplies. The HTTP layer derives its bodies from these
// (e.g. `.omit({ planId: true })` when the id is in the path). Unknown fields are refused.

export const CreatePlanSchema = z.strictObject({
  planId: EntityIdSchema,
  title: TitleSchema,
  period: PlanPeriodSchema,
  owner: PartyInputSchema,
  ...commonCommandFields,
});

/** Title and/or period; what is given and differs is recorded. */
export const RevisePlanSchema = z.strictObject({
  planId: EntityIdSchema,
  title: TitleSchema.optional(),
  period: PlanPeriodSchema.optional(),
  ...commonCommandFields,
});

export const AddGoalSchema = z.strictObject({
  planId: EntityIdSchema,
  goalId: EntityIdSchema,
  kind: GoalKindSchema,
  text: DescriptionSchema,
  ...commonCommandFields,
});

export const ReviseGoalSchema = z.strictObject({
  planId: EntityIdSchema,
  goalId: EntityIdSchema,
  text: DescriptionSchema,
  ...commonCommandFields,
});

export const AddSatsningsomradeSchema = z.strictObject({
  planId: EntityIdSchema,
  satsningsomradeId: EntityIdSchema,
  number: SatsningsomradeNumberSchema,
  title: TitleSchema,
  ...commonCommandFields,
});

/** Number and/or title. */
export const ReviseSatsningsomradeSchema = z.strictObject({
  planId: EntityIdSchema,
  satsningsomradeId: EntityIdSchema,
  number: SatsningsomradeNumberSchema.optional(),
  title: TitleSchema.optional(),
  ...commonCommandFields,
});

export const AddTiltaksomradeSchema = z.strictObject({
  planId: EntityIdSchema,
  tiltaksomradeId: EntityIdSchema,
  satsningsomradeId: EntityIdSchema,
  title: TitleSchema,
  ...commonCommandFields,
});

export const ReviseTiltaksomradeSchema = z.strictObject({
  planId: EntityIdSchema,
  tiltaksomradeId: EntityIdSchema,
  title: TitleSchema,
  ...commonCommandFields,
});

export const PublishPlanSchema = z.strictObject({
  planId: EntityIdSchema,
  ...commonCommandFields,
});

/** Takes an earlier event of the plan's stream out of what counts, from now on. Always effective when recorded. */
export const RetractPlanEventSchema = z.strictObject({
  planId: EntityIdSchema,
  eventId: EventIdSchema,
  reason: ReasonSchema,
});

/** The plan commands a correction may use to record the right value (each without planId: the plan is given). */
const planChangeSchemas = {
  RevisePlan: RevisePlanSchema,
  AddGoal: AddGoalSchema,
  ReviseGoal: ReviseGoalSchema,
  AddSatsningsomrade: AddSatsningsomradeSchema,
  ReviseSatsningsomrade: ReviseSatsningsomradeSchema,
  AddTiltaksomrade: AddTiltaksomradeSchema,
  ReviseTiltaksomrade: ReviseTiltaksomradeSchema,
  PublishPlan: PublishPlanSchema,
} as const;

export const PlanReplacementSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('RevisePlan'), data: RevisePlanSchema.omit({ planId: true }) }),
  z.strictObject({ type: z.literal('AddGoal'), data: AddGoalSchema.omit({ planId: true }) }),
  z.strictObject({ type: z.literal('ReviseGoal'), data: ReviseGoalSchema.omit({ planId: true }) }),
  z.strictObject({
    type: z.literal('AddSatsningsomrade'),
    data: AddSatsningsomradeSchema.omit({ planId: true }),
  }),
  z.strictObject({
    type: z.literal('ReviseSatsningsomrade'),
    data: ReviseSatsningsomradeSchema.omit({ planId: true }),
  }),
  z.strictObject({
    type: z.literal('AddTiltaksomrade'),
    data: AddTiltaksomradeSchema.omit({ planId: true }),
  }),
  z.strictObject({
    type: z.literal('ReviseTiltaksomrade'),
    data: ReviseTiltaksomradeSchema.omit({ planId: true }),
  }),
  z.strictObject({ type: z.literal('PublishPlan'), data: PublishPlanSchema.omit({ planId: true }) }),
]);
export type PlanReplacement = z.infer<typeof PlanReplacementSchema>;

/**
 * A wrong value corrected in one append: the retraction of `eventId` and the event `replacement` decides, checked
 * against the plan as it would stand without the retracted event. The replacement's effectiveAt defaults to the
 * retracted event's, its reason to the correction's.
 */
export const CorrectPlanEventSchema = z.strictObject({
  planId: EntityIdSchema,
  eventId: EventIdSchema,
  reason: ReasonSchema,
  replacement: PlanReplacementSchema,
});

export const planCommandSchemas = {
  CreatePlan: CreatePlanSchema,
  ...planChangeSchemas,
  RetractPlanEvent: RetractPlanEventSchema,
  CorrectPlanEvent: CorrectPlanEventSchema,
} as const;

export type PlanCommandType = keyof typeof planCommandSchemas;
export type PlanCommandData<T extends PlanCommandType> = z.infer<(typeof planCommandSchemas)[T]>;
export type PlanCommandOf<T extends PlanCommandType> = {
  type: T;
  data: PlanCommandData<T>;
  metadata: CommandMetadata;
};
export type PlanCommand = { [T in PlanCommandType]: PlanCommandOf<T> }[PlanCommandType];
export type PlanChangeCommand = Extract<PlanCommand, { type: PlanReplacement['type'] }>;

export function isPlanCommandType(type: string): type is PlanCommandType {
  return Object.hasOwn(planCommandSchemas, type);
}
