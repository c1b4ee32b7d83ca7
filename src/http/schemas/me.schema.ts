import { z } from 'zod';
import { roleSchema } from '../../auth/index.js';

export const MeSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: roleSchema,
    organization: z.string().nullable(),
    plans: z.array(z.string()).nullable().meta({ description: 'The plans in scope; null: every plan' }),
  })
  .meta({ id: 'Me' });
