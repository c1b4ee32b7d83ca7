import { z } from 'zod';
import { ReasonSchema } from './text.js';
import { EffectiveAtSchema, InstantSchema } from '../time/instants.js';

/** Who issues a command; the same shape as the store's actor, taken from the credentials by the caller. */
export const ActorSchema = z.strictObject({
  id: z.string().min(1).max(200),
  name: z.string().min(1).max(300),
  role: z.string().min(1).max(50),
  organization: z.string().min(1).max(300).optional(),
});
export type Actor = z.infer<typeof ActorSchema>;

/**
 * What the server adds to a client's command: the moment it is handled (`now`, from the caller's clock: the domain
 * has none) and the authenticated actor. The client's own time, `effectiveAt`, travels in the command's data.
 */
export const CommandMetadataSchema = z.strictObject({
  now: InstantSchema,
  actor: ActorSchema,
});
export type CommandMetadata = z.infer<typeof CommandMetadataSchema>;

/**
 * Fields every client command may carry besides its own: when it happened in the world (default: when it is
 * recorded) and why. A reason is required where a rule says so (reopening; retractions and corrections).
 */
export const commonCommandFields = {
  effectiveAt: EffectiveAtSchema.optional(),
  reason: ReasonSchema.optional(),
};
