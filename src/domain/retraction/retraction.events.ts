import { z } from 'zod';
import type { EventTypeSpec } from '../shared/event-registry.js';
import { EventIdSchema } from '../shared/ids.js';

export const EVENT_RETRACTED = 'EventRetracted';

/**
 * Names an earlier event of the same stream that stops counting from this event's recordedAt on. The retracted
 * event is never deleted or edited; history and audit still show it, with this retraction beside it. The reason
 * is the envelope's `reason` (required).
 */
export const EventRetractedSchema = z.strictObject({
  retractedEventId: EventIdSchema,
  retractedType: z.string().min(1).max(100),
});
export type EventRetractedData = z.infer<typeof EventRetractedSchema>;

export const eventRetractedSpec: EventTypeSpec<EventRetractedData> = {
  schemaVersion: 1,
  schema: EventRetractedSchema,
};

/** The id of the event a stored event retracts, or null when it is not a (readable) retraction. */
export function retractionTarget(event: { type: string; data: unknown }): string | null {
  if (event.type !== EVENT_RETRACTED) return null;
  const parsed = EventRetractedSchema.safeParse(event.data);
  return parsed.success ? parsed.data.retractedEventId : null;
}
