import { z } from 'zod';

/** The answer of /health/live and /health/ready: `position` is the log position the projections have reached. */
export const HealthSchema = z.object({
  status: z.enum(['ok', 'ready']),
  position: z.string().nullable().optional(),
});
